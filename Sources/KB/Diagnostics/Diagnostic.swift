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
    if let root = PackageRoot.root(of: location.file) {
      self.message = message.replacingOccurrences(of: root + "/", with: "")
    } else {
      self.message = message
    }
  }

  /// `content/File.swift:LINE: error: message` (or `templates/x.mustache:LINE:COLUMN: …`), the
  /// form editors turn into links.
  public var description: String {
    "\(location)\(column.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
  }
}

extension Array where Element == Diagnostic {
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
