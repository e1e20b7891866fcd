import KBModel

extension SiteRenderer {
  /// Whether the drawing shades some steps (a sequence diagram's highlighted messages, the ones
  /// the user sees), so that its legend says what the shading means.
  static func hasBands(_ diagram: Diagram) -> Bool {
    guard case .sequence(let sequence) = diagram.body else { return false }
    return sequence.items.contains { if case .highlight = $0 { true } else { false } }
  }

  /// The entries tied to each step of a diagram, by step id, in site order.
  func entriesByStep(_ diagram: Diagram) -> [String: [(product: Product, entry: Entry)]] {
    lookup.entries(atStepsOf: diagram.slug)
  }

  /// Where each step of a drawing links: its one entry, an outcome's entry, or else the step
  /// in the diagram page's numbered list (which lists every entry of the step).
  func stepLinks(_ diagram: Diagram, product: Product, links: LinkBuilder) -> [String: String] {
    let tied = entriesByStep(diagram)
    var result: [String: String] = [:]
    for step in diagram.stepIDs {
      var target = SitePaths.step(step, inDiagram: diagram.slug)
      if case .flowchart(let flowchart) = diagram.body, let ref = flowchart.node(step)?.entry,
        let found = lookup.entry(ref, from: product.slug)
      {
        target = SitePaths.entry(found.entry, in: found.product)
      } else if let only = tied[step], only.count == 1, let first = only.first {
        target = SitePaths.entry(first.entry, in: first.product)
      }
      result[step] = links.link(target)
    }
    return result
  }

  /// The diagram drawn as inline SVG for a page; `currentStep` is highlighted.
  func diagramSVG(
    _ diagram: Diagram, product: Product, links: LinkBuilder, idPrefix: String,
    currentStep: String? = nil, currentPath: [FlowEdge] = []
  ) -> String {
    // Links depend only on how deep the page is, so every entry page tied to the same step gets
    // the same drawing: it is drawn once per step, not once per entry.
    let key = [
      diagram.slug, product.slug, idPrefix, currentStep ?? "", links.root, "\(links.explicitIndex)",
      currentPath.map { "\($0.from)>\($0.answer)>\($0.to)" }.joined(separator: ","),
    ].joined(separator: "|")
    return drawings.value(for: key) {
      drawDiagram(
        diagram, product: product, links: links, idPrefix: idPrefix, currentStep: currentStep,
        currentPath: currentPath)
    }
  }

  private func drawDiagram(
    _ diagram: Diagram, product: Product, links: LinkBuilder, idPrefix: String,
    currentStep: String?, currentPath: [FlowEdge]
  ) -> String {
    var targets = stepLinks(diagram, product: product, links: links)
    // The current step belongs to the page showing it, so it leads on to the whole diagram.
    if let currentStep {
      targets[currentStep] = links.link(
        SitePaths.step(currentStep, inDiagram: diagram.slug))
    }
    var options = DiagramSVG.Options(
      idPrefix: idPrefix, currentStep: currentStep, links: targets,
      stepsWithEntries: Set(entriesByStep(diagram).keys),
      nodeLabel: { nodeLabel($0, product: product) })
    options.currentPath = Set(currentPath)
    return DiagramSVG.html(diagram, options: options)
  }

  /// The guided page of a flowchart: one section per question, each answer a link onwards.
  func troubleshootPage(
    _ diagram: Diagram, flowchart: Flowchart, product: Product, path: String
  ) -> TroubleshootPage {
    let links = links(path)
    let questions = flowchart.nodes.filter { $0.kind == .question }
    // The first question comes last, so `:target ~ .is-start` can hide it when another is shown.
    let ordered =
      questions.filter { $0.id != flowchart.start } + questions.filter { $0.id == flowchart.start }
    // Questions are numbered among themselves, 1, 2, 3…, in the flowchart's order.
    let numbers = Self.questionNumbers(flowchart)
    return TroubleshootPage(
      diagram: PageLinkWithSummary(
        title: diagram.title,
        link: links.link(SitePaths.diagram(diagram.slug)),
        summary: prose(diagram.summary, product: product.slug, links: links)),
      product: productLink(product, links: links),
      startLink: "#" + SitePaths.stepAnchor(flowchart.start),
      questionCount: questions.count,
      // A question whose id changed is also shown under its old id, so its old link still opens
      // it with `:target`, without a script.
      questions: ordered.flatMap { node in
        let question = TroubleshootPage.Question(
          anchor: SitePaths.stepAnchor(node.id),
          permalink: SitePaths.stepAnchor(node.id),
          number: numbers[node.id] ?? 0,
          stepLink: links.link(SitePaths.step(node.id, inDiagram: diagram.slug)),
          isStart: node.id == flowchart.start,
          html: inline(node.text, product: product.slug, links: links),
          answers: Self.orderedAnswers(from: node.id, in: flowchart).map { edge in
            troubleshooterAnswer(edge, flowchart: flowchart, product: product, links: links)
          })
        // Before the question itself, so that `:target ~ .is-start` hides the first question.
        return diagram.oldIDs(of: node.id).map { old in
          var moved = question
          moved.anchor = SitePaths.stepAnchor(old)
          moved.isStart = false
          return moved
        } + [question]
      }
    )
  }

