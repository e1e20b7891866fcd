import KBModel

/// Where every page lives, as site-relative paths without a leading slash (`lab-api/5/`).
enum SitePaths {
  public static let home = ""
  public static let codes = "codes/"
  public static let search = "search/"
  public static let indexJSON = "index.json"
  public static let indexSchema = "index.schema.json"

  public static func product(_ product: String) -> String { "\(product)/" }

  public static func entry(product: String, slug: String) -> String { "\(product)/\(slug)/" }

  public static func entry(_ entry: Entry, in product: Product) -> String {
    self.entry(product: product.slug, slug: entry.slug)
  }

  /// A topic's section of its product page.
  public static func topic(_ topic: String, in product: String) -> String {
    "\(self.product(product))#\(topicAnchor(topic))"
  }

  /// The id of a topic's section on its product page.
  public static func topicAnchor(_ topic: String) -> String { "topic-\(topic)" }

  /// The overview row of an entry: the product page plus the entry's anchor.
  public static func overviewAnchor(_ entry: Entry, in product: Product) -> String {
    "\(self.product(product.slug))#\(entry.slug)"
  }

  /// A short link support can type: `e/1014/`.
  public static func shortLink(_ code: String) -> String { "e/\(Slug.kebab(code))/" }

  /// What follows `e/` in an entry's short link: its code (`e/1014/`), or, for an entry without
  /// one, its slug (`e/session-already-exists/`). Several entries may share one; the short link
  /// then lists them.
  public static func shortLinkKey(_ entry: Entry) -> String {
    if let code = entry.code, !Slug.kebab(code).isEmpty { return Slug.kebab(code) }
    return entry.slug
  }

  public static func shortLink(of entry: Entry) -> String { shortLink(shortLinkKey(entry)) }

  public static let sitemap = "sitemap.xml"
  public static let robots = "robots.txt"
  public static let openSearch = "opensearch.xml"

  /// The folders of diagram pages and of troubleshooters.
  public static let diagrams = "diagrams/"
  public static let troubleshooters = "troubleshoot/"

  public static func diagram(_ slug: String) -> String { "\(diagrams)\(slug)/" }

  public static func mermaid(_ slug: String) -> String { "\(diagrams)\(slug).mmd" }

  /// The guided, one-question-at-a-time page of a flowchart.
  public static func troubleshooter(_ slug: String) -> String { "\(troubleshooters)\(slug)/" }

  public static func stepAnchor(_ step: String) -> String { "step-\(step)" }

  /// The file that holds a page: directories get `index.html`.
  public static func file(for path: String) -> String {
    path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
  }
}

/// Turns site paths into links that work from a given page: relative, so the site works at the
/// root, under a sub-path and opened from disk.
struct LinkBuilder: Sendable {
  /// The directory depth of the page being rendered (`lab-api/5/` is 2).
  public let depth: Int
  /// Append `index.html` to directory links, for copies opened straight from disk.
  public let explicitIndex: Bool

  /// `pagePath` is a page's directory path such as `lab-api/5/`; every page is a directory.
  /// Links start here instead of being relative: for pages served at any address, like 404.html.
  public let absoluteBase: String?

  /// What every link starts with: the base, or `../` once per level.
  private let prefix: String

  public init(pagePath: String, explicitIndex: Bool = false, absoluteBase: String? = nil) {
    self.depth = pagePath.split(separator: "/").count
    self.explicitIndex = explicitIndex
    self.absoluteBase = absoluteBase
    self.prefix = absoluteBase ?? String(repeating: "../", count: depth)
  }

  /// The prefix that leads from the page back to the site root, e.g. `../../`.
  public var root: String {
    prefix.isEmpty ? "./" : prefix
  }

  public func link(_ target: String) -> String {
    var path = target
    var fragment = ""
    // Found among the bytes: `firstIndex(of:)` on the characters was a visible part of a build.
    if let hash = target.utf8.firstIndex(of: UInt8(ascii: "#")) {
      path = String(target[..<hash])
      fragment = String(target[hash...])
    }
    if explicitIndex, path.isEmpty || path.hasSuffix("/") { path += "index.html" }
    let joined = prefix + path
    return (joined.isEmpty ? "./" : joined) + fragment
  }
}
