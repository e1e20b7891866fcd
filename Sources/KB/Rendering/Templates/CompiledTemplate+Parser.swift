extension CompiledTemplate {
  /// The template, or nil when it uses something only swift-mustache renders (or does not parse,
  /// which swift-mustache reports first).
  static func compile(_ text: String) -> CompiledTemplate? {
    var reader = Reader(Array(text))
    guard let nodes = try? parse(&reader, state: ParseState()) else { return nil }
    return CompiledTemplate(nodes: nodes)
  }

  private struct Unsupported: Error {}

  /// Where the parser is: swift-mustache 2.1.1's rules, state for state, so whitespace comes out
  /// the same.
  private struct ParseState {
    var section: String?
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

    func opening(_ name: String, newLine: Bool) -> ParseState {
      var state = self
      state.section = name
      state.atParentTop = false
      if !newLine { state.newLine = false }
      return state
    }

    func openingParent(_ name: String) -> ParseState {
      var state = self
      state.section = name
      state.newLine = true
      state.inParent = true
      state.atParentTop = true
      return state
    }
  }

  private struct Reader {
    let characters: [Character]
    var position = 0

    init(_ characters: [Character]) { self.characters = characters }

    var atEnd: Bool { position == characters.count }
    var current: Character { atEnd ? "\0" : characters[position] }

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
      self = ahead
      return true
    }
  }

  private static let nameCharacters = Set<Character>(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
  private static let partialNameCharacters = nameCharacters.union("/")

  private static func parse(_ reader: inout Reader, state initial: ParseState) throws -> [Node] {
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
        let name = try readName(&reader, state: state)
        if standalone() { nextOnNewLine = true } else { flushWhitespace() }
        let inner = CompiledTemplate(
          nodes: try parse(&reader, state: state.opening(name, newLine: nextOnNewLine)))
        nodes.append(sigil == "#" ? .section(Name(name), inner) : .inverted(Name(name), inner))
      case "/":
        reader.position += 1
        guard try readName(&reader, state: state) == state.section else { throw Unsupported() }
        if !standalone() { flushWhitespace() }
        return nodes
      case "!":
        reader.position += 1
        try skipComment(&reader, state: state)
        nextOnNewLine = standalone()
      case "{", "&":
        flushWhitespace()
        reader.position += 1
        let name = try readName(&reader, state: state)
        if sigil == "{" { guard reader.read(["}"]) else { throw Unsupported() } }
        nodes.append(.variable(Name(name), escaped: false))
      case ">":
        reader.position += 1
        reader.read { $0.isWhitespace }
        guard reader.current != "*" else { throw Unsupported() }
        let name = try readPartialName(&reader, state: state)
        if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        if standalone() {
          nextOnNewLine = true
          nodes.append(.partial(name, indentation: whitespace, blocks: nil))
        } else {
          nodes.append(.partial(name, indentation: nil, blocks: nil))
        }
        whitespace = ""
      case "<":
        reader.position += 1
        reader.read { $0.isWhitespace }
        let name = try readPartialName(&reader, state: state)
        guard name.first != "*" else { throw Unsupported() }
        if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
        if standalone() { nextOnNewLine = true }
        var blocks: [String: CompiledTemplate] = [:]
        for node in try parse(&reader, state: state.openingParent(name)) {
          switch node {
          case .blockDefinition(let block, let content): blocks[block] = content
          case .text: break
          default: throw Unsupported()
          }
        }
        nodes.append(.partial(name, indentation: whitespace, blocks: blocks))
        whitespace = ""
      case "$":
        reader.position += 1
        let name = try readName(&reader, state: state)
        if state.atParentTop {
          if standalone() { nextOnNewLine = true }
          let inner = try parse(&reader, state: state.opening(name, newLine: nextOnNewLine))
          nodes.append(.blockDefinition(name, CompiledTemplate(nodes: inner)))
        } else {
          if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
          if standalone() { nextOnNewLine = true }
          let inner = try parse(&reader, state: state.opening(name, newLine: nextOnNewLine))
          nodes.append(
            .block(name, defaultContent: CompiledTemplate(nodes: inner), indentation: whitespace))
          whitespace = ""
        }
      case "=":
        reader.position += 1
        try setDelimiters(&reader, state: &state)
        nextOnNewLine = standalone()
      case "%":
        reader.position += 1
        nodes.append(.escaping(try readContentType(&reader, state: state)))
        nextOnNewLine = standalone()
      default:
        flushWhitespace()
        nodes.append(.variable(Name(try readName(&reader, state: state)), escaped: true))
      }
      state.newLine = nextOnNewLine
    }
    guard state.section == nil else { throw Unsupported() }
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

  private static func readName(_ reader: inout Reader, state: ParseState) throws -> String {
    reader.read { $0.isWhitespace }
    let name = reader.read { nameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    // A name followed by "(" is a transform, which only swift-mustache renders.
    guard reader.read(state.end) else { throw Unsupported() }
    return name
  }

  private static func readPartialName(_ reader: inout Reader, state: ParseState) throws -> String {
    reader.read { $0.isWhitespace }
    let name = reader.read { partialNameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    guard reader.read(state.end) else { throw Unsupported() }
    return name
  }

  private static func skipComment(_ reader: inout Reader, state: ParseState) throws {
    while !reader.atEnd {
      if reader.read(state.end) { return }
      reader.position += 1
    }
    throw Unsupported()
  }

  private static func setDelimiters(_ reader: inout Reader, state: inout ParseState) throws {
    reader.read { $0.isWhitespace }
    let start = reader.read { !$0.isWhitespace }
    guard !reader.atEnd else { throw Unsupported() }
    reader.read { $0.isWhitespace }
    let end = reader.read { $0 != "=" && !$0.isWhitespace }
    guard !reader.atEnd else { throw Unsupported() }
    reader.read { $0.isWhitespace }
    guard reader.read(["="]), reader.read(state.end), !start.isEmpty, !end.isEmpty else {
      throw Unsupported()
    }
    state.start = Array(start)
    state.end = Array(end)
    state.atParentTop = false
  }

  private static func readContentType(_ reader: inout Reader, state: ParseState) throws -> Escaping {
    let nameCharacters = nameCharacters
    reader.read { $0.isWhitespace }
    let variable = reader.read { nameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    guard variable == "CONTENT_TYPE", reader.read([":"]) else { throw Unsupported() }
    reader.read { $0.isWhitespace }
    let value = reader.read { nameCharacters.contains($0) }
    reader.read { $0.isWhitespace }
    guard reader.read(state.end) else { throw Unsupported() }
    switch value {
    case HTMLEscaping.name: return .kb
    case "HTML": return .html
    case "TEXT": return .none
    default: throw Unsupported()
    }
  }
}
