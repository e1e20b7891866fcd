import KBModel

extension SiteRenderer {
  func homePage() -> HomePage {
    let links = links(SitePaths.home)
    return HomePage(
      productCards: site.products.map { product in
        HomePage.ProductCard(
          title: product.title,
          link: links.link(SitePaths.product(product.slug)),
          summary: prose(product.summary, product: product.slug, links: links),
          entryCount: product.entries.count,
          lastUpdated: product.lastUpdated,
          guides: guideLinks(product, links: links),
          support: supportBlock(product, links: links))
      },
      entryCount: site.products.reduce(0) { $0 + $1.entries.count },
      searchExamples: searchExamples
    )
  }

  /// The codes and messages offered as examples of what to type, in a sentence joined by "or".
  var searchExamples: [HomePage.SearchExample] {
    let examples = site.searchExamples
    return examples.enumerated().map { index, text in
      HomePage.SearchExample(
        text: text, isMessage: text.contains(" "),
        separator: ListSentence.separator(at: index, count: examples.count).replacingOccurrences(
          of: " and ", with: " or "))
    }
  }

  /// The search page around the all-codes table (`codes`, made for a page at the same depth).
  func searchPage(_ path: String, codes: CodesPage) -> SearchPage {
    let links = links(path)
    return SearchPage(
      codes: codes,
      troubleshooters: allFlowcharts.map { product, diagram in
        SearchPage.Troubleshooter(
          title: diagram.title, link: links.link(SitePaths.troubleshooter(diagram.slug)),
          product: product.title)
      },
      contacts: site.products.map { product in
        SearchPage.Contact(product: product.title, support: supportBlock(product, links: links))
      },
      searchExamples: searchExamples)
  }

  func productPage(_ product: Product, path: String) -> ProductPage {
    let links = links(path)
    return ProductPage(
      product: ProductPage.Overview(
        title: product.title,
        summary: prose(product.summary, product: product.slug, links: links),
        lastUpdated: product.lastUpdated),
      topics: product.topics.map { topic in
        ProductPage.TopicSection(
          anchor: SitePaths.topicAnchor(topic.slug),
          title: topic.title,
          intro: prose(topic.intro, product: product.slug, links: links),
          entries: topic.entries.map { entrySummary($0, product: product, links: links) })
      },
      diagrams: product.diagrams.map { diagram in
        let troubleshooter = troubleshooterLink(diagram, links: links)
        return ProductPage.DiagramCard(
          title: diagram.title,
          link: links.link(SitePaths.diagram(diagram.slug)),
          summary: prose(diagram.summary, product: product.slug, links: links),
          troubleshooterLink: troubleshooter)
      },
      guides: guideLinks(product, links: links),
      support: supportBlock(product, links: links)
    )
  }

  /// The all-codes table, on the codes page and as the search page's list without JavaScript.
  func codesPage(_ path: String) -> CodesPage {
    let links = links(path)
    // Each entry's summary is made once and shared by the full list and its product's group.
    var summaries: [[EntrySummary]] = []
    var keyed: [(key: SortKey, product: Int, entry: Int)] = []
    for (p, product) in site.products.enumerated() {
      let entries = product.entries
      summaries.append(entries.map { entrySummary($0, product: product, links: links) })
      keyed += entries.indices.map { (Self.sortKey(entries[$0], product: product), p, $0) }
    }
    // Sorting keys made once, rather than in every comparison; the sort is stable, as before.
    let sorted = keyed.enumerated().sorted { lhs, rhs in
      lhs.element.key != rhs.element.key ? lhs.element.key < rhs.element.key : lhs.offset < rhs.offset
    }.map(\.element)
    var groups: [[EntrySummary]] = Array(repeating: [], count: site.products.count)
    for item in sorted { groups[item.product].append(summaries[item.product][item.entry]) }
    return CodesPage(
      rows: sorted.map { summaries[$0.product][$0.entry] },
      groups: site.products.enumerated().map { p, product in
        CodesPage.Group(title: product.title, anchor: "product-\(product.slug)", rows: groups[p])
      })
  }

