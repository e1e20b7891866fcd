import Foundation
import KBModel

extension SiteBuilder {
  /// The lock's check: an error for a lock that is missing, unreadable or conflicted, and for
  /// every published link the content would lose; with `findingNewLinks`, also the links the
  /// lock does not hold yet, worked out from the same published links. A publishing build that
  /// has new links fails here, before anything is written, when the lock cannot take them.
  func checkLock(findingNewLinks: Bool) -> (diagnostics: [Diagnostic], pendingLinks: LinkLock.PendingLinks?) {
    guard let lockFile else { return ([], nil) }
    return StageTimes.shared.measure("check: link lock") {
      let lockPath = DisplayPath.of(lockFile)
      let reading = LinkLock.read(lockFile, lockPath: lockPath)
      guard let locked = reading.links else { return (reading.problems, nil) }
      let reachable = PublishedLinks.reachable(site)
      var problems =
        reading.problems + LinkLock.check(site, locked: locked, lockPath: lockPath, reachable: reachable)
      guard findingNewLinks else { return (problems, nil) }
      let pending = LinkLock.newLinks(lockFile: lockFile, locked: locked.map(\.link), reachable: reachable)
      if publish, !pending.isEmpty,
        let refusal = LockFileAccess.refusal(lockFile.resolvingSymlinksInPath().path)
      {
        problems.append(LinkLock.cannotRecord(pending.added.count, lockPath: lockPath, refusal))
      }
      return (problems, pending)
    }
  }
}
