import KBModel

/// A published link by kind, read from its shape: each kind is kept in its own way when the
/// content changes, so a lost link's error names the remedy for its kind.
enum LostLink: Equatable {
  case productPage(product: String)
  case topicAnchor(product: String, topic: String)
  case overviewAnchor(product: String, entry: String)
  case entryPage(product: String, entry: String)
  case shortLink(key: String)
  case diagramPage(diagram: String, troubleshooter: Bool)
  case diagramStep(diagram: String, troubleshooter: Bool, step: String)
  case guidePage(product: String, guide: String)
  case other

  init(_ link: String) {
    let hash = link.firstIndex(of: "#")
    let path = hash.map { link[..<$0] } ?? Substring(link)
    let fragment = hash.map { String(link[link.index(after: $0)...]) }
    let parts = path.split(separator: "/").map(String.init)
    guard path.hasSuffix("/"), !parts.isEmpty else {
      self = .other
      return
    }
    let stepPrefix = SitePaths.stepAnchor("")
    let topicPrefix = SitePaths.topicAnchor("")
    switch (parts.count, fragment) {
    case (2, nil) where path == SitePaths.shortLink(parts[1]) && parts[0] + "/" == "e/":
      self = .shortLink(key: parts[1])
    case (2, _) where parts[0] + "/" == SitePaths.diagrams || parts[0] + "/" == SitePaths.troubleshooters:
      let troubleshooter = parts[0] + "/" == SitePaths.troubleshooters
      if let fragment, fragment.hasPrefix(stepPrefix) {
        self = .diagramStep(
          diagram: parts[1], troubleshooter: troubleshooter,
          step: String(fragment.dropFirst(stepPrefix.count)))
      } else {
        self = fragment == nil ? .diagramPage(diagram: parts[1], troubleshooter: troubleshooter) : .other
      }
    case (1, nil): self = .productPage(product: parts[0])
    case (1, let fragment?) where fragment.hasPrefix(topicPrefix):
      self = .topicAnchor(product: parts[0], topic: String(fragment.dropFirst(topicPrefix.count)))
    case (1, let fragment?): self = .overviewAnchor(product: parts[0], entry: fragment)
    case (2, nil): self = .entryPage(product: parts[0], entry: parts[1])
    case (3, nil) where path == SitePaths.guide(parts[2], in: parts[0]):
      self = .guidePage(product: parts[0], guide: parts[2])
    default: self = .other
    }
  }

  /// How to keep the link, and what probably replaced it: the one new link of the same kind,
  /// in the same product or diagram, whose name is close (nothing when none or several are).
  func remedy(reachable: Set<String>, newLinks: [LostLink]) -> String {
    let productGone = product.map { !reachable.contains(SitePaths.product($0)) } ?? false
    if productGone, let product, self != .productPage(product: product) {
      return "product '\(product)' is gone: add '\(product)' to the aliases: of the product that replaces it"
        + " (its pages and anchors then keep working under the old slug)"
    }
    switch self {
    case .productPage(let product):
      // Products are few: the one product that is new is a plausible successor, however renamed.
      let products = newLinks.compactMap { if case .productPage(let p) = $0 { p } else { nil } }
      let renamed = products.count == 1 ? products.first : Self.closest(product, products)
      return "add '\(product)' to the aliases: of the product that replaces it"
        + (renamed.map { " (did '\(product)' become '\($0)'?)" } ?? "")
    case .topicAnchor(let product, let topic):
      return "topic anchors have no aliases: keep a topic with the slug '\(topic)' in '\(product)'"
    case .overviewAnchor(let product, let entry), .entryPage(let product, let entry):
      let renamed = Self.closest(
        entry, newLinks.compactMap { if case .entryPage(product, let e) = $0 { e } else { nil } })
      return
        "add '\(entry)' to the aliases: of the entry in '\(product)' that replaces it"
        + (renamed.map { " (did it become '\($0)'?)" } ?? "")
        + ", or mark the entry deprecated instead of deleting it"
    case .shortLink(let key):
      let renamed = Self.closest(
        key, newLinks.compactMap { if case .shortLink(let k) = $0 { k } else { nil } })
      return
        "keep an entry with the code or slug '\(key)', or add '\(key)' to the aliases: of the entry that replaces it"
        + (renamed.map { " (did it become '\($0)'?)" } ?? "")
    case .diagramPage(let diagram, _):
      return diagramRemedy(diagram, newLinks)
    case .diagramStep(let diagram, let troubleshooter, let step):
      guard reachable.contains(SitePaths.diagram(diagram)) else { return diagramRemedy(diagram, newLinks) }
      let renamed = Self.closest(
        step,
        newLinks.compactMap {
          if case .diagramStep(diagram, troubleshooter, let s) = $0 { s } else { nil }
        })
      return "map '\(step)' to the step that replaces it in the movedSteps: of diagram '\(diagram)'"
        + (renamed.map { " (did it become '\($0)'?)" } ?? "")
    case .guidePage(let product, let guide):
      let renamed = Self.closest(
        guide, newLinks.compactMap { if case .guidePage(product, let g) = $0 { g } else { nil } })
      return "keep a guide with a body and the slug '\(guide)' in '\(product)'; guide pages have no aliases"
        + (renamed.map { " (did it become '\($0)'? rename it back)" } ?? "")
    case .other:
      return "restore what published it"
    }
  }

  private func diagramRemedy(_ diagram: String, _ newLinks: [LostLink]) -> String {
    let renamed = Self.closest(
      diagram, newLinks.compactMap { if case .diagramPage(let d, false) = $0 { d } else { nil } })
    return "add '\(diagram)' to the aliases: of the diagram that replaces it"
      + (renamed.map { " (did '\(diagram)' become '\($0)'?)" } ?? "")
  }

  /// The product a link lives under, for the kinds that have one.
  private var product: String? {
    switch self {
    case .productPage(let product), .topicAnchor(let product, _), .overviewAnchor(let product, _),
      .entryPage(let product, _), .guidePage(let product, _):
      product
    default: nil
    }
  }

  /// The one candidate closest to `name` within a few edits, or nil when none is or several are.
  static func closest(_ name: String, _ candidates: [String]) -> String? {
    let scored = Set(candidates).map { ($0, Suggestion.distance(name, $0)) }.filter {
      $0.1 <= max(2, name.count / 3)
    }
    guard let best = scored.map(\.1).min() else { return nil }
    let tied = scored.filter { $0.1 == best }
    return tied.count == 1 ? tied[0].0 : nil
  }
}
