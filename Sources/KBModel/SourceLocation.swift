import Foundation

/// Where a value was written in the content, so diagnostics can point the writer at a line.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Path relative to the package root, e.g. `content/LabAPI/LaunchErrors.swift`.
  public var file: String
  public var line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// Builds a location from `#filePath`, relative to the package that holds the file, whatever
  /// its content folder is called.
  public init(filePath: String, line: Int) {
    self.init(file: PackageRoot.relativePath(filePath), line: line)
  }

  public var description: String { "\(file):\(line)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line) < (rhs.file, rhs.line)
  }
}

/// Finds the package a source file belongs to: the nearest folder above it with a
/// `Package.swift`. Folders are looked up once each, since every value of a file asks.
enum PackageRoot {
  private static let cache = Cache()

  static func relativePath(_ path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    let folder = (path as NSString).deletingLastPathComponent
    guard let root = cache.root(of: folder) else { return path }
    return String(path.dropFirst(root.count + 1))
  }

  private final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var roots: [String: String?] = [:]

    func root(of folder: String) -> String? {
      lock.lock()
      defer { lock.unlock() }
      if let known = roots[folder] { return known }
      var candidate = folder
      var found: String?
      while !candidate.isEmpty, candidate != "/" {
        if FileManager.default.fileExists(atPath: candidate + "/Package.swift") {
          found = candidate
          break
        }
        candidate = (candidate as NSString).deletingLastPathComponent
      }
      roots[folder] = .some(found)
      return found
    }
  }
}
