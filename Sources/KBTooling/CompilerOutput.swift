import Foundation

/// Turns what `swift build` prints when content does not compile into one line per error, as
/// `content/File.swift:LINE:COL: error: …`, the way `kb check` prints content problems.
package enum CompilerOutput {
  /// A diagnostic line of the Swift compiler.
  struct Diagnostic: Equatable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String

    var description: String { "\(file):\(line):\(column): \(severity): \(message)" }

    /// A mistake in the text itself; the compiler's other errors in that file follow from it.
    var isSyntaxError: Bool {
      Self.syntaxMessages.contains { message.hasPrefix($0) }
    }

    static let syntaxMessages = [
      "unterminated", "expected ", "unexpected ", "extraneous ", "consecutive ", "invalid escape sequence",
      "multi-line string literal", "insufficient indentation", "unknown escape sequence",
    ]
  }

  /// The errors of a failed build with paths relative to `packageRoot`, each once, in order.
  ///
  /// Notes are left out unless they point into content (a note into kb's own `Sources/`, such as
  /// the 17-parameter list of `Entry.init`, tells a writer nothing), and in a file with a syntax
  /// error only the syntax errors are kept: an unterminated string makes the compiler read the
  /// rest of the call wrongly and invent errors such as "missing argument for parameter 'title'".
  /// When the output holds no diagnostic at all (a linker or package error), its last lines are
  /// returned as they are, so nothing is hidden.
  ///
  /// After an "incorrect argument label" error comes a plain line at the misspelled label's own
  /// line (`labelHints`), read from the file with `readSource` (given its path relative to the
  /// package root).
  package static func errors(
    _ output: String, packageRoot: String,
    readSource: (String) -> String? = { path in try? String(contentsOfFile: path, encoding: .utf8) }
  ) -> [String] {
    let root = packageRoot.hasSuffix("/") ? packageRoot : packageRoot + "/"
    let lines = output.split(separator: "\n").map(String.init)
    let diagnostics = lines.compactMap { parse($0, root: root) }
    guard diagnostics.contains(where: { $0.severity == "error" }) else {
      return lines.suffix(20).map { $0.replacingOccurrences(of: root, with: "") }
    }
    let brokenFiles = Set(diagnostics.filter(\.isSyntaxError).map(\.file))
    var seen: Set<String> = []
    return diagnostics.filter { diagnostic in
      switch diagnostic.severity {
      case "error": !brokenFiles.contains(diagnostic.file) || diagnostic.isSyntaxError
      case "note":
        !diagnostic.file.hasPrefix("/") && !diagnostic.file.hasPrefix("Sources/")
          && !brokenFiles.contains(diagnostic.file)
      default: false
      }
    }.flatMap { diagnostic in
      [diagnostic.description] + labelHints(for: diagnostic, source: readSource(root + diagnostic.file))
    }.filter { seen.insert($0).inserted }
  }

  /// Reads `/path/File.swift:12:5: error: message`; the path is made relative to `root`.
  static func parse(_ line: String, root: String) -> Diagnostic? {
    guard let match = line.wholeMatch(of: /(.+?\.swift):(\d+):(\d+): (error|warning|note): (.*)/),
      let lineNumber = Int(match.2), let column = Int(match.3)
    else { return nil }
    var file = String(match.1)
    if file.hasPrefix(root) { file.removeFirst(root.count) }
    return Diagnostic(
      file: file, line: lineNumber, column: column, severity: String(match.4), message: String(match.5))
  }
}
