import KBModel

/// Writers' text as a string literal of generated source: quotes and backslashes escaped, and
/// every character that would not show as itself (controls, bidi controls, line separators)
/// written as an escape, so the literal reads as what it holds and compiles whatever it holds.
enum SourceLiteral {
  /// A Swift literal: `"…\u{202E}…"`.
  static func swift(_ text: String) -> String {
    literal(text) { "\\u{\(String($0, radix: 16, uppercase: true))}" }
  }

  static func swift(_ text: String?) -> String { text.map { swift($0) } ?? "nil" }

  /// A TypeScript (JavaScript) literal: `"…\u202E…"`. Every escaped scalar is below U+10000.
  static func typeScript(_ text: String) -> String {
    literal(text) { value in
      let hex = String(value, radix: 16, uppercase: true)
      return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
  }

  static func typeScript(_ text: String?) -> String { text.map { typeScript($0) } ?? "null" }

  private static func literal(_ text: String, escape: (UInt32) -> String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default:
        if VisibleText.isInvisible(scalar) {
          result += escape(scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
