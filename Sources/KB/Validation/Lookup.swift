import KBModel

/// Finds entries and diagrams by the references writers use; shared by validation and rendering.
struct Lookup: Sendable {
  public struct EntryKey: Hashable, Sendable {
    public var product: String
    public var slug: String
  }

  public let site: Site
  private var entries: [EntryKey: EntryPosition] = [:]
  private var aliases: [EntryKey: EntryKey] = [:]
  private var diagrams: [String: (product: Int, diagram: Int)] = [:]
  private var stepEntries: [String: [String: [EntryPosition]]] = [:]

  public init(_ site: Site) {
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
      for alias in entry.aliases {
        let key = EntryKey(product: product, slug: Slug.kebab(alias))
        if entries[key] == nil, aliases[key] == nil {
          aliases[key] = EntryKey(product: product, slug: entry.slug)
        }
      }
    }
  }

  /// Resolves `"product/slug"` or, inside `product`, `"slug"`; aliases lead to their entry.
  public func entry(_ ref: EntryRef, from product: String) -> (product: Product, entry: Entry)? {
    let key = EntryKey(product: ref.product ?? product, slug: ref.slug)
    if let position = entries[key] { return site[position] }
    return aliases[key].flatMap { entries[$0] }.map { site[$0] }
  }

  public func diagram(_ slug: String) -> (product: Product, diagram: Diagram)? {
    diagrams[slug].map { (site.products[$0.product], site.products[$0.product].diagrams[$0.diagram]) }
  }

  /// The entries that happen at each step of a diagram, by step id, in site order; computed
  /// once, since every entry page that shows the diagram needs it.
  public func entries(atStepsOf diagram: String) -> [String: [(product: Product, entry: Entry)]] {
    (stepEntries[diagram] ?? [:]).mapValues { $0.map { site[$0] } }
  }

  /// Every entry slug of a product, for "did you mean" suggestions.
  public func entrySlugs(in product: String) -> [String] {
    entries.keys.filter { $0.product == product }.map(\.slug).sorted()
  }

  public var diagramSlugs: [String] { diagrams.keys.sorted() }
}

/// The link forms prose may use instead of site URLs.
enum ProseLink: Equatable, Sendable {
  /// `entry:product/slug` or `entry:slug`.
  case entry(EntryRef)
  /// `diagram:slug` or `diagram:slug#step`.
  case diagram(slug: String, step: String?)
  /// `guide:slug` or `guide:slug#section`: an outside guide declared in the product.
  case guide(slug: String, section: String?)

  public static let entryScheme = "entry:"
  public static let diagramScheme = "diagram:"
  public static let guideScheme = "guide:"

  public init?(_ url: String) {
    if url.hasPrefix(Self.entryScheme) {
      self = .entry(EntryRef(String(url.dropFirst(Self.entryScheme.count))))
    } else if url.hasPrefix(Self.diagramScheme) {
      let rest = url.dropFirst(Self.diagramScheme.count)
      let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      self = .diagram(slug: String(parts[0]), step: parts.count > 1 ? String(parts[1]) : nil)
    } else if url.hasPrefix(Self.guideScheme) {
      let rest = url.dropFirst(Self.guideScheme.count)
      let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      self = .guide(slug: String(parts[0]), section: parts.count > 1 ? String(parts[1]) : nil)
    } else {
      return nil
    }
  }
}
