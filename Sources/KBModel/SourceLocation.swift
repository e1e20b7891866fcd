/// Where a value was written in `content/`, so diagnostics can point the writer at a line.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Path relative to the package root, e.g. `content/LabAPI/LaunchErrors.swift`.
  public var file: String
  public var line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// Builds a location from `#filePath`, keeping the part from the last `content/` folder on.
  public init(filePath: String, line: Int) {
    self.init(file: Self.relativePath(filePath), line: line)
  }

  public var description: String { "\(file):\(line)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line) < (rhs.file, rhs.line)
  }

  static func relativePath(_ path: String) -> String {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard let index = parts.dropLast().lastIndex(of: "content") else { return path }
    return parts[index...].joined(separator: "/")
  }
}
