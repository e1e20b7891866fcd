import KBModel

/// A template kb cannot read, at the line and column where the fault is, for example the tag
/// that opens a section never closed.
struct TemplateSyntaxError: Error, Equatable, Sendable {
  var file: String
  var line: Int
  var column: Int
  var message: String

  /// `templates/x.mustache:LINE:COLUMN: error: message`.
  var diagnostic: Diagnostic {
    Diagnostic(.error, SourceLocation(file: file, line: line), column: column, message)
  }
}
