/// Text wrapped to a width, measured with `TextMetrics` so layouts can reserve room for it.
struct TextBlock: Sendable, Hashable {
  var lines: [String]
  var fontSize: Double
  var bold: Bool

  /// Wraps `text` at spaces so no line is wider than `maxWidth`; a single word wider than that
  /// keeps a line of its own.
  init(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) {
    self.fontSize = fontSize
    self.bold = bold
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var current = ""
      for word in paragraph.split(separator: " ") {
        let candidate = current.isEmpty ? String(word) : current + " " + word
        if current.isEmpty
          || TextMetrics.width(candidate, fontSize: fontSize, bold: bold) <= maxWidth
        {
          current = candidate
        } else {
          lines.append(current)
          current = String(word)
        }
      }
      lines.append(current)
    }
    self.lines = lines
  }

  var lineHeight: Double { (fontSize * 1.3).rounded() }
  var width: Double {
    lines.map { TextMetrics.width($0, fontSize: fontSize, bold: bold) }.max() ?? 0
  }
  var height: Double { Double(lines.count) * lineHeight }
  /// The text on one line, as screen readers and tests read it.
  var joined: String { lines.joined(separator: " ") }
}
