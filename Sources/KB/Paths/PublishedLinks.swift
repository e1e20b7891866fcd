import KBModel

/// Every URL and anchor the site publishes, as site-relative strings such as `lab-api/5/` or
/// `lab-api/#5`; these are what support pastes into tickets and what the lock file protects.
enum PublishedLinks {
  /// The links the content publishes now, each with where it is defined.
  static func current(_ site: Site) -> [String: SourceLocation] {
    var links: [String: SourceLocation] = [:]
    for product in site.products {
      links[SitePaths.product(product.slug)] = product.location
      for entry in product.entries {
        links[SitePaths.entry(entry, in: product)] = entry.location
        links[SitePaths.overviewAnchor(entry, in: product)] = entry.location
      }
      for guide in product.guides where guide.isPage {
        links[SitePaths.guide(guide.slug, in: product.slug)] = guide.location
      }
      for diagram in product.diagrams {
        links[SitePaths.diagram(diagram.slug)] = diagram.location
        if case .flowchart = diagram.body { links[SitePaths.troubleshooter(diagram.slug)] = diagram.location }
        for link in stepLinks(under: diagram.slug, steps: diagram.stepIDs, questions: diagram.questionIDs) {
          links[link] = diagram.location
        }
      }
    }
    for (key, owners) in shortLinks(site) {
      if let first = owners.first { links[SitePaths.shortLink(key)] = site[first].entry.location }
    }
    for (path, _) in redirects(site) { links[path] = nil }
    return links
  }

  /// Every short link's key (`1014`, `session-already-exists`) with the entries that share it,
  /// in site order, sorted by key. An entry's old slugs keep their short links too, unless a
  /// current entry has taken the key.
  static func shortLinks(_ site: Site) -> [(key: String, entries: [EntryPosition])] {
    let positions = EntryPosition.all(in: site)
    var byKey: [String: [EntryPosition]] = [:]
    for position in positions {
      byKey[SitePaths.shortLinkKey(site[position].entry), default: []].append(position)
    }
    var old: [String: [EntryPosition]] = [:]
    for position in positions {
      for alias in site[position].entry.aliases.map({ EntryRef($0) }) where alias.product == nil {
        let key = Slug.kebab(alias.slug)
        if !key.isEmpty, byKey[key] == nil { old[key, default: []].append(position) }
      }
    }
    byKey.merge(old) { current, _ in current }
    return byKey.keys.sorted().map { ($0, byKey[$0] ?? []) }
  }

  /// Old pages that lead to a new place: entry pages from the entries' aliases, product pages
  /// and the entry and guide pages under them from the products' aliases, diagram and troubleshooter
  /// pages from the diagrams' aliases.
  static func redirects(_ site: Site) -> [(from: String, to: String)] {
    var taken: Set<String> = []
    for product in site.products {
      taken.insert(SitePaths.product(product.slug))
      for entry in product.entries { taken.insert(SitePaths.entry(entry, in: product)) }
      for guide in product.guides where guide.isPage {
        taken.insert(SitePaths.guide(guide.slug, in: product.slug))
      }
      for diagram in product.diagrams {
        taken.insert(SitePaths.diagram(diagram.slug))
        taken.insert(SitePaths.troubleshooter(diagram.slug))
      }
    }
    var result: [(String, String)] = []
    func add(_ old: String, _ target: String) {
      if taken.insert(old).inserted { result.append((old, target)) }
    }
    for product in site.products {
      for entry in product.entries {
        let target = SitePaths.entry(entry, in: product)
        for old in oldPaths(of: entry, in: product) { add(old, target) }
      }
      for old in oldSlugs(of: product) {
        add(SitePaths.product(old), SitePaths.product(product.slug))
        for guide in product.guides where guide.isPage {
          add(SitePaths.guide(guide.slug, in: old), SitePaths.guide(guide.slug, in: product.slug))
        }
        for entry in product.entries {
          let target = SitePaths.entry(entry, in: product)
          for slug in [entry.slug] + anchorAliases(of: entry, in: product) {
            add(SitePaths.entry(product: old, slug: slug), target)
          }
        }
      }
      for diagram in product.diagrams {
        for old in diagram.aliases.map(Slug.kebab) where !old.isEmpty && old != diagram.slug {
          add(SitePaths.diagram(old), SitePaths.diagram(diagram.slug))
          if case .flowchart = diagram.body {
            add(SitePaths.troubleshooter(old), SitePaths.troubleshooter(diagram.slug))
          }
        }
      }
    }
    return result.sorted { $0.0 < $1.0 }
  }

  /// The step links of a diagram that keep working, under its slug and under each old slug: its
  /// steps, the old ids of moved steps, and the same for the troubleshooter's questions.
  static func stepLinks(of diagram: Diagram) -> [String] {
    let steps = diagram.stepIDs.flatMap { [$0] + diagram.oldIDs(of: $0) }
    let questions = diagram.questionIDs.flatMap { [$0] + diagram.oldIDs(of: $0) }
    return ([diagram.slug] + diagram.aliases.map(Slug.kebab)).filter { !$0.isEmpty }.flatMap {
      stepLinks(under: $0, steps: steps, questions: questions)
    }
  }

  /// The anchors of `steps` on the diagram page at `slug` and of `questions` on its troubleshooter.
  static func stepLinks(under slug: String, steps: [String], questions: [String]) -> [String] {
    steps.map { SitePaths.step($0, inDiagram: slug) }
      + questions.map { SitePaths.step($0, inTroubleshooter: slug) }
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

  /// A product's old slugs, as its aliases give them.
  static func oldSlugs(of product: Product) -> [String] {
    product.aliases.map(Slug.kebab).filter { !$0.isEmpty && $0 != product.slug }
  }

  /// Overview anchors that now lead to an entry's row: its old slugs in the same product.
  static func anchorAliases(of entry: Entry, in product: Product) -> [String] {
    oldPaths(of: entry, in: product).compactMap { path in
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[0] == product.slug, parts[1] != Substring(entry.slug) else { return nil }
      return String(parts[1])
    }
  }

  /// Everything that keeps working: current links plus redirected pages and anchors.
  static func reachable(_ site: Site) -> Set<String> {
    var links = Set(current(site).keys)
    for (from, _) in redirects(site) {
      links.insert(from)
    }
    for product in site.products {
      // An old product page redirects with its fragment, so every anchor of the overview
      // works under the product's old slugs too.
      let pages = [product.slug] + oldSlugs(of: product)
      for entry in product.entries {
        for page in pages {
          for anchor in (page == product.slug ? [] : [entry.slug]) + anchorAliases(of: entry, in: product) {
            links.insert(SitePaths.product(page) + "#" + anchor)
          }
        }
      }
      for diagram in product.diagrams { links.formUnion(stepLinks(of: diagram)) }
    }
    return links
  }
}
