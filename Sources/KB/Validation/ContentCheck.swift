import Foundation
import KBModel

/// Everything `kb check` verifies: the content rules, that every entry written in the content
/// folder is published (when it is given), and, when a lock file exists, that no published link
/// would disappear.
enum ContentCheck {
  static func run(_ site: Site, lockFile: URL?, contentFolder: URL? = nil, lookup: Lookup? = nil)
    -> [Diagnostic]
  {
    // The three parts read the site only, so they run side by side.
    let lockText = lockFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    let scanned = contentFolder.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
    let parts = concurrentMap(3) { part -> [Diagnostic] in
      switch part {
      case 0:
        return StageTimes.shared.measure("check: content rules") { Validator.check(site, lookup: lookup) }
      case 1:
        guard let scanned else { return [] }
        let definitions = StageTimes.shared.measure("check: unlisted entries") {
          EntryDefinitions.scan(folder: scanned)
        }
        return EntryDefinitions.unpublished(site, definitions: definitions)
      default:
        guard let lockFile, let lockText else { return [] }
        return StageTimes.shared.measure("check: link lock") {
          LinkLock.check(site, lockText: lockText, lockPath: DisplayPath.of(lockFile))
        }
      }
    }
    // Content problems in file order, then the lock's.
    return (parts[0] + parts[1]).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
      + parts[2]
  }
}
