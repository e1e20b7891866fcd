import Foundation

/// Notices edits under folders by comparing modification times and sizes between polls.
public struct SourceWatcher: Sendable {
  public struct Change: Equatable, Sendable {
    public var paths: [String]
    /// Whether a Swift file changed, which needs a recompile before the rebuild.
    public var needsCompile: Bool
  }

  public let folders: [URL]
  private var fingerprint: [String: String]

  public init(folders: [URL]) {
    self.folders = folders
    self.fingerprint = Self.scan(folders)
  }

  /// The files that changed since the last call, or nil.
  public mutating func poll() -> Change? {
    let now = Self.scan(folders)
    guard now != fingerprint else { return nil }
    let changed = Set(now.keys).union(fingerprint.keys).filter { now[$0] != fingerprint[$0] }.sorted()
    fingerprint = now
    return Change(paths: changed, needsCompile: changed.contains { $0.hasSuffix(".swift") })
  }

  /// A file's modification time and size, as `scan` records them; nil when it does not exist.
  static func stamp(of path: String) -> String? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
    return stamp(modified: attributes[.modificationDate] as? Date, size: attributes[.size] as? Int)
  }

  private static func stamp(modified: Date?, size: Int?) -> String {
    "\(modified?.timeIntervalSinceReferenceDate ?? 0)-\(size ?? 0)"
  }

  static func scan(_ folders: [URL]) -> [String: String] {
    var result: [String: String] = [:]
    let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
    for folder in folders {
      guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys)
      else { continue }
      for case let url as URL in enumerator {
        guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
          continue
        }
        result[url.path] = stamp(modified: values.contentModificationDate, size: values.fileSize)
      }
    }
    return result
  }
}
