import Foundation
import KBModel

/// Finds every `Entry(…)` written in the content's Swift files, so `kb check` can report the ones
/// no topic lists.
///
/// An entry is a computed property's value, built only when something reads the property: an
/// entry no topic reaches is never built at all, so no registry filled at run time could see it.
/// The source can: every entry records the `#line` of its `Entry` token, and this scanner finds
/// the same tokens in the files (skipping comments and string literals), so the two sets of
/// `file:line` compare exactly.
enum EntryDefinitions {
  /// One `Entry(` in a content file, with the `var` it belongs to.
  struct Definition: Hashable, Sendable {
    var location: SourceLocation
    /// The file's path inside the scanned folder, e.g. `LabAPI/LabScoring.swift`.
    var pathInFolder: String
    var property: String?
  }

  /// Every definition in the Swift files under `folder`, located the way entries record theirs
  /// (relative to the package root, whatever the folder is called).
  static func scan(folder: URL) -> [Definition] {
    let fileManager = FileManager.default
    guard let enumerator = fileManager.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      return []
    }
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
    let files = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    // Files scan independently, on all cores.
    let definitions = concurrentMap(files.count) { index -> [Definition] in
      let url = files[index]
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
      let path = url.standardizedFileURL.resolvingSymlinksInPath().path
      let inFolder = String(path.dropFirst(base.count).drop { $0 == "/" })
      return Self.definitions(in: text).map {
        Definition(
          location: SourceLocation(filePath: path, line: $0.line), pathInFolder: inFolder,
          property: $0.property)
      }
    }
    return definitions.joined().sorted { $0.location < $1.location }
  }

  /// Reports each definition that is not the location of an entry some topic publishes.
  static func unpublished(_ site: Site, definitions: [Definition]) -> [Diagnostic] {
    // The content may be scanned from a copy of the folder it was compiled from (as `kb serve`
    // and tests do), so a definition matches an entry by line and by its path inside the folder.
    // Keyed by line and file name, so each definition compares with the few entries that share
    // both, not with every entry on the same line of some file.
    var publishedFiles: [String: [String]] = [:]
    func key(_ line: Int, _ path: Substring) -> String {
      "\(line):" + (path.split(separator: "/").last.map(String.init) ?? "")
    }
    for product in site.products {
      for topic in product.topics {
        for entry in topic.entries {
          publishedFiles[key(entry.location.line, entry.location.file[...]), default: []].append(
            entry.location.file)
        }
      }
    }
    return definitions.filter { definition in
      !(publishedFiles[key(definition.location.line, definition.pathInFolder[...])] ?? []).contains {
        file in
        file == definition.pathInFolder || file.hasSuffix("/" + definition.pathInFolder)
      }
    }.map { definition in
      let fix =
        definition.property.map { "add `\($0)` to the entries: of a topic" }
        ?? "add it to the entries: of a topic"
      return Diagnostic(
        .error, definition.location, "this entry is in no topic, so it is not published; \(fix), or delete it"
      )
    }
  }

  /// The lines of every `Entry(` or `Entry.init(` in Swift source, outside comments and strings,
  /// each with the name of the last `var` declared before it.
  static func definitions(in source: String) -> [(line: Int, property: String?)] {
    var scanner = SwiftScanner(source)
    var found: [(Int, String?)] = []
    var property: String?
    var afterVar = false
    while let token = scanner.nextIdentifier() {
      if afterVar { property = scanner.text(of: token) }
      if scanner.token(token, is: SwiftScanner.entry), scanner.followsCall() {
        found.append((token.line, property))
      }
      afterVar = scanner.token(token, is: SwiftScanner.var)
    }
    return found
  }
}

