/// Writer text made safe to print in a terminal: every character that a terminal would act on
/// rather than show (escape sequences that set the window title, clear the screen or write the
/// clipboard, bells, carriage returns, C1 controls) and every mark that reorders text is shown
/// as its Swift escape, `\u{1B}`, so a reader sees it and nothing runs.
package enum VisibleText {
  /// `text` with invisible characters escaped; with `keepingLineBreaks`, line feeds and tabs
  /// stay as they are, for text printed over several lines.
  package static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
        result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
    if keepingLineBreaks, scalar == "\n" || scalar == "\t" { return false }
    return isInvisible(scalar)
  }

  /// A control character, a bidi control or a line or paragraph separator: what is shown escaped.
  package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isBidiControl(scalar) || isLineSeparator(scalar)
  }

  /// C0 controls (tab and line feed included), DEL and the C1 controls U+0080–U+009F.
  package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// The embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069, which make
  /// text display in another order than it is read (`Trojan Source`).
  package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// U+2028 and U+2029, which some readers take for line breaks.
  package static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x2028 || scalar.value == 0x2029
  }
}
