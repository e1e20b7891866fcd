import KBModel

extension SiteRenderer {
  /// Pages at old entry, product and diagram paths that send visitors to where the page lives now.
  func addRedirects(to tree: inout OutputTree) throws {
    let redirects = PublishedLinks.redirects(site)
    guard !redirects.isEmpty else { return }
    var targets: [String: (title: String, summary: String?)] = [:]
    for product in site.products {
      targets[SitePaths.product(product.slug)] = (product.title, CommonMark.plainText(product.summary))
      for entry in product.entries {
        targets[SitePaths.entry(entry, in: product)] = (
          entryTitle(entry), entrySummaryLine(entry, in: product)
        )
      }
    }
    try addPagesConcurrently(redirects.count, to: &tree) { [targets] index in
      let (from, to) = redirects[index]
      let target = targets[to]
      return (
        from, try redirectPage(from: from, to: to, title: target?.title ?? to, summary: target?.summary)
      )
    }
  }

  /// `e/<code>/` (or `e/<slug>/` for an entry without a code): a redirect where one entry has
  /// it, a choice where several do.
  func shortLinkPage(_ key: String, owners: [(Product, Entry)]) throws -> (pagePath: String, html: String) {
    let path = SitePaths.shortLink(key)
    if owners.count == 1, let (product, entry) = owners.first {
      return (
        path,
        try redirectPage(
          from: path, to: SitePaths.entry(entry, in: product), title: entryTitle(entry),
          summary: entrySummaryLine(entry, in: product))
      )
    }
    let links = links(path)
    let model = DisambiguationPage(
      code: key, entries: owners.map { entrySummary($0.1, product: $0.0, links: links) })
    return (path, try page(.disambiguation, path: path, title: "Code \(key)", model))
  }

  /// A page that sends its visitors to `to` and that chat tools and help desks preview as the
  /// page it leads to: its title, its summary and its address as the canonical one.
  func redirectPage(from: String, to: String, title: String, summary: String?) throws -> String {
    let model = RedirectPage(target: links(from).link(to), targetTitle: title, summary: summary)
    return try page(.redirect, path: from, title: title, model, canonical: options.baseURL + to)
  }

  /// What an entry's page gives as its description: the symptom a customer recognises first.
  func entrySummaryLine(_ entry: Entry, in product: Product) -> String? {
    let line = facts(of: entry, in: product).oneLine
    return line.isEmpty ? nil : line
  }
}
