import KBModel

extension SiteRenderer {
  /// Pages at old entry, product and diagram paths that send visitors to where the page lives now.
  func addRedirects(to tree: inout OutputTree) throws {
    let redirects = PublishedLinks.redirects(site)
    guard !redirects.isEmpty else { return }
    var titles: [String: String] = [:]
    for product in site.products {
      titles[SitePaths.product(product.slug)] = product.title
      for entry in product.entries { titles[SitePaths.entry(entry, in: product)] = entryTitle(entry) }
    }
    try addPagesConcurrently(redirects.count, to: &tree) { [titles] index in
      let (from, to) = redirects[index]
      return (from, try redirectPage(from: from, to: to, title: titles[to] ?? to))
    }
  }

  /// `e/<code>/` (or `e/<slug>/` for an entry without a code): a redirect where one entry has
  /// it, a choice where several do.
  func shortLinkPage(_ key: String, owners: [(Product, Entry)]) throws -> (pagePath: String, html: String) {
    let path = SitePaths.shortLink(key)
    if owners.count == 1, let (product, entry) = owners.first {
      return (
        path,
        try redirectPage(from: path, to: SitePaths.entry(entry, in: product), title: entryTitle(entry))
      )
    }
    let links = links(path)
    let model = DisambiguationPage(
      code: key, entries: owners.map { entrySummary($0.1, product: $0.0, links: links) })
    return (path, try page(.disambiguation, path: path, title: "Code \(key)", model))
  }

  func redirectPage(from: String, to: String, title: String) throws -> String {
    let model = RedirectPage(target: links(from).link(to), targetTitle: title)
    return try page(
      .redirect, path: from, title: "Moved: \(title)", model, canonical: options.baseURL + to)
  }
}
