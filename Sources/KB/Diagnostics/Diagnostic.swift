import KBModel

/// A problem found in the content, reported at the writer's file and line.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String

  public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `content/File.swift:LINE: error: message`, the form editors turn into links; a problem of
  /// a whole file (line 0) is `links.lock: error: message`.
  public var description: String {
    "\(location.line > 0 ? location.description : location.file): \(severity.rawValue): \(message)"
  }
}

extension Array where Element == Diagnostic {
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
