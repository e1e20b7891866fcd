import KBModel

extension SiteRenderer {
  func homeContext() -> [String: Any] {
    let links = links(SitePaths.home)
    return [
      "productCards": site.products.map { product in
        [
          "title": product.title,
          "link": links.link(SitePaths.product(product.slug)),
          "summary": prose(product.summary, product: product.slug, links: links),
          "entryCount": product.entries.count,
          "lastUpdated": product.lastUpdated as Any,
          "support": supportContext(product, links: links),
        ] as [String: Any]
      },
      "entryCount": site.products.reduce(0) { $0 + $1.entries.count },
    ]
  }

  func productContext(_ product: Product, path: String) -> [String: Any] {
    let links = links(path)
    return [
      "product": [
        "title": product.title,
        "summary": prose(product.summary, product: product.slug, links: links),
        "lastUpdated": product.lastUpdated,
      ],
      "topics": product.topics.map { topic in
        [
          "anchor": "topic-\(topic.slug)",
          "title": topic.title,
          "intro": prose(topic.intro, product: product.slug, links: links),
          "entries": topic.entries.map { entrySummary($0, product: product, links: links) },
        ] as [String: Any]
      },
      "diagrams": product.diagrams.map { diagram in
        var context = [
          "title": diagram.title,
          "link": links.link(SitePaths.diagram(diagram.slug)),
          "summary": prose(diagram.summary, product: product.slug, links: links),
        ]
        if case .flowchart = diagram.body {
          context["troubleshooterLink"] = links.link(SitePaths.troubleshooter(diagram.slug))
        }
        return context
      },
      "hasDiagrams": !product.diagrams.isEmpty,
      "support": supportContext(product, links: links),
    ]
  }

  func codesContext() -> [String: Any] {
    ["rows": allCodesRows(links: links(SitePaths.codes))]
  }

  /// Every entry of the site: numeric codes in numeric order first, then the rest by name.
  func allCodesRows(links: LinkBuilder) -> [[String: Any]] {
    let all = site.products.flatMap { product in product.entries.map { (product, $0) } }
    let sorted = all.sorted { lhs, rhs in
      Self.sortKey(lhs.1, product: lhs.0) < Self.sortKey(rhs.1, product: rhs.0)
    }
    return sorted.map { product, entry in entrySummary(entry, product: product, links: links) }
  }

  static func sortKey(_ entry: Entry, product: Product) -> SortKey {
    if let code = entry.code, let number = Int(code) {
      return SortKey(group: 0, number: number, text: product.slug)
    }
    let text = (entry.code ?? entry.name ?? entry.title).lowercased()
    return SortKey(group: entry.code == nil ? 2 : 1, number: 0, text: text + " " + product.slug)
  }

  struct SortKey: Comparable {
    var group: Int
    var number: Int
    var text: String

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      (lhs.group, lhs.number, lhs.text) < (rhs.group, rhs.number, rhs.text)
    }
  }

  func searchContext() -> [String: Any] {
    ["rows": allCodesRows(links: links(SitePaths.search))]
  }

  func diagramContext(_ diagram: Diagram, product: Product, path: String) -> [String: Any] {
    let links = links(path)
    let tied = product.entries.filter { $0.happensAt?.diagram == diagram.slug }
    let outcomeEntries: (FlowNode) -> [[String: Any]] = { node in
      guard let ref = node.entry, let found = lookup.entry(ref, from: product.slug) else { return [] }
      return [entrySummary(found.entry, product: found.product, links: links)]
    }
    var steps: [[String: Any]] = []
    switch diagram.body {
    case .sequence(let sequence):
      let names = Dictionary(
        sequence.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
      steps = sequence.messages.map { message in
        let entries = tied.filter { $0.happensAt?.step == message.id }.map {
          entrySummary($0, product: product, links: links)
        }
        return [
          "anchor": SitePaths.stepAnchor(message.id),
          "oldAnchors": diagram.oldIDs(of: message.id).map(SitePaths.stepAnchor),
          "from": names[message.from] ?? message.from,
          "to": names[message.to] ?? message.to,
          "text": message.text,
          "entries": entries,
          "hasEntries": !entries.isEmpty,
        ] as [String: Any]
      }
    case .flowchart(let flowchart):
      steps = flowchart.nodes.map { node in
        let answers = flowchart.answers(from: node.id).map { edge in
          [
            "answer": edge.answer,
            "link": "#" + SitePaths.stepAnchor(edge.to),
            "target": nodeLabel(flowchart.node(edge.to) ?? node, product: product),
          ]
        }
        let entries = outcomeEntries(node)
        return [
          "anchor": SitePaths.stepAnchor(node.id),
          "oldAnchors": diagram.oldIDs(of: node.id).map(SitePaths.stepAnchor),
          "text": node.kind == .question
            ? inline(node.text, product: product.slug, links: links) : "<strong>Outcome:</strong>",
          "answers": answers,
          "hasAnswers": !answers.isEmpty,
          "entries": entries,
          "hasEntries": !entries.isEmpty,
        ] as [String: Any]
      }
    }
    var drawing: [String: Any] = [
      "svg": diagramSVG(diagram, product: product, links: links, idPrefix: "diagram-\(diagram.slug)"),
      "marksEntries": !entriesByStep(diagram).isEmpty,
    ]
    if case .flowchart = diagram.body {
      drawing["troubleshooterLink"] = links.link(SitePaths.troubleshooter(diagram.slug))
    }
    return [
      "drawing": drawing,
      "diagram": [
        "title": diagram.title,
        "kind": diagram.kind,
        "summary": prose(diagram.summary, product: product.slug, links: links),
        "mermaid": mermaid(diagram, product: product),
        "mermaidLink": links.link(SitePaths.mermaid(diagram.slug)),
        "mermaidFile": "\(diagram.slug).mmd",
      ],
      "product": ["title": product.title, "link": links.link(SitePaths.product(product.slug))],
      "steps": steps,
    ]
  }
}
