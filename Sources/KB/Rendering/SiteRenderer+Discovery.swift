import KBModel

/// What search engines and browsers read besides pages: `robots.txt`, and with a site URL
/// (`kb build --site-url https://…`) `sitemap.xml` and the OpenSearch description, which need
/// absolute addresses.
extension SiteRenderer {
  func addDiscoveryFiles(to tree: inout OutputTree) {
    var robots = "User-agent: *\nAllow: /\n"
    if let siteURL = options.siteURL {
      robots += "Sitemap: \(siteURL)\(SitePaths.sitemap)\n"
      tree.add(file: SitePaths.sitemap, text: sitemap())
      tree.add(file: SitePaths.openSearch, text: openSearchDescription(siteURL))
    }
    tree.add(file: SitePaths.robots, text: robots)
  }

  /// Every page worth finding, with the content's newest date that applies to it.
  func sitemap() -> String {
    var pages: [(path: String, date: String?)] = []
    let newest = { (dates: [String?]) in dates.compactMap { $0 }.max() }
    let siteDate = newest(
      site.products.flatMap { product in [product.lastUpdated] + product.entries.map(\.lastReviewed) })
    pages.append((SitePaths.home, siteDate))
    pages.append((SitePaths.codes, siteDate))
    if !allDiagrams.isEmpty { pages.append((SitePaths.diagrams, siteDate)) }
    if !allFlowcharts.isEmpty { pages.append((SitePaths.troubleshooters, siteDate)) }
    for product in site.products {
      pages.append(
        (SitePaths.product(product.slug), newest([product.lastUpdated] + product.entries.map(\.lastReviewed)))
      )
      for entry in product.entries {
        pages.append((SitePaths.entry(entry, in: product), entry.lastReviewed ?? product.lastUpdated))
      }
      for guide in Self.guidePages(of: product) {
        pages.append((SitePaths.guide(guide.slug, in: product.slug), product.lastUpdated))
      }
      for diagram in product.diagrams {
        pages.append((SitePaths.diagram(diagram.slug), product.lastUpdated))
        if case .flowchart = diagram.body {
          pages.append((SitePaths.troubleshooter(diagram.slug), product.lastUpdated))
        }
      }
    }
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

      """
    for (path, date) in pages {
      xml += "<url><loc>\(options.url(path).htmlEscaped)</loc>"
      if let date { xml += "<lastmod>\(date)</lastmod>" }
      xml += "</url>\n"
    }
    return xml + "</urlset>\n"
  }

  /// Lets browsers offer the site's search from the address bar.
  func openSearchDescription(_ siteURL: String) -> String {
    let shortName = String(site.title.prefix(16))
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
      <ShortName>\(shortName.htmlEscaped)</ShortName>
      <Description>\(site.tagline.htmlEscaped)</Description>
      <InputEncoding>UTF-8</InputEncoding>
      <Url type="text/html" method="get" template="\(siteURL.htmlEscaped)\(SitePaths.search)?q={searchTerms}"/>
      </OpenSearchDescription>

      """
  }
}
