import Foundation
import KBModel

extension LinkLock {
  /// Adds the links a successful build publishes for the first time to the lock file, creating
  /// it when there is none, and returns them.
  ///
  /// Adding a link is always safe: it records a promise the built site already keeps. Removing
  /// one breaks readers' bookmarks, so it stays a decision (`kb lock --drop`), and `kb check`
  /// refuses content that would remove a locked link. A lock the build keeps itself cannot be
  /// forgotten; the new lines show up in the writer's diff for review.
  public static func recordNewLinks(_ site: Site, lockFile: URL) throws -> [String] {
    let old = try? String(contentsOf: lockFile, encoding: .utf8)
    return try newLinks(lockFile: lockFile, lockText: old, reachable: PublishedLinks.reachable(site)).record()
  }

  /// What `recordNewLinks` would write, worked out without writing: a build works it out with
  /// its check, from the links the check reads, and records it only once the site is in place.
  static func newLinks(lockFile: URL, lockText old: String?, reachable: Set<String>) -> PendingLinks {
    newLinks(lockFile: lockFile, locked: old.map { parse($0).map(\.link) }, reachable: reachable)
  }

  /// The same, given the lock's links (nil when there is no lock file). The new text is made
  /// only when it changes: most builds add nothing.
  static func newLinks(lockFile: URL, locked: [String]?, reachable: Set<String>) -> PendingLinks {
    let old = Set(locked ?? [])
    guard locked == nil || !reachable.isSubset(of: old) else {
      return PendingLinks(lockFile: lockFile, text: nil, added: [])
    }
    let (lock, added, _) = updated(locked: locked ?? [], dropping: [], reachable: reachable)
    return PendingLinks(lockFile: lockFile, text: lock.text, added: added)
  }

  /// Links to add to a lock file, and the file's new text; nil when nothing changes.
  struct PendingLinks: Sendable {
    var lockFile: URL
    var text: String?
    var added: [String]

    /// Writes the lock file when it changes; the links added.
    func record() throws -> [String] {
      guard let text else { return [] }
      try Data(text.utf8).write(to: lockFile, options: .atomic)
      return added
    }
  }
}
