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
    var scanner = SwiftScanner(Array(source.unicodeScalars))
    var found: [(Int, String?)] = []
    var property: String?
    var previous = ""
    while let token = scanner.nextIdentifier() {
      if previous == "var" { property = token.text }
      if token.text == "Entry", scanner.followsCall() { found.append((token.line, property)) }
      previous = token.text
    }
    return found
  }
}

/// Just enough of a Swift lexer to find identifiers outside comments and string literals.
struct SwiftScanner {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func advance() {
    if scalars[index] == "\n" { line += 1 }
    index += 1
  }

  private func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  /// The next identifier or keyword, skipping comments, strings and punctuation.
  mutating func nextIdentifier() -> (text: String, line: Int)? {
    while let scalar = peek() {
      if scalar == "/", peek(1) == "/" {
        while let next = peek(), next != "\n" { advance() }
      } else if scalar == "/", peek(1) == "*" {
        skipBlockComment()
      } else if scalar == "#" || scalar == "\"" {
        if !skipString() { advance() }
      } else if isIdentifier(scalar) {
        let start = index
        let startLine = line
        while let next = peek(), isIdentifier(next) { advance() }
        return (String(String.UnicodeScalarView(scalars[start..<index])), startLine)
      } else {
        advance()
      }
    }
    return nil
  }

  /// Whether the identifier just read is called: `(` or `.init(` follows, spaces aside.
  mutating func followsCall() -> Bool {
    var offset = 0
    while let next = peek(offset), next == " " || next == "\n" || next == "\t" { offset += 1 }
    if peek(offset) == "(" { return true }
    let initCall: [Unicode.Scalar] = [".", "i", "n", "i", "t", "("]
    return initCall.enumerated().allSatisfy { peek(offset + $0.offset) == $0.element }
  }

  private mutating func skipBlockComment() {
    var depth = 0
    while let scalar = peek() {
      if scalar == "/", peek(1) == "*" {
        depth += 1
        advance()
      } else if scalar == "*", peek(1) == "/" {
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
    var hashes = 0
    while peek(hashes) == "#" { hashes += 1 }
    guard peek(hashes) == "\"" else { return false }
    for _ in 0..<hashes { advance() }
    let multiline = peek(1) == "\"" && peek(2) == "\""
    let quotes = multiline ? 3 : 1
    for _ in 0..<quotes { advance() }
    while let scalar = peek() {
      if scalar == "\\", hashes == 0 {
        advance()
        if peek() != nil { advance() }
        continue
      }
      if scalar == "\"", (0..<quotes).allSatisfy({ peek($0) == "\"" }),
        (0..<hashes).allSatisfy({ peek(quotes + $0) == "#" })
      {
        for _ in 0..<(quotes + hashes) { advance() }
        return true
      }
      if scalar == "\n", !multiline { return true }
      advance()
    }
    return true
  }
}
