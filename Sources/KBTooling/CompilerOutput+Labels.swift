/// Plain words for Swift's "incorrect argument label" errors in a call of a kb initializer.
///
/// The compiler lists the labels written and the labels the initializer takes, argument by
/// argument (`have '_:titel:symptoms:', expected '_:title:symptoms:'`), and points at the call's
/// parenthesis. Writers read the label they misspelled, at its own line, more easily.
extension CompilerOutput {
  /// A plain line for each misspelled label `diagnostic` reports, none when it is not a label
  /// error; `source` is the text of the diagnostic's file, when it can be read, to name the
  /// initializer and find each label's line.
  static func labelHints(for diagnostic: Diagnostic, source: @autoclosure () -> String?) -> [String] {
    guard diagnostic.severity == "error",
      let match = diagnostic.message.wholeMatch(
        of: /incorrect argument labels? in call \(have '(.*)', expected '(.*)'\)/)
    else { return [] }
    let written = labels(match.1)
    let expected = labels(match.2)
    guard written.count == expected.count else { return [] }
    let lines = source().map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    let name = lines.flatMap { Self.callee(in: $0, line: diagnostic.line, column: diagnostic.column) }
    let call = name.map { "\($0)(…)" } ?? "this call"
    let misspelled = zip(written, expected).filter { $0 != $1 && !expected.contains($0) && $0 != "_" }
    return misspelled.map { label, intended in
      let line = lines.flatMap { labelLine(label, in: $0, from: diagnostic.line) } ?? diagnostic.line
      return
        "\(diagnostic.file):\(line): error: \(call) has no label '\(label):'; did you mean '\(intended):'?"
    }
  }

  /// `_:title:symptoms:` as `["_", "title", "symptoms"]`.
  private static func labels(_ list: Substring) -> [String] {
    list.split(separator: ":", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// The name written just before the call's parenthesis, e.g. `Entry` or `Support`.
  private static func callee(in lines: [String], line: Int, column: Int) -> String? {
    guard lines.indices.contains(line - 1) else { return nil }
    let text = Array(lines[line - 1].utf8)
    var end = min(column - 1, text.count)
    if end < text.count, text[end] != UInt8(ascii: "(") { return nil }
    var start = end
    while start > 0, isIdentifier(text[start - 1]) { start -= 1 }
    if end > text.count { end = text.count }
    let name = String(decoding: text[start..<end], as: UTF8.self)
    // A type (`Entry`) or a leading-dot factory (`.code`); anything else names no initializer.
    return name.first?.isUppercase == true || (name.hasPrefix(".") && name.count > 1) ? name : nil
  }

  private static func isIdentifier(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."):
      true
    default: false
    }
  }

  /// The first line at or after `line` where `label:` is written as an argument label.
  private static func labelLine(_ label: String, in lines: [String], from line: Int) -> Int? {
    let start = max(line - 1, 0)
    guard start < lines.count else { return nil }
    for index in start..<lines.count {
      let text = lines[index]
      var searchFrom = text.startIndex
      while let range = text.range(of: label, range: searchFrom..<text.endIndex) {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = text[range.upperBound...].drop { $0 == " " }.first
        if after == ":", before.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true {
          return index + 1
        }
        searchFrom = range.upperBound
      }
    }
    return nil
  }
}