/// Just enough of a Swift lexer to find identifiers outside comments and string literals.
///
/// It reads UTF-8 bytes: everything it looks for is ASCII, and no byte of a multi-byte character
/// is, so only a character that may start or continue an identifier is decoded. Identifiers are
/// compared as bytes and made into strings only when asked (at 100,000 entries the scan made a
/// string of every word of every file).
struct SwiftScanner {
  /// An identifier: its bytes in the source and the line it starts on.
  struct Token {
    var range: Range<Int>
    var line: Int
  }

  static let entry = Array("Entry".utf8)
  static let `var` = Array("var".utf8)

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1

  init(_ source: String) { bytes = Array(source.utf8) }

  private func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  private mutating func advance() {
    if bytes[index] == UInt8(ascii: "\n") { line += 1 }
    index += 1
  }

  /// How many bytes the identifier character at `position` takes: a letter, a digit or `_`; 0
  /// when none is there.
  private func identifierLength(at position: Int) -> Int {
    let byte = bytes[position]
    if byte < 0x80 {
      let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      return isLetter || isDigit || byte == UInt8(ascii: "_") ? 1 : 0
    }
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    guard position + length <= bytes.count,
      let scalar = String(decoding: bytes[position..<position + length], as: UTF8.self).unicodeScalars.first,
      scalar.properties.isAlphabetic
    else { return 0 }
    return length
  }

  /// The next identifier or keyword, skipping comments, strings and punctuation.
  mutating func nextIdentifier() -> Token? {
    while let byte = peek() {
      if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
        while let next = peek(), next != UInt8(ascii: "\n") { advance() }
      } else if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
        skipBlockComment()
      } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
        if !skipString() { advance() }
      } else if identifierLength(at: index) > 0 {
        let start = index
        let startLine = line
        while index < bytes.count {
          let length = identifierLength(at: index)
          if length == 0 { break }
          index += length
        }
        return Token(range: start..<index, line: startLine)
      } else {
        advance()
      }
    }
    return nil
  }

  /// Whether `token` is the identifier spelled by `word`.
  func token(_ token: Token, is word: [UInt8]) -> Bool {
    token.range.count == word.count && bytes[token.range].elementsEqual(word)
  }

  func text(of token: Token) -> String {
    String(decoding: bytes[token.range], as: UTF8.self)
  }

  /// Whether the identifier just read is called: `(` or `.init(` follows, spaces aside.
  mutating func followsCall() -> Bool {
    var offset = 0
    while let next = peek(offset),
      next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\t")
    {
      offset += 1
    }
    if peek(offset) == UInt8(ascii: "(") { return true }
    return Array(".init(".utf8).enumerated().allSatisfy { peek(offset + $0.offset) == $0.element }
  }

  private mutating func skipBlockComment() {
    var depth = 0
    while let byte = peek() {
      if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
        depth += 1
        advance()
      } else if byte == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
        depth -= 1
        advance()
        if depth == 0 {
          advance()
          return
        }
      }
      advance()
    }
  }

  /// Skips a string literal starting here (`"…"`, `"""…"""`, `#"…"#`); false when none starts.
  private mutating func skipString() -> Bool {
    let quote = UInt8(ascii: "\"")
    let hash = UInt8(ascii: "#")
    var hashes = 0
    while peek(hashes) == hash { hashes += 1 }
    guard peek(hashes) == quote else { return false }
    for _ in 0..<hashes { advance() }
    let multiline = peek(1) == quote && peek(2) == quote
    let quotes = multiline ? 3 : 1
    for _ in 0..<quotes { advance() }
    while let byte = peek() {
      if byte == UInt8(ascii: "\\"), hashes == 0 {
        advance()
        if peek() != nil { advance() }
        continue
      }
      if byte == quote, (0..<quotes).allSatisfy({ peek($0) == quote }),
        (0..<hashes).allSatisfy({ peek(quotes + $0) == hash })
      {
        for _ in 0..<(quotes + hashes) { advance() }
        return true
      }
      if byte == UInt8(ascii: "\n"), !multiline { return true }
      advance()
    }
    return true
  }
}
