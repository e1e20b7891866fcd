import Foundation
import KBModel

/// What search knows of each page, as plain text: entries, topics, products, diagrams and their steps.
extension SearchIndex {
  /// What search knows of an entry, as plain text.
  static func document(_ entry: Entry, topic: Topic, in product: Product) -> SearchDocument {
    let messages = entry.symptoms.filter { $0.kind != .observation }.map {
      CommonMark.plainText($0.text)
    }
    let observations = entry.symptoms.filter { $0.kind == .observation }.map {
      CommonMark.plainText($0.text)
    }
    let steps = entry.resolution + entry.variants.flatMap(\.steps)
    var body = steps.map { CommonMark.plainText($0.text) }
    body += entry.variants.map(\.platform)
    body += (entry.samples + steps.compactMap(\.sample)).map {
      [$0.title ?? "", $0.code].joined(separator: " ")
    }
    body += [entry.escalation.map(CommonMark.plainText) ?? ""]
    let snippetSource =
      entry.symptoms.map(\.plainText).first {
        $0 != entry.name && $0 != entry.title
      }
      ?? entry.causes.first.map(CommonMark.plainText) ?? ""
    return SearchDocument(
      code: entry.code,
      name: entry.shownName,
      title: entry.title,
      product: product.title,
      url: SitePaths.entry(entry, in: product),
      httpStatus: entry.httpStatus,
      messages: messages,
      observations: observations,
      searchTerms: entry.searchTerms,
      // A flowchart outcome's number is never shown, but writers and support may still type it.
      aliases: entry.aliases + (entry.shownName == nil ? [entry.name].compactMap { $0 } : []),
      keywords: [entry.slug, topic.title],
      causes: entry.causes.map(CommonMark.plainText),
      body: body.filter { !$0.isEmpty },
      snippet: snippet(snippetSource)
    )
  }

  /// The pages of a product other than its entries: the product, its topics, its guide pages
  /// and their sections, its diagrams and their steps, its troubleshooters and their questions.
  ///
  /// A page that gathers entries is also found by the problems they describe, as keywords: a
  /// topic by its entries' titles, a troubleshooter by the titles and symptoms of the entries
  /// its answers lead to, and a product by its slug and old slugs. Such a page then shows among
  /// the entries a query finds, never above the best of its own (`members`, by their numbers in
  /// `entryNumbers`, keyed `product/slug`; `search.js`).
  static func pageDocuments(
    _ product: Product, lookup: Lookup? = nil, entryNumbers: [String: Int] = [:]
  ) -> [SearchDocument] {
    func numbers(_ entries: [(product: Product, entry: Entry)]) -> [Int] {
      entries.compactMap { entryNumbers["\($0.product.slug)/\($0.entry.slug)"] }
    }
    func page(
      _ kind: SearchDocument.Kind, _ title: String, _ url: String, _ text: String, keywords: [String] = []
    ) -> SearchDocument {
      let plain = CommonMark.plainText(text)
      return SearchDocument(
        kind: kind, code: nil, name: nil, title: title, product: product.title, url: url,
        keywords: keywords, body: plain.isEmpty ? [] : [plain], snippet: snippet(plain))
    }
    var pages = [
      page(
        .product, product.title, SitePaths.product(product.slug), product.summary,
        keywords: [product.slug] + product.aliases)
    ]
    pages += product.topics.map { topic in
      var topicPage = page(.topic, topic.title, SitePaths.topic(topic.slug, in: product.slug), topic.intro)
      topicPage.members = numbers(topic.entries.map { (product, $0) })
      return topicPage
    }
    for guide in product.guides where guide.isPage {
      pages.append(page(.guide, guide.title, SitePaths.guide(guide.slug, in: product.slug), guide.body ?? ""))
      pages += guide.linkableSections.map { section in
        page(
          .guideSection, section.title,
          SitePaths.guideSection(section.anchor, guide: guide.slug, in: product.slug), guide.title)
      }
    }
    for diagram in product.diagrams {
      let drawing = SitePaths.diagram(diagram.slug)
      pages.append(page(.diagram, diagram.title, drawing, diagram.summary))
      switch diagram.body {
      case .sequence(let sequence):
        pages += sequence.messages.map { message in
          page(
            .step, CommonMark.plainText(message.text),
            SitePaths.step(message.id, inDiagram: diagram.slug), diagram.title)
        }
      case .flowchart(let flowchart):
        let guide = SitePaths.troubleshooter(diagram.slug)
        let outcomes = flowchart.nodes.compactMap { node in
          node.entry.flatMap { lookup?.entry($0, from: product.slug) }
        }
        let problems = outcomes.flatMap { [$0.entry.title] + $0.entry.symptoms.map(\.plainText) }
        var troubleshooter = page(
          .troubleshooter, "Troubleshoot: \(diagram.title)", guide, diagram.summary, keywords: problems)
        troubleshooter.members = numbers(outcomes)
        pages.append(troubleshooter)
        pages += flowchart.nodes.filter { $0.kind == .question }.map { node in
          page(
            .question, CommonMark.plainText(node.text),
            SitePaths.step(node.id, inTroubleshooter: diagram.slug), diagram.title)
        }
      }
    }
    return pages
  }

  /// Shortens a text to about 160 characters at a word boundary.
  static func snippet(_ text: String, limit: Int = 160) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > limit else { return flat }
    let cut = flat.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]) + "…"
  }
}
