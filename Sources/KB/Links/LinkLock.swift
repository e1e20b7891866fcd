import Foundation
import KBModel

/// The committed list of published links; `kb check` refuses content that would break one.
public struct LinkLock: Sendable, Equatable {
  public static let defaultPath = "links.lock"
  static let header = [
    "# Every link kb has published. kb build --publish adds new ones; kb check fails if one would disappear.",
    "# Drop one only on purpose, with `kb lock --drop LINK`.",
  ]

  public var links: [String]

  public init(links: [String]) {
    self.links = Array(Set(links)).sorted()
  }

  /// Parses the file, ignoring blank lines, `#` comments and merge-conflict markers; keeps each
  /// link's line number. Lines end with LF or CRLF (a lock checked out on Windows).
  public static func parse(_ text: String) -> [(link: String, line: Int)] {
    scan(text).links
  }

  public var text: String {
    (Self.header + links).joined(separator: "\n") + "\n"
  }

  /// One error per locked link the content no longer publishes or redirects, and one per line
  /// of the lock that is no link (a merge conflict's marker, a line with spaces inside).
  public static func check(_ site: Site, lockText: String, lockPath: String) -> [Diagnostic] {
    let scanned = scan(lockText)
    return scanned.problems(lockPath: lockPath)
      + check(site, locked: scanned.links, lockPath: lockPath, reachable: PublishedLinks.reachable(site))
  }

  /// The lost links, given the lock as `parse` reads it and what `PublishedLinks.reachable`
  /// returns. Each error says how to keep a link of its kind, and names the link that probably
  /// replaced it only when one new link of the same kind, in the same place, is close to it.
  static func check(
    _ site: Site, locked: [(link: String, line: Int)], lockPath: String, reachable: Set<String>
  ) -> [Diagnostic] {
    let missing = locked.filter { !reachable.contains($0.link) }
    guard !missing.isEmpty else { return [] }
    let fresh = reachable.subtracting(locked.map(\.link)).map(LostLink.init)
    return missing.map { link, line in
      let remedy = LostLink(link).remedy(reachable: reachable, newLinks: fresh)
      return Diagnostic(
        .error, SourceLocation(file: lockPath, line: line),
        "published link '\(link)' would disappear; \(remedy); or drop it with `kb lock --drop \(link)`")
    }
  }

  /// The lock after adding every current link and dropping the named ones.
  public static func updated(_ site: Site, lockText: String?, dropping: [String]) -> (
    lock: LinkLock, added: [String], unknownDrops: [String]
  ) {
    let old = Set(lockText.map { parse($0).map(\.link) } ?? [])
    let current = PublishedLinks.reachable(site)
    // What keeps working holds every current link too.
    let unknown = dropping.filter { !old.contains($0) && !current.contains($0) }
    let kept = old.union(current).subtracting(dropping)
    return (LinkLock(links: Array(kept)), current.subtracting(old).sorted(), unknown)
  }

  /// What `kb lock --resolve` makes of a lock.
  package enum Resolution {
    /// Every link of every side, without the markers.
    case resolved(LinkLock)
    case noConflict
    /// Lines that are neither links nor markers, which resolving would lose: the writer's to correct.
    case refused([Diagnostic])
  }

  /// The lock with its merge conflicts resolved the safe way: every link of every side is kept
  /// and the markers go; a link no side needs any more is then reported by the check, to keep or
  /// drop on purpose.
  package static func resolving(_ lockText: String, lockPath: String) -> Resolution {
    var scanned = scan(lockText)
    guard scanned.malformed.isEmpty else {
      scanned.markers = []
      return .refused(scanned.problems(lockPath: lockPath))
    }
    return scanned.hasConflicts ? .resolved(LinkLock(links: scanned.links.map(\.link))) : .noConflict
  }
}
