import KBModel

/// Where every page lives, as site-relative paths without a leading slash (`lab-api/5/`).
package enum SitePaths {
  package static let home = ""
  package static let codes = "codes/"
  package static let search = "search/"
  package static let indexJSON = "index.json"
  package static let indexSchema = "index.schema.json"

  package static func product(_ product: String) -> String { "\(product)/" }

  /// kb's tab icon, for a site that brings none.
  static let favicon = "assets/favicon.svg"

  package static func entry(product: String, slug: String) -> String { "\(product)/\(slug)/" }

  package static func entry(_ entry: Entry, in product: Product) -> String {
    self.entry(product: product.slug, slug: entry.slug)
  }

  /// A topic's section of its product page.
  package static func topic(_ topic: String, in product: String) -> String {
    "\(self.product(product))#\(topicAnchor(topic))"
  }

  /// The id of a topic's section on its product page.
  package static func topicAnchor(_ topic: String) -> String { "topic-\(topic)" }

  /// The overview row of an entry: the product page plus the entry's anchor.
  package static func overviewAnchor(_ entry: Entry, in product: Product) -> String {
    "\(self.product(product.slug))#\(entry.slug)"
  }

  /// A short link support can type: `e/1014/`.
  package static func shortLink(_ code: String) -> String { "e/\(Slug.kebab(code))/" }

  /// What follows `e/` in an entry's short link: its code (`e/1014/`), or, for an entry without
  /// one, its slug (`e/session-already-exists/`). Several entries may share one; the short link
  /// then lists them.
  package static func shortLinkKey(_ entry: Entry) -> String {
    if let code = entry.code, !Slug.kebab(code).isEmpty { return Slug.kebab(code) }
    return entry.slug
  }

  package static func shortLink(of entry: Entry) -> String { shortLink(shortLinkKey(entry)) }

  package static let sitemap = "sitemap.xml"
  package static let robots = "robots.txt"
  package static let openSearch = "opensearch.xml"

  /// The folders of diagram pages and of troubleshooters.
  package static let diagrams = "diagrams/"
  package static let troubleshooters = "troubleshoot/"

  package static func diagram(_ slug: String) -> String { "\(diagrams)\(slug)/" }

  package static func mermaid(_ slug: String) -> String { "\(diagrams)\(slug).mmd" }

  /// The guided, one-question-at-a-time page of a flowchart.
  package static func troubleshooter(_ slug: String) -> String { "\(troubleshooters)\(slug)/" }

  package static func stepAnchor(_ step: String) -> String { "step-\(step)" }

  /// A step of a sequence diagram or a node of a flowchart, on the diagram's page.
  package static func step(_ step: String, inDiagram slug: String) -> String {
    diagram(slug) + "#" + stepAnchor(step)
  }

  /// A question or outcome of a troubleshooter, on the troubleshooter's page.
  package static func step(_ step: String, inTroubleshooter slug: String) -> String {
    troubleshooter(slug) + "#" + stepAnchor(step)
  }

  /// The folder of a product's guide pages, beside its entry pages.
  package static func guides(in product: String) -> String { "\(self.product(product))guides/" }

  /// A guide the knowledge base publishes as a page, under its product: `scorm-api/guides/setup/`.
  package static func guide(_ slug: String, in product: String) -> String { "\(guides(in: product))\(slug)/" }

  /// A section of a guide page: the page plus its heading's anchor.
  package static func guideSection(_ anchor: String, guide slug: String, in product: String) -> String {
    guide(slug, in: product) + "#" + anchor
  }

  /// The file that holds a page: directories get `index.html`.
  package static func file(for path: String) -> String {
    path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
  }
}
