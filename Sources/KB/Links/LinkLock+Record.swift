import Foundation
import KBModel

extension LinkLock {
  /// The links the content publishes that the lock does not hold yet, worked out from the lock's
  /// links and the published ones: a build works it out with its check, and a publishing build
  /// records it in the same step as it swaps the output in. Only what is new is kept until then,
  /// and the lock's text is made when it is written, so a big site's first publication does not
  /// hold the whole new lock through the rendering.
  static func newLinks(lockFile: URL, locked: [String], reachable: Set<String>) -> PendingLinks {
    let added = reachable.subtracting(locked).sorted()
    return PendingLinks(lockFile: lockFile, addedLines: added.joined(separator: "\n"))
  }

  /// Links to add to a lock file.
  struct PendingLinks: Sendable {
    var lockFile: URL
    /// The new links, one per line: a third of the memory of as many strings, which a big
    /// site's first publication holds through the rendering.
    var addedLines: String

    var added: [String] { addedLines.split(separator: "\n").map(String.init) }
    var isEmpty: Bool { addedLines.isEmpty }
  }

  /// The lock with a publishing build's new links, published with the output: the new lock is
  /// written beside the old one before the output is swapped in and renamed over it right after.
  final class Recording: AtomicWriter.Companion, @unchecked Sendable {
    let pending: PendingLinks
    /// The lock file itself, through a symbolic link if the lock is one.
    private let target: String
    private var staged: String?

    init(_ pending: PendingLinks) {
      self.pending = pending
      target = pending.lockFile.resolvingSymlinksInPath().path
    }

    /// Reads the lock again, as strictly as the check did (another command may have changed it
    /// since), and writes the new lock beside it.
    func stage() throws {
      let lockPath = DisplayPath.of(pending.lockFile)
      let reading = LinkLock.read(URL(fileURLWithPath: target), lockPath: lockPath)
      guard let links = reading.links, !reading.problems.hasErrors else {
        throw LockRecordingFailure(reading.problems)
      }
      if let refusal = LockFileAccess.refusal(target) {
        throw LockRecordingFailure(lockPath: lockPath, cannotRecord: pending.added.count, refusal)
      }
      let lock = LinkLock(links: links.map(\.link) + pending.added)
      do {
        staged = try LockFileAccess.stage(lock.text, beside: target)
      } catch {
        throw LockRecordingFailure(lockPath: lockPath, cannotRecord: pending.added.count, "\(error)")
      }
    }

    func commit() throws {
      guard let staged else { return }
      do {
        try LockFileAccess.commit(staged, over: target)
        self.staged = nil
      } catch {
        throw LockRecordingFailure(
          lockPath: DisplayPath.of(pending.lockFile), cannotRecord: pending.added.count, "\(error)")
      }
    }

    func abandon() {
      if let staged { unlink(staged) }
      staged = nil
    }
  }
}

/// Why a publishing build could not record its new links; the lock and the output are unchanged.
struct LockRecordingFailure: Error, CustomStringConvertible {
  var diagnostics: [Diagnostic]

  init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  init(lockPath: String, cannotRecord count: Int, _ reason: String) {
    self.init([LinkLock.cannotRecord(count, lockPath: lockPath, reason)])
  }

  var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension LinkLock {
  /// The error of a publication whose new links the lock cannot take.
  static func cannotRecord(_ count: Int, lockPath: String, _ reason: String) -> Diagnostic {
    Diagnostic(
      .error, SourceLocation(file: lockPath, line: 0),
      "this build publishes \(count) new link(s) and cannot record them in the lock: \(reason); nothing was written, so the site is not published: make the lock writable and build again"
    )
  }
}
