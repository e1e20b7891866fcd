extension CompiledTemplate {
  /// The tree of `text` and what in it only swift-mustache renders, or the first syntax error.
  /// With `escaping`, the tree starts as if `{{% CONTENT_TYPE: … }}` came first.
  static func parse(_ text: String, file: String, escaping: Escaping? = nil) throws(TemplateSyntaxError)
    -> (tree: CompiledTemplate, swiftMustacheOnly: [String])
  {
    var reader = Reader(Array(text))
    var state = ParseState()
    var nodes: [Node] = []
    if let escaping {
      // What follows a standalone tag at the very start: the rest of its line is skipped.
      nodes.append(.escaping(escaping))
      state.newLine = reader.lineFinished()
    }
    do throws(Failure) {
      nodes += try parse(&reader, state: state)
    } catch {
      let position = reader.position(of: error.index)
      throw TemplateSyntaxError(
        file: file, line: position.line, column: position.column, message: error.message)
    }
    return (CompiledTemplate(nodes: nodes), reader.swiftMustacheOnly)
  }

  /// A syntax error at a character of the text.
  private struct Failure: Error {
    var index: Int
    var message: String
  }

  /// Where the parser is: swift-mustache 2.1.1's rules, state for state, so whitespace comes out
  /// the same.
  private struct ParseState {
    /// The section, block or parent being read: its name as its tag wrote it, what it is
    /// ("section", "block", …) and where its tag starts.
    var section: (name: String, kind: String, start: Int)?
    /// At the start of a line, or after a standalone tag: the next tag may be standalone.
    var newLine = true
    /// Inside `{{<parent}}`, where the indentation of a block's first line is taken off every
    /// line of it.
    var inParent = false
    /// Directly inside `{{<parent}}`, where `{{$name}}` defines a block rather than draws one.
    var atParentTop = false
    var blockIndent: String?
    var start: [Character] = ["{", "{"]
    var end: [Character] = ["}", "}"]

    func opening(_ name: String, _ kind: String, at start: Int, newLine: Bool) -> ParseState {
      var state = self
      state.section = (name, kind, start)
      state.atParentTop = false
      if !newLine { state.newLine = false }
      return state
    }

    func openingParent(_ name: String, at start: Int) -> ParseState {
      var state = self
      state.section = (name, "parent", start)
      state.newLine = true
      state.inParent = true
      state.atParentTop = true
      return state
    }

    /// The closing delimiter as the writer sees it in messages.
    var endText: String { String(end) }
  }

  private struct Reader {
    let characters: [Character]
    var position = 0
    /// Where each line starts, for positions in messages.
    let lineStarts: [Int]
    /// What only swift-mustache renders, as it is found.
    var swiftMustacheOnly: [String] = []

    init(_ characters: [Character]) {
      self.characters = characters
      lineStarts = [0] + characters.indices.filter { characters[$0].isNewline }.map { $0 + 1 }
    }

    var atEnd: Bool { position == characters.count }
    var current: Character { atEnd ? "\0" : characters[position] }

    /// The line and column of a character.
    func position(of index: Int) -> TemplatePosition {
      var low = 0
      var high = lineStarts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
      }
      return TemplatePosition(line: low + 1, column: index - lineStarts[low] + 1)
    }

    @discardableResult mutating func read(while accepts: (Character) -> Bool) -> String {
      let start = position
      while !atEnd, accepts(characters[position]) { position += 1 }
      return String(characters[start..<position])
    }

    /// Reads `text` when it comes next.
    mutating func read(_ text: [Character]) -> Bool {
      guard position + text.count <= characters.count,
        characters[position..<position + text.count].elementsEqual(text)
      else { return false }
      position += text.count
      return true
    }

    /// Whether only spaces and tabs are left on the line; if so, reads them and the line break.
    mutating func lineFinished() -> Bool {
      if atEnd { return true }
      var ahead = self
      ahead.read { $0 == " " || $0 == "\t" }
      guard ahead.current.isNewline else { return false }
      ahead.position += 1
      position = ahead.position
      return true
    }

    mutating func noteSwiftMustacheOnly(_ what: String, at index: Int) {
      swiftMustacheOnly.append("\(what) at \(position(of: index))")
    }
  }

  private static let nameCharacters = Set<Character>(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
  /// A tag's name may apply transforms: `uppercased(name)`.
  private static let tagNameCharacters = nameCharacters.union("()")
  private static let partialNameCharacters = tagNameCharacters.union("/")

  private static func parse(_ reader: inout Reader, state initial: ParseState) throws(Failure) -> [Node] {
    var nodes: [Node] = []
    var state = initial
    var whitespace = ""
    while !reader.atEnd {
      if state.newLine {
        let leading = reader.read { $0 == " " || $0 == "\t" }
        if state.inParent && !state.atParentTop {
          if let indent = state.blockIndent {
            whitespace = String(leading.dropFirst(indent.count))
          } else {
            state.blockIndent = leading
          }
        } else {
          whitespace = leading
        }
      }
      let text = readText(&reader, state: state)
      if reader.current.isNewline {
        nodes.append(.text(whitespace + text + String(reader.current)))
        state.newLine = true
        reader.position += 1
        continue
      }
      if !text.isEmpty {
        nodes.append(.text(whitespace + text))
        whitespace = ""
        state.newLine = false
      }
      if reader.atEnd { break }
      let tagStart = reader.position - state.start.count
      let position = reader.position(of: tagStart)
      func flushWhitespace() {
        if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        whitespace = ""
      }
      func standalone() -> Bool { state.newLine && reader.lineFinished() }
      var nextOnNewLine = false
      let sigil = reader.current
      switch sigil {
      case "#", "^":
        reader.position += 1
        let (raw, variable) = try readName(&reader, state: state, tagStart: tagStart)
        if standalone() { nextOnNewLine = true } else { flushWhitespace() }
        let kind = sigil == "#" ? "section" : "inverted section"
        let inner = CompiledTemplate(
          nodes: try parse(&reader, state: state.opening(raw, kind, at: tagStart, newLine: nextOnNewLine)))
        let name = Name(variable, at: position)
        nodes.append(sigil == "#" ? .section(name, inner) : .inverted(name, inner))
      case "/":
        reader.position += 1
        let (raw, _) = try readName(&reader, state: state, tagStart: tagStart, closing: true)
        guard let open = state.section else {
          throw Failure(index: tagStart, message: "'\(raw)' is closed here but was never opened")
        }
        guard raw == open.name else {
          throw Failure(
            index: tagStart,
            message: "'\(raw)' is closed here, but \(open.kind) '\(open.name)' is open (from "
              + "\(reader.position(of: open.start)))")
        }
        if !standalone() { flushWhitespace() }
        return nodes
      case "!":
        reader.position += 1
        try skipComment(&reader, state: state, tagStart: tagStart)
        nextOnNewLine = standalone()
      case "{", "&":
        flushWhitespace()
        reader.position += 1
        let (_, variable) = try readName(&reader, state: state, tagStart: tagStart)
        if sigil == "{" {
          guard reader.read(["}"]) else {
            throw Failure(index: tagStart, message: "a tag opened with '{' must end with '}\(state.endText)'")
          }
        }
        nodes.append(.variable(Name(variable, at: position), escaped: false))
      case ">":
        reader.position += 1
        reader.read { $0.isWhitespace }
        let dynamic = reader.current == "*"
        if dynamic { reader.position += 1 }
        let name = try readPartialName(&reader, state: state, tagStart: tagStart)
        if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        let indentation: String? = standalone() ? whitespace : nil
        nextOnNewLine = indentation != nil
        if dynamic {
          reader.noteSwiftMustacheOnly("dynamic partial '*\(name)'", at: tagStart)
        } else {
          nodes.append(.partial(name, at: position, indentation: indentation, blocks: nil))
        }
        whitespace = ""
      case "<":
        reader.position += 1
        reader.read { $0.isWhitespace }
        let name = try readPartialName(&reader, state: state, tagStart: tagStart)
        if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        if standalone() { nextOnNewLine = true }
        var blocks: [String: CompiledTemplate] = [:]
        for node in try parse(&reader, state: state.openingParent(name, at: tagStart)) {
          switch node {
          case .blockDefinition(let block, let content): blocks[block] = content
          case .text: break
          default:
            throw Failure(
              index: tagStart,
              message: "only blocks ({{$name}}…{{/name}}) may be inside parent '\(name)'")
          }
        }
        if name.first == "*" {
          reader.noteSwiftMustacheOnly("dynamic parent '\(name)'", at: tagStart)
        } else {
          nodes.append(.partial(name, at: position, indentation: whitespace, blocks: blocks))
        }
        whitespace = ""
      case "$":
        reader.position += 1
        let (raw, variable) = try readName(&reader, state: state, tagStart: tagStart)
        guard raw == variable else {
          throw Failure(index: tagStart, message: "block '\(raw)' cannot apply a transform")
        }
        if state.atParentTop {
          if standalone() { nextOnNewLine = true }
          let inner = try parse(
            &reader, state: state.opening(raw, "block", at: tagStart, newLine: nextOnNewLine))
          nodes.append(.blockDefinition(raw, CompiledTemplate(nodes: inner)))
        } else {
          if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
          if standalone() { nextOnNewLine = true }
          let inner = try parse(
            &reader, state: state.opening(raw, "block", at: tagStart, newLine: nextOnNewLine))
          nodes.append(
            .block(raw, defaultContent: CompiledTemplate(nodes: inner), indentation: whitespace))
          whitespace = ""
        }
      case "=":
        reader.position += 1
        try setDelimiters(&reader, state: &state, tagStart: tagStart)
        nextOnNewLine = standalone()
      case "%":
        reader.position += 1
        nodes.append(.escaping(try readContentType(&reader, state: state, tagStart: tagStart)))
        nextOnNewLine = standalone()
      default:
        flushWhitespace()
        let (_, variable) = try readName(&reader, state: state, tagStart: tagStart)
        nodes.append(.variable(Name(variable, at: position), escaped: true))
      }
      state.newLine = nextOnNewLine
    }
    if let open = state.section {
      throw Failure(index: open.start, message: "\(open.kind) '\(open.name)' is opened here and never closed")
    }
    return nodes
  }

  /// Text up to a line break (not read) or an opening delimiter (read).
  private static func readText(_ reader: inout Reader, state: ParseState) -> String {
    var text = ""
    guard let first = state.start.first else { return text }
    while !reader.atEnd {
      text += reader.read { $0 != "\n" && $0 != "\r\n" && $0 != first }
      if reader.current.isNewline {
        break
      } else if reader.current == first {
        if reader.read(state.start) { break }
        text.append(first)
        reader.position += 1
      }
    }
    return text
  }

  /// A tag's name as written and the variable it reads: `uppercased(name)` reads `name`, and
  /// only swift-mustache renders it (noted at the tag that opens a section, not at its close).
  private static func readName(
    _ reader: inout Reader, state: ParseState, tagStart: Int, closing: Bool = false
  ) throws(Failure) -> (raw: String, variable: String) {
    reader.read { $0.isWhitespace }
    let raw = reader.read { tagNameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    try readEnd(&reader, state: state, tagStart: tagStart, after: raw)
    guard raw.contains(where: { $0 == "(" || $0 == ")" }) else { return (raw, raw) }
    guard let variable = transformedVariable(raw) else {
      throw Failure(index: tagStart, message: "malformed transform '\(raw)'")
    }
    if !closing { reader.noteSwiftMustacheOnly("transform '\(raw)'", at: tagStart) }
    return (raw, variable)
  }

  /// The variable `a(b(name))` applies its transforms to, as swift-mustache reads it; nil when
  /// the brackets do not pair.
  private static func transformedVariable(_ raw: String) -> String? {
    var rest = Substring(raw)
    var transforms = 0
    while let open = rest.firstIndex(of: "(") {
      guard !rest[..<open].contains(")") else { return nil }
      transforms += 1
      rest = rest[rest.index(after: open)...]
    }
    let variable = rest.prefix { $0 != ")" }
    let closing = rest.dropFirst(variable.count)
    guard transforms > 0, closing.count == transforms, closing.allSatisfy({ $0 == ")" }) else { return nil }
    return String(variable)
  }

  private static func readPartialName(_ reader: inout Reader, state: ParseState, tagStart: Int)
    throws(Failure)
    -> String
  {
    reader.read { $0.isWhitespace }
    let name = reader.read { partialNameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    try readEnd(&reader, state: state, tagStart: tagStart, after: name)
    return name
  }

  /// Reads the closing delimiter after a name, or says what is wrong with the tag.
  private static func readEnd(_ reader: inout Reader, state: ParseState, tagStart: Int, after name: String)
    throws(Failure)
  {
    guard !reader.read(state.end) else { return }
    if reader.atEnd {
      throw Failure(index: tagStart, message: "tag is never closed with '\(state.endText)'")
    }
    throw Failure(
      index: reader.position,
      message: "unexpected '\(reader.current)' in tag '\(name)'; expected '\(state.endText)'")
  }

  private static func skipComment(_ reader: inout Reader, state: ParseState, tagStart: Int) throws(Failure) {
    while !reader.atEnd {
      if reader.read(state.end) { return }
      reader.position += 1
    }
    throw Failure(index: tagStart, message: "comment is never closed with '\(state.endText)'")
  }

  private static func setDelimiters(_ reader: inout Reader, state: inout ParseState, tagStart: Int)
    throws(Failure)
  {
    let malformed = Failure(
      index: tagStart,
      message: "malformed set-delimiter tag; expected '\(String(state.start))=<start> <end>=\(state.endText)'"
    )
    reader.read { $0.isWhitespace }
    let start = reader.read { !$0.isWhitespace }
    guard !reader.atEnd else { throw malformed }
    reader.read { $0.isWhitespace }
    let end = reader.read { $0 != "=" && !$0.isWhitespace }
    guard !reader.atEnd else { throw malformed }
    reader.read { $0.isWhitespace }
    guard reader.read(["="]), reader.read(state.end), !start.isEmpty, !end.isEmpty else { throw malformed }
    state.start = Array(start)
    state.end = Array(end)
    state.atParentTop = false
  }

  private static func readContentType(_ reader: inout Reader, state: ParseState, tagStart: Int)
    throws(Failure)
    -> Escaping
  {
    let nameCharacters = nameCharacters
    let malformed = Failure(
      index: tagStart,
      message:
        "malformed configuration tag; expected '\(String(state.start))% CONTENT_TYPE: TEXT \(state.endText)'")
    reader.read { $0.isWhitespace }
    let variable = reader.read { nameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    guard reader.read([":"]) else { throw malformed }
    reader.read { $0.isWhitespace }
    let value = reader.read { nameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    guard reader.read(state.end), !variable.isEmpty, !value.isEmpty else { throw malformed }
    guard variable == "CONTENT_TYPE" else {
      throw Failure(index: tagStart, message: "unknown configuration variable '\(variable)'")
    }
    switch value {
    case HTMLEscaping.name: return .kb
    case "HTML": return .html
    case "TEXT": return .none
    default: throw Failure(index: tagStart, message: "unknown content type '\(value)'; expected HTML or TEXT")
    }
  }
}