  private func troubleshooterAnswer(
    _ edge: FlowEdge, flowchart: Flowchart, product: Product, links: LinkBuilder
  ) -> TroubleshootPage.Answer {
    guard let next = flowchart.node(edge.to) else {
      return TroubleshootPage.Answer(answer: edge.answer, link: "#")
    }
    if next.kind == .outcome, let ref = next.entry,
      let found = lookup.entry(ref, from: product.slug)
    {
      return TroubleshootPage.Answer(
        answer: edge.answer,
        link: links.link(SitePaths.entry(found.entry, in: found.product)),
        outcome: entrySummary(found.entry, product: found.product, links: links))
    }
    return TroubleshootPage.Answer(
      answer: edge.answer, link: "#" + SitePaths.stepAnchor(next.id),
      nextStep: Self.questionNumbers(flowchart)[next.id])
  }

  /// Each question's number among the questions, in the flowchart's order.
  static func questionNumbers(_ flowchart: Flowchart) -> [String: Int] {
    let questions = flowchart.nodes.filter { $0.kind == .question }
    return Dictionary(
      questions.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
  }

  /// A question's answers with "Yes" always before "No", so buttons keep their place from one
  /// question to the next; other answers follow in the order they were written.
  static func orderedAnswers(from node: String, in flowchart: Flowchart) -> [FlowEdge] {
    let rank = { (edge: FlowEdge) -> Int in
      switch edge.answer.lowercased() {
      case "yes": 0
      case "no": 1
      default: 2
      }
    }
    let answers = flowchart.answers(from: node)
    return answers.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
      .map(\.element)
  }
}

extension SiteRenderer {
  /// Adds the troubleshooter page of a flowchart; other diagrams have none.
  func addTroubleshooter(_ diagram: Diagram, product: Product, to tree: inout OutputTree) throws {
    guard case .flowchart(let flowchart) = diagram.body else { return }
    let path = SitePaths.troubleshooter(diagram.slug)
    let model = troubleshootPage(diagram, flowchart: flowchart, product: product, path: path)
    try tree.add(path, html: page(.troubleshoot, path: path, title: "Troubleshoot: \(diagram.title)", model))
  }
}

extension SiteRenderer {
  /// The flowcharts that end at an entry, each with the answers that lead there and the
  /// flowchart drawn with that outcome highlighted.
  func troubleshooterOutcomes(_ entry: Entry, product: Product, links: LinkBuilder)
    -> [EntryPage.Outcome]
  {
    var result: [EntryPage.Outcome] = []
    for owner in site.products {
      for diagram in owner.diagrams {
        guard case .flowchart(let flowchart) = diagram.body,
          let outcome = flowchart.nodes.first(where: { node in
            guard node.kind == .outcome, let ref = node.entry,
              let found = lookup.entry(ref, from: owner.slug)
            else { return false }
            return found.product.slug == product.slug && found.entry.slug == entry.slug
          })
        else { continue }
        let answers = Self.answerPath(to: outcome.id, in: flowchart)
        let path = answers.map { edge in
          EntryPage.Outcome.Answer(
            question: flowchart.node(edge.from).map { CommonMark.plainText($0.text) } ?? edge.from,
            answer: edge.answer,
            link: links.link(SitePaths.step(edge.from, inTroubleshooter: diagram.slug)))
        }
        result.append(
          EntryPage.Outcome(
            slug: diagram.slug,
            title: "troubleshooter for the \(diagram.title)",
            link: links.link(SitePaths.troubleshooter(diagram.slug)),
            path: path,
            svg: diagramSVG(
              diagram, product: owner, links: links, idPrefix: "outcome-\(diagram.slug)",
              currentStep: outcome.id, currentPath: answers)))
      }
    }
    return result
  }

  /// The fewest answers from the first question to a node, in order.
  static func answerPath(to target: String, in flowchart: Flowchart) -> [FlowEdge] {
    var arrivedBy: [String: FlowEdge] = [:]
    var queue = [flowchart.start]
    var seen: Set<String> = [flowchart.start]
    while !queue.isEmpty, arrivedBy[target] == nil {
      let node = queue.removeFirst()
      for edge in flowchart.answers(from: node) where seen.insert(edge.to).inserted {
        arrivedBy[edge.to] = edge
        queue.append(edge.to)
      }
    }
    var path: [FlowEdge] = []
    var node = target
    while let edge = arrivedBy[node], path.count < flowchart.nodes.count {
      path.insert(edge, at: 0)
      node = edge.from
    }
    return path
  }
}
