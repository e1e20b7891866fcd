import KBModel

/// A problem found in the content, reported at the writer's file and line.
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

  public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = VisibleText.escaped(message)
  }

  /// `content/File.swift:LINE: error: message`, the form editors turn into links; a file name
  /// with a control character in it is escaped like the message.
  public var description: String { VisibleText.escaped("\(location): \(severity.rawValue): \(message)") }
}

extension Array where Element == Diagnostic {
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
