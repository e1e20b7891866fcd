import Foundation
import KBModel

extension SiteBuilder {
  /// The lock's check: an error for every published link the content would lose; with
  /// `recordingLinks`, also the links a successful build adds to the lock, worked out from the
  /// same published links.
  func checkLock(recordingLinks: Bool) -> (diagnostics: [Diagnostic], pendingLinks: LinkLock.PendingLinks?) {
    guard let lockFile else { return ([], nil) }
    let lockText = try? String(contentsOf: lockFile, encoding: .utf8)
    guard lockText != nil || recordingLinks else { return ([], nil) }
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
