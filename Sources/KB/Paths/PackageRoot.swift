import Foundation
import KBModel

/// Finds the package a source file belongs to: the nearest folder above it with a
/// `Package.swift`. Folders are looked up once each, since every value of a file asks.
package enum PackageRoot {
  private static let cache = Cache()

  package static func relativePath(_ path: String) -> String {
    guard let root = root(of: path) else { return path }
    return String(path.dropFirst(root.count + 1))
  }

  /// The package folder that holds an absolute path, without the trailing slash.
  package static func root(of path: String) -> String? {
    guard path.hasPrefix("/") else { return nil }
    return cache.root(of: (path as NSString).deletingLastPathComponent)
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

extension SourceLocation {
  /// The same place, its file relative to the package that holds it, as messages show it.
  package var relativeToPackage: SourceLocation {
    SourceLocation(file: PackageRoot.relativePath(file), line: line)
  }
}
