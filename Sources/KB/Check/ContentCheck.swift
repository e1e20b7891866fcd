import Foundation
import KBModel

/// Everything `kb check` verifies: the content rules, that every entry written in the content
/// folder is published (when it is given), and, when a lock file exists, that no published link
/// would disappear.
enum ContentCheck {
  static func run(_ site: Site, lockFile: URL?, contentFolder: URL? = nil, lookup: Lookup? = nil)
    -> [Diagnostic]
  {
    run(site, lockFile: lockFile, contentFolder: contentFolder, lookup: lookup, recordingLinks: false)
      .diagnostics
  }

  /// The same, and, with `recordingLinks`, the links a successful build adds to the lock, worked
  /// out from the same published links the lock's check reads.
  static func run(
    _ site: Site, lockFile: URL?, contentFolder: URL?, lookup: Lookup?, recordingLinks: Bool
  ) -> (diagnostics: [Diagnostic], pendingLinks: LinkLock.PendingLinks?) {
    // The three parts read the site only, so they run side by side.
    let lockText = lockFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    let scanned = contentFolder.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
    let parts = concurrentMap(3) { part -> ([Diagnostic], LinkLock.PendingLinks?) in
      switch part {
      case 0:
        return (
          StageTimes.shared.measure("check: content rules") { Validator.check(site, lookup: lookup) }, nil
        )
      case 1:
        guard let scanned else { return ([], nil) }
        let definitions = StageTimes.shared.measure("check: unlisted entries") {
          EntryDefinitions.scan(folder: scanned)
        }
        return (EntryDefinitions.unpublished(site, definitions: definitions), nil)
      default:
        guard let lockFile, lockText != nil || recordingLinks else { return ([], nil) }
        return StageTimes.shared.measure("check: link lock") {
          let reachable = PublishedLinks.reachable(site)
          let locked = lockText.map(LinkLock.parse)
          let problems =
            locked.map {
              LinkLock.check(site, locked: $0, lockPath: DisplayPath.of(lockFile), reachable: reachable)
            } ?? []
          let pending =
            recordingLinks
            ? LinkLock.newLinks(lockFile: lockFile, locked: locked?.map(\.link), reachable: reachable) : nil
          return (problems, pending)
        }
      }
    }
    // Content problems in file order, then the lock's.
    let diagnostics =
      (parts[0].0 + parts[1].0).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
      + parts[2].0
    return (diagnostics, parts[2].1)
  }
}
