import Foundation
import KBModel

/// Everything `kb check` verifies: the content rules, that every entry written in the content
/// folder is published (when it is given), and, when a lock file exists, that no published link
/// would disappear.
enum ContentCheck {
  static func run(_ site: Site, lockFile: URL?, contentFolder: URL? = nil) -> [Diagnostic] {
    var diagnostics = StageTimes.shared.measure("check: content rules") { Validator.check(site) }
    if let contentFolder, FileManager.default.fileExists(atPath: contentFolder.path) {
      let definitions = StageTimes.shared.measure("check: unlisted entries") {
        EntryDefinitions.scan(folder: contentFolder)
      }
      diagnostics = (diagnostics + EntryDefinitions.unpublished(site, definitions: definitions)).sorted {
        ($0.location, $0.message) < ($1.location, $1.message)
      }
    }
    if let lockFile, let text = try? String(contentsOf: lockFile, encoding: .utf8) {
      diagnostics += StageTimes.shared.measure("check: link lock") {
        LinkLock.check(site, lockText: text, lockPath: DisplayPath.of(lockFile))
      }
    }
    return diagnostics
  }
}
