import KBModel

/// Every URL and anchor the site publishes, as site-relative strings such as `lab-api/5/` or
/// `lab-api/#5`; these are what support pastes into tickets and what the lock file protects.
public enum PublishedLinks {
  /// The links the content publishes now, each with where it is defined.
  public static func current(_ site: Site) -> [String: SourceLocation] {
    var links: [String: SourceLocation] = [:]
    for product in site.products {
      links[SitePaths.product(product.slug)] = product.location
      for entry in product.entries {
        links[SitePaths.entry(entry, in: product)] = entry.location
        links[SitePaths.overviewAnchor(entry, in: product)] = entry.location
      }
      for diagram in product.diagrams {
        links[SitePaths.diagram(diagram.slug)] = diagram.location
        for step in diagram.stepIDs {
          links[SitePaths.diagram(diagram.slug) + "#" + SitePaths.stepAnchor(step)] = diagram.location
        }
        if case .flowchart(let flowchart) = diagram.body {
          let troubleshooter = SitePaths.troubleshooter(diagram.slug)
          links[troubleshooter] = diagram.location
          for question in flowchart.nodes where question.kind == .question {
            links[troubleshooter + "#" + SitePaths.stepAnchor(question.id)] = diagram.location
          }
        }
      }
    }
    for (path, _) in redirects(site) { links[path] = nil }
    return links
  }

  /// Old entry paths and overview anchors that lead to a new place, from the entries' aliases.
  public static func redirects(_ site: Site) -> [(from: String, to: String)] {
    var taken: Set<String> = []
    for product in site.products {
      for entry in product.entries { taken.insert(SitePaths.entry(entry, in: product)) }
    }
    var result: [(String, String)] = []
    for product in site.products {
      for entry in product.entries {
        let target = SitePaths.entry(entry, in: product)
        for old in oldPaths(of: entry, in: product) where !taken.contains(old) {
          taken.insert(old)
          result.append((old, target))
        }
      }
    }
    return result.sorted { $0.0 < $1.0 }
  }

  /// The entry pages an entry's aliases stand for: `old-slug` in the same product or
  /// `product/old-slug` for an entry that moved between products.
  static func oldPaths(of entry: Entry, in product: Product) -> [String] {
    entry.aliases.compactMap { alias in
      let ref = EntryRef(alias)
      let slug = Slug.kebab(ref.slug)
      guard !slug.isEmpty else { return nil }
      let path = SitePaths.entry(product: ref.product.map(Slug.kebab) ?? product.slug, slug: slug)
      return path == SitePaths.entry(entry, in: product) ? nil : path
    }
  }

  /// Overview anchors that now lead to an entry's row: its old slugs in the same product.
  public static func anchorAliases(of entry: Entry, in product: Product) -> [String] {
    oldPaths(of: entry, in: product).compactMap { path in
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[0] == product.slug, parts[1] != Substring(entry.slug) else { return nil }
      return String(parts[1])
    }
  }

  /// Everything that keeps working: current links plus redirected pages and anchors.
  public static func reachable(_ site: Site) -> Set<String> {
    var links = Set(current(site).keys)
    for (from, _) in redirects(site) {
      links.insert(from)
    }
    for product in site.products {
      for entry in product.entries {
        for anchor in anchorAliases(of: entry, in: product) {
          links.insert(SitePaths.product(product.slug) + "#" + anchor)
        }
      }
    }
    return links
  }
}
