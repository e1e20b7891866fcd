/// A JSON value that keeps object keys in the order they were written, for stable output.
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

  static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

  /// Pretty-printed with two-space indentation and a final newline.
  func serialized() -> String {
    var output = ""
    write(to: &output, style: .pretty, depth: 0)
    return output + "\n"
  }

  /// On one line without spaces, for files that are fetched rather than read.
  func compactSerialized() -> String {
    var output = ""
    write(to: &output, style: .compact, depth: 0)
    return output
  }

  /// Hands `emit`, in pieces of about `chunk` bytes, the text `serialized()` gives for an object
  /// of `members` followed by the member `last`, an array whose items `items` makes one at a
  /// time, so that a long array (the entries of `index.json`) never exists whole.
  static func serializeObject(
    _ members: [(String, JSONValue)], then last: String, items: some Sequence<JSONValue>,
    chunk: Int = 1 << 20, to emit: (String) -> Void
  ) {
    var output = "{"
    for (key, value) in members {
      writeMember(key, value, to: &output, style: .pretty, depth: 0)
      output += ","
    }
    Style.pretty.open(&output, depth: 1)
    writeString(last, to: &output)
    output += ": "
    var isEmpty = true
    for item in items {
      output += isEmpty ? "[" : ","
      isEmpty = false
      Style.pretty.open(&output, depth: 2)
      item.write(to: &output, style: .pretty, depth: 2)
      if output.utf8.count >= chunk {
        emit(output)
        output = ""
      }
    }
    emit(output + (isEmpty ? "[]" : "\n  ]") + "\n}\n")
  }

  /// The two layouts: `pretty` puts each item of an array or object on a line of its own,
  /// indented two spaces a level, with a space after each colon; `compact` adds no white space.
  enum Style {
    case pretty, compact

    /// Starts a line at `depth` levels of indentation (nothing when compact).
    func open(_ output: inout String, depth: Int) {
      guard self == .pretty else { return }
      output += "\n"
      output += String(repeating: "  ", count: depth)
    }

    var colon: String { self == .pretty ? ": " : ":" }
  }

  private func write(to output: inout String, style: Style, depth: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += "," }
        style.open(&output, depth: depth + 1)
        item.write(to: &output, style: style, depth: depth + 1)
      }
      style.open(&output, depth: depth)
      output += "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        Self.writeMember(key, value, to: &output, style: style, depth: depth)
      }
      style.open(&output, depth: depth)
      output += "}"
    }
  }

  /// `"key": value` as the next member of an object at `depth`, on a line of its own when pretty.
  private static func writeMember(
    _ key: String, _ value: JSONValue, to output: inout String, style: Style, depth: Int
  ) {
    style.open(&output, depth: depth + 1)
    writeString(key, to: &output)
    output += style.colon
    value.write(to: &output, style: style, depth: depth + 1)
  }

  /// Escapes quotes, backslashes and control characters, and `<`, `>`, `&` so the JSON can sit
  /// inside a script file or HTML without being read as markup.
  static func writeString(_ value: String, to output: inout String) {
    // Most strings hold nothing to escape: then they are copied whole.
    if !value.utf8.contains(where: needsEscape) {
      output += "\""
      output += value
      output += "\""
      return
    }
    writeEscaped(value, to: &output)
  }

  /// `writeString` scalar by scalar, for strings that hold something to escape.
  static func writeEscaped(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "<": output += "\\u003c"
      case ">": output += "\\u003e"
      case "&": output += "\\u0026"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  /// Whether a UTF-8 byte may start something `writeString` escapes: `"`, `\\`, a control
  /// character, `<`, `>`, `&`, or the first byte of U+2028 and U+2029 (0xE2).
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
      || byte == 0xE2
  }
}
