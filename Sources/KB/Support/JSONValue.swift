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
    write(to: &output, indent: 0)
    return output + "\n"
  }

  /// Hands `emit`, in pieces of about `chunk` bytes, the text `serialized()` gives for an object
  /// of `members` followed by the member `last`, an array whose items `items` makes one at a
  /// time, so that a long array (the entries of `index.json`) never exists whole.
  static func serializeObject(
    _ members: [(String, JSONValue)], then last: String, items: some Sequence<JSONValue>,
    chunk: Int = 1 << 20, to emit: (String) -> Void
  ) {
    var output = "{\n"
    for (key, value) in members {
      output += "  "
      writeString(key, to: &output)
      output += ": "
      value.write(to: &output, indent: 1)
      output += ",\n"
    }
    output += "  "
    writeString(last, to: &output)
    output += ": "
    var isEmpty = true
    for item in items {
      output += isEmpty ? "[\n    " : ",\n    "
      isEmpty = false
      item.write(to: &output, indent: 2)
      if output.utf8.count >= chunk {
        emit(output)
        output = ""
      }
    }
    emit(output + (isEmpty ? "[]" : "\n  ]") + "\n}\n")
  }

  private func write(to output: inout String, indent: Int) {
    // Only arrays and objects indent; most values are scalars.
    var pad: String { String(repeating: "  ", count: indent + 1) }
    var closing: String { String(repeating: "  ", count: indent) }
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      if items.isEmpty {
        output += "[]"
        return
      }
      output += "[\n"
      let pad = pad
      for (index, item) in items.enumerated() {
        output += pad
        item.write(to: &output, indent: indent + 1)
        output += index == items.count - 1 ? "\n" : ",\n"
      }
      output += closing + "]"
    case .object(let members):
      if members.isEmpty {
        output += "{}"
        return
      }
      output += "{\n"
      let pad = pad
      for (index, (key, value)) in members.enumerated() {
        output += pad
        Self.writeString(key, to: &output)
        output += ": "
        value.write(to: &output, indent: indent + 1)
        output += index == members.count - 1 ? "\n" : ",\n"
      }
      output += closing + "}"
    }
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
