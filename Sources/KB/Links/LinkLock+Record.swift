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
  static func recordNewLinks(_ site: Site, lockFile: URL) throws -> [String] {
    let old = try? String(contentsOf: lockFile, encoding: .utf8)
    let locked = old.map { parse($0).map(\.link) }
    return try newLinks(lockFile: lockFile, locked: locked, reachable: PublishedLinks.reachable(site))
      .record()
  }

  /// What `recordNewLinks` would write, worked out without writing, from the lock's links (nil
  /// when there is no lock file): a build works it out with its check, from the links the check
  /// reads, and records it only once the site is in place. Only what is new is kept until then,
  /// and the lock's text is made when it is written, so a big site's first build does not hold
  /// the whole new lock through the rendering.
  static func newLinks(lockFile: URL, locked: [String]?, reachable: Set<String>) -> PendingLinks {
    let old = Set(locked ?? [])
    let added = reachable.subtracting(old).sorted()
    return PendingLinks(
      lockFile: lockFile, createsLock: locked == nil, addedLines: added.joined(separator: "\n"))
  }

  /// Links to add to a lock file; nothing to write when the lock exists and none is new.
  struct PendingLinks: Sendable {
    var lockFile: URL
    /// Whether there is no lock yet, so one is written even with no link in it.
    var createsLock: Bool
    /// The new links, one per line: a third of the memory of as many strings, which a big
    /// site's first build holds through the rendering.
    var addedLines: String

    var added: [String] { addedLines.split(separator: "\n").map(String.init) }

    /// Writes the lock file when it changes: the links it holds now (read again, as nothing
    /// else writes it during a build) and the new ones. Returns the links added.
    func record() throws -> [String] {
      let added = added
      guard createsLock || !added.isEmpty else { return [] }
      let old = createsLock ? nil : try String(contentsOf: lockFile, encoding: .utf8)
      let lock = LinkLock(links: (old.map { LinkLock.parse($0).map(\.link) } ?? []) + added)
      try Data(lock.text.utf8).write(to: lockFile, options: .atomic)
      return added
    }
  }
}
