import KBModel

/// A problem found in the content, reported at the writer's file and line (and column, in a
/// template).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  /// What is wrong, on one line: any writer text it quotes shows its control characters as
  /// escapes (`\u{1B}`), so printing it to a terminal or a page runs nothing.
  public var message: String
  /// The column on the line, counted from 1; set for templates, where a line holds many tags.
  public var column: Int?

  /// A problem at `location`; its file, and any other file of the same package the message
  /// names, are shown relative to the package root (the nearest folder with a `Package.swift`),
  /// whatever the content folder is called.
  public init(_ severity: Severity, _ location: SourceLocation, column: Int? = nil, _ message: String) {
    self.severity = severity
    self.location = location.relativeToPackage
    self.column = column
    let shown = PackageRoot.root(of: location.file).map {
      message.replacingOccurrences(of: $0 + "/", with: "")
    }
    self.message = VisibleText.escaped(shown ?? message)
  }

  /// `content/File.swift:LINE: error: message` (or `templates/x.mustache:LINE:COLUMN: …`), the
  /// form editors turn into links; a problem of a whole file (line 0) is
  /// `links.lock: error: message`. A file name with a control character in it is escaped like
  /// the message.
  public var description: String {
    let place = location.line > 0 ? "\(location)\(column.map { ":\($0)" } ?? "")" : location.file
    return VisibleText.escaped("\(place): \(severity.rawValue): \(message)")
  }
}

extension Array where Element == Diagnostic {
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
