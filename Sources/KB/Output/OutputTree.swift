import Foundation

/// Every file of a build, held in memory until it is written in one go.
public struct OutputTree: Sendable {
  /// Relative path to contents, e.g. `lab-api/5/index.html`.
  public private(set) var files: [String: Data] = [:]

  public init() {}

  public mutating func add(file path: String, text: String) {
    files[path] = Data(text.utf8)
  }

  public mutating func add(file path: String, data: Data) {
    files[path] = data
  }

  /// Adds a page at a directory path such as `lab-api/5/`.
  public mutating func add(_ pagePath: String, html: String) {
    add(file: SitePaths.file(for: pagePath), text: html)
  }

  /// Copies every file under a folder, keeping relative paths, under `prefix`.
  public mutating func addDirectory(_ directory: URL, prefix: String) throws {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
      throw BuildError.output("\(TemplateSet.display(directory)): error: cannot read folder")
    }
    let base = directory.standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let relative = String(url.standardizedFileURL.path.dropFirst(base.count))
      do {
        files[prefix + relative] = try Data(contentsOf: url)
      } catch {
        throw BuildError.output("\(TemplateSet.display(url)): error: cannot read: \(error.localizedDescription)")
      }
    }
  }

  public var pageCount: Int { files.keys.filter { $0.hasSuffix(".html") }.count }
  public var byteCount: Int { files.values.reduce(0) { $0 + $1.count } }
}
