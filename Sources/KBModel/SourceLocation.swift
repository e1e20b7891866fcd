import Foundation

/// Where a value was written in the content, so diagnostics can point the writer at a line.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file, as `#filePath` gives it or relative to the package root, e.g.
  /// `content/LabAPI/LaunchErrors.swift`.
  public var file: String
  public var line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// A location from `#filePath`, kept as the compiler gave it; kb shows it relative to the
  /// package that holds the file when it reports a problem.
  public init(filePath: String, line: Int) {
    self.init(file: filePath, line: line)
  }

  public var description: String { "\(file):\(line)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line) < (rhs.file, rhs.line)
  }
}
