import KBModel

/// Finds entries and diagrams by the references writers use; shared by validation and rendering.
package struct Lookup: Sendable {
  struct EntryKey: Hashable, Sendable {
    var product: String
    var slug: String
  }

  let site: Site
  private var entries: [EntryKey: EntryPosition] = [:]
  private var aliases: [EntryKey: EntryKey] = [:]
  /// Entries by code, then by name, for references written the way the product spells them.
  private var codes: [EntryKey: EntryKey] = [:]
  private var names: [EntryKey: EntryKey] = [:]
  private var diagrams: [String: (product: Int, diagram: Int)] = [:]
  private var stepEntries: [String: [String: [EntryPosition]]] = [:]

  package init(_ site: Site) {
    self.site = site
    let positions = EntryPosition.all(in: site)
    for (p, product) in site.products.enumerated() {
      for (d, diagram) in product.diagrams.enumerated() where diagrams[diagram.slug] == nil {
        diagrams[diagram.slug] = (p, d)
      }
    }
    entries.reserveCapacity(positions.count)
    for position in positions {
      let entry = site[position].entry
      let key = EntryKey(product: site.products[Int(position.product)].slug, slug: entry.slug)
      if entries[key] == nil { entries[key] = position }
    }
    for position in positions {
      guard let ref = site[position].entry.happensAt else { continue }
      stepEntries[ref.diagram, default: [:]][ref.step, default: []].append(position)
    }
    for position in positions {
      let entry = site[position].entry
      let product = site.products[Int(position.product)].slug
      let own = EntryKey(product: product, slug: entry.slug)
      if let code = entry.code, codes[EntryKey(product: product, slug: code)] == nil {
        codes[EntryKey(product: product, slug: code)] = own
      }
      if let name = entry.name, names[EntryKey(product: product, slug: name)] == nil {
        names[EntryKey(product: product, slug: name)] = own
      }
      for alias in entry.aliases {
        let key = EntryKey(product: product, slug: Slug.kebab(alias))
        if entries[key] == nil, aliases[key] == nil {
          aliases[key] = EntryKey(product: product, slug: entry.slug)
        }
      }
    }
  }

  /// Resolves `"product/slug"` or, inside `product`, `"slug"`: by slug, then alias, then the
  /// entry's code, then its name, so `"card_declined"` finds the entry at `card-declined`.
  package func entry(_ ref: EntryRef, from product: String) -> (product: Product, entry: Entry)? {
    let key = EntryKey(product: ref.product ?? product, slug: ref.slug)
    if let position = entries[key] { return site[position] }
    let found = aliases[key] ?? codes[key] ?? names[key]
    return found.flatMap { entries[$0] }.map { site[$0] }
  }

  func diagram(_ slug: String) -> (product: Product, diagram: Diagram)? {
    diagrams[slug].map { (site.products[$0.product], site.products[$0.product].diagrams[$0.diagram]) }
  }

  /// The entries that happen at each step of a diagram, by step id, in site order; computed
  /// once, since every entry page that shows the diagram needs it.
  func entries(atStepsOf diagram: String) -> [String: [(product: Product, entry: Entry)]] {
    (stepEntries[diagram] ?? [:]).mapValues { $0.map { site[$0] } }
  }

  /// Every entry slug of a product, for "did you mean" suggestions.
  func entrySlugs(in product: String) -> [String] {
    entries.keys.filter { $0.product == product }.map(\.slug).sorted()
  }

  /// The plain text of a flowchart node in `product`; an outcome without its own text shows its
  /// entry's name, or its title.
  func label(of node: FlowNode, in product: String) -> String {
    if !node.text.isEmpty { return CommonMark.plainText(node.text) }
    guard let ref = node.entry, let found = entry(ref, from: product) else { return node.id }
    return found.entry.shownName ?? found.entry.title
  }

  var diagramSlugs: [String] { diagrams.keys.sorted() }
}
