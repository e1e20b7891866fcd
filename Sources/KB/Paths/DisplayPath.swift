import Foundation

/// Paths in messages: relative to the working folder when under it, so editors link them.
enum DisplayPath {
  static func of(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
  }
}