  /// `/diagrams/` lists every diagram; `/troubleshoot/` every flowchart's troubleshooter.
  func diagramIndexPage(_ path: String, troubleshootersOnly: Bool) -> DiagramIndexPage {
    let links = links(path)
    let listed = troubleshootersOnly ? allFlowcharts : allDiagrams
    return DiagramIndexPage(
      groups: site.products.compactMap { product in
        let items = listed.filter { $0.product.slug == product.slug }.map { _, diagram in
          let troubleshooter = troubleshooterLink(diagram, links: links)
          return DiagramIndexPage.Item(
            title: diagram.title,
            link: links.link(SitePaths.diagram(diagram.slug)),
            summary: prose(diagram.summary, product: product.slug, links: links),
            kind: troubleshooter == nil ? "Sequence diagram" : "Flowchart",
            troubleshooterLink: troubleshooter)
        }
        return items.isEmpty
          ? nil
          : DiagramIndexPage.Group(
            product: PageLink(
              title: product.title, link: links.link(SitePaths.product(product.slug)), slug: product.slug),
            items: items)
      })
  }

  /// Entries sort with numeric codes in numeric order first, then the rest by name.
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

  func diagramPage(_ diagram: Diagram, product: Product, path: String) -> DiagramPage {
    let links = links(path)
    let tied = product.entries.filter { $0.happensAt?.diagram == diagram.slug }
    var steps: [DiagramPage.Step] = []
    switch diagram.body {
    case .sequence(let sequence):
      let names = Dictionary(
        sequence.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
      steps = sequence.messages.map { message in
        DiagramPage.Step(
          anchor: SitePaths.stepAnchor(message.id),
          oldAnchors: diagram.oldIDs(of: message.id).map(SitePaths.stepAnchor),
          from: names[message.from] ?? message.from,
          to: names[message.to] ?? message.to,
          text: message.text,
          answers: [],
          entries: tied.filter { $0.happensAt?.step == message.id }.map {
            entrySummary($0, product: product, links: links)
          })
      }
    case .flowchart(let flowchart):
      steps = flowchart.nodes.map { node in
        var entries: [EntrySummary] = []
        if let ref = node.entry, let found = lookup.entry(ref, from: product.slug) {
          entries = [entrySummary(found.entry, product: found.product, links: links)]
        }
        return DiagramPage.Step(
          anchor: SitePaths.stepAnchor(node.id),
          oldAnchors: diagram.oldIDs(of: node.id).map(SitePaths.stepAnchor),
          text: node.kind == .question
            ? inline(node.text, product: product.slug, links: links) : "<strong>Outcome:</strong>",
          answers: Self.orderedAnswers(from: node.id, in: flowchart).map { edge in
            DiagramPage.Answer(
              answer: edge.answer,
              link: "#" + SitePaths.stepAnchor(edge.to),
              target: nodeLabel(flowchart.node(edge.to) ?? node, product: product))
          },
          entries: entries)
      }
    }
    let troubleshooter = troubleshooterLink(diagram, links: links)
    return DiagramPage(
      drawing: DiagramPage.Drawing(
        svg: diagramSVG(diagram, product: product, links: links, idPrefix: "diagram-\(diagram.slug)"),
        marksEntries: !entriesByStep(diagram).isEmpty,
        troubleshooterLink: troubleshooter,
        hasBands: Self.hasBands(diagram)),
      diagram: DiagramPage.Info(
        title: diagram.title,
        kind: diagram.kind,
        summary: prose(diagram.summary, product: product.slug, links: links),
        mermaid: mermaid(diagram, product: product),
        mermaidLink: links.link(SitePaths.mermaid(diagram.slug)),
        mermaidFile: "\(diagram.slug).mmd"),
      product: productLink(product, links: links),
      steps: steps
    )
  }

  func productLink(_ product: Product, links: LinkBuilder) -> PageLink {
    PageLink(title: product.title, link: links.link(SitePaths.product(product.slug)))
  }

  /// The guided troubleshooter of a flowchart; other diagrams have none.
  func troubleshooterLink(_ diagram: Diagram, links: LinkBuilder) -> String? {
    guard case .flowchart = diagram.body else { return nil }
    return links.link(SitePaths.troubleshooter(diagram.slug))
  }
}
