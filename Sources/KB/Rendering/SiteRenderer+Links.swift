import KBModel

extension SiteRenderer {
  /// Pages at old entry paths that send visitors to where the entry lives now.
  func addRedirects(to tree: inout OutputTree) throws {
    for (from, to) in PublishedLinks.redirects(site) {
      try tree.add(from, html: redirectPage(from: from, to: to, title: title(ofEntryAt: to)))
    }
  }

  /// `e/<code>/`: a redirect where the code is unique across products, a choice where it is not.
  func addShortLinks(to tree: inout OutputTree) throws {
    var byCode: [String: [(Product, Entry)]] = [:]
    for product in site.products {
      for entry in product.entries {
        if let code = entry.code, !Slug.kebab(code).isEmpty { byCode[Slug.kebab(code), default: []].append((product, entry)) }
      }
    }
    for code in byCode.keys.sorted() {
      guard let owners = byCode[code] else { continue }
      let path = SitePaths.shortLink(code)
      if owners.count == 1, let (product, entry) = owners.first {
        try tree.add(path, html: redirectPage(from: path, to: SitePaths.entry(entry, in: product), title: entryTitle(entry)))
      } else {
        let links = links(path)
        let context: [String: Any] = [
          "code": code,
          "entries": owners.map { entrySummary($0.1, product: $0.0, links: links) },
        ]
        try tree.add(path, html: page("disambiguation", path: path, title: "Code \(code)", context))
      }
    }
  }

  func redirectPage(from: String, to: String, title: String) throws -> String {
    let links = links(from)
    var context: [String: Any] = ["target": links.link(to), "targetTitle": title]
    context["canonicalOverride"] = options.baseURL + to
    return try page("redirect", path: from, title: "Moved: \(title)", context)
  }

  func title(ofEntryAt path: String) -> String {
    for product in site.products {
      for entry in product.entries where SitePaths.entry(entry, in: product) == path {
        return entryTitle(entry)
      }
    }
    return path
  }
}
