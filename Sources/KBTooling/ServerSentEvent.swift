/// One server-sent event, as `kb serve` streams them to open tabs.
///
/// A stream reader ends a field at CR, LF or CRLF and an event at an empty line, so any of them
/// in the data would start a field of the writer's choosing (an `event: reload` that reloads the
/// tab forever). The data is therefore sent as one JSON string on one `data:` line: every line
/// ending, U+2028 and U+2029, NUL and every other control character becomes an escape, and the
/// page reads it back with `JSON.parse`.
package enum ServerSentEvent {
  /// The event `name` carrying `data`, ready to write to the stream.
  package static func encode(_ name: String, _ data: String) -> String {
    // The names are kb's own; a line break in one would still end the field, so none gets through.
    let name = String(name.unicodeScalars.filter { $0.value >= 0x20 && $0 != ":" && $0.value != 0x7F })
    return "event: \(name)\ndata: \(jsonString(data))\n\n"
  }

  /// `text` as a JSON string literal that holds no line break, no control character and no
  /// character outside ASCII (which some readers take for a line break), whatever `text` holds.
  package static func jsonString(_ text: String) -> String {
    var out = "\""
    for unit in text.utf16 {
      switch unit {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
      default:
        let hex = String(unit, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    return out + "\""
  }
}
