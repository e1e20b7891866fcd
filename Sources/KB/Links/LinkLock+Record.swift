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
    let (lock, added, _) = updated(site, lockText: old, dropping: [])
    guard !added.isEmpty || old == nil else { return [] }
    try Data(lock.text.utf8).write(to: lockFile, options: .atomic)
    return added
  }
}
