import Foundation
import KBModel

/// The committed list of published links; `kb check` refuses content that would break one.
public struct LinkLock: Sendable, Equatable {
  public static let defaultPath = "links.lock"
  static let header = [
    "# Every link kb has published. kb build adds new ones; kb check fails if one would disappear.",
    "# Drop one only on purpose, with `kb lock --drop LINK`.",
  ]

  public var links: [String]

  public init(links: [String]) {
    self.links = Array(Set(links)).sorted()
  }

  /// Parses the file, ignoring blank lines and `#` comments; keeps each link's line number.
  /// Lines end with LF or CRLF (a lock checked out on Windows).
  public static func parse(_ text: String) -> [(link: String, line: Int)] {
    var result: [(String, Int)] = []
    for (index, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      var raw = Substring(bytes)
      if raw.utf8.last == 0x0D { raw = raw.dropLast() }
      // A line that starts and ends with visible ASCII has nothing to trim.
      let line: Substring =
        isVisibleASCII(raw.utf8.first) && isVisibleASCII(raw.utf8.last)
        ? raw : Substring(raw.trimmingCharacters(in: .whitespaces))
      if line.isEmpty || line.hasPrefix("# ") || line == "#" { continue }
      result.append((String(line), index + 1))
    }
    return result
  }

  private static func isVisibleASCII(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte > 0x20 && byte < 0x7F
  }

  public var text: String {
    (Self.header + links).joined(separator: "\n") + "\n"
  }

  /// One error per locked link the content no longer publishes or redirects.
  public static func check(_ site: Site, lockText: String, lockPath: String) -> [Diagnostic] {
    check(site, locked: parse(lockText), lockPath: lockPath, reachable: PublishedLinks.reachable(site))
  }

  /// The same, given the lock as `parse` reads it and what `PublishedLinks.reachable` returns.
  static func check(
    _ site: Site, locked: [(link: String, line: Int)], lockPath: String, reachable: Set<String>
  ) -> [Diagnostic] {
    let missing = locked.filter { !reachable.contains($0.link) }
    guard !missing.isEmpty else { return [] }
    let slugs = site.products.flatMap { product in product.entries.map { "\(product.slug)/\($0.slug)" } }
    return missing.map { link, line in
      let hint = Suggestion.didYouMean(
        link.split(separator: "#")[0].trimmingCharacters(in: ["/"]), among: slugs)
      let isDiagram = link.hasPrefix(SitePaths.diagrams) || link.hasPrefix(SitePaths.troubleshooters)
      let remedy =
        isDiagram
        ? "map a renamed step to the step that replaces it in the diagram's movedSteps, or add a renamed diagram's old slug to its aliases"
        : "add its old slug to the aliases of the entry that replaces it, or mark the entry deprecated instead of deleting it"
      return Diagnostic(
        .error, SourceLocation(file: lockPath, line: line),
        "published link '\(link)' would disappear; \(remedy); or drop it with `kb lock --drop \(link)`\(isDiagram ? "" : hint)"
      )
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
}
