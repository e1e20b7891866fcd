import KBModel

extension Validator {
  mutating func checkDiagram(_ diagram: Diagram, in product: Product) {
    let at = diagram.location
    checkCharacters(Self.diagramTexts(diagram))
    checkSlug(diagram.slug, "diagram slug", at: at)
    requireText(diagram.title, "diagram title", at: at)
    requireText(diagram.summary, "diagram summary", at: at)
    checkProse(diagram.summary, in: product, at: at)
    switch diagram.body {
    case .sequence(let sequence): checkSequence(sequence, at: at)
    case .flowchart(let flowchart): checkFlowchart(flowchart, in: product, at: at)
    }
    checkMoves(diagram)
  }

  /// Old slugs must be free, and every moved step must name a step the diagram has now.
  private mutating func checkMoves(_ diagram: Diagram) {
    let at = diagram.location
    let slugs = Set(site.products.flatMap { $0.diagrams.map(\.slug) })
    for alias in diagram.aliases {
      checkSlug(alias, "diagram alias", at: at)
      if slugs.contains(alias) { error(at, "diagram alias '\(alias)' is the slug of a diagram") }
    }
    let steps = diagram.stepIDs
    for (old, new) in diagram.movedSteps.sorted(by: { $0.key < $1.key }) {
      checkSlug(old, "moved step id", at: at)
      if steps.contains(old) {
        error(at, "moved step '\(old)' is still a step of diagram '\(diagram.slug)'")
      }
      if !steps.contains(new) {
        error(
          at,
          "moved step '\(old)' leads to '\(new)', which is not a step of diagram '\(diagram.slug)'\(Suggestion.didYouMean(new, among: steps))"
        )
      }
    }
  }

  private mutating func checkSequence(_ sequence: SequenceDiagram, at location: SourceLocation) {
    var ids: Set<String> = []
    var sidesSeen: [Participant.Side] = []
    for participant in sequence.participants {
      let at = participant.location
      checkSlug(participant.id, "participant id", at: at)
      requireText(participant.name, "participant name", at: at)
      if !ids.insert(participant.id).inserted {
        error(at, "participant '\(participant.id)' is declared twice")
      }
      if participant.side != .none, sidesSeen.last != participant.side, sidesSeen.contains(participant.side) {
        error(
          at,
          "participant '\(participant.id)' is \(participant.side.rawValue)-side but not next to the other \(participant.side.rawValue)-side participants"
        )
      }
      sidesSeen.append(participant.side)
    }
    if sequence.messages.isEmpty { error(location, "sequence diagram has no messages") }
    var stepIDs: Set<String> = []
    for message in sequence.messages {
      let at = message.location
      checkSlug(message.id, "step id", at: at)
      if !stepIDs.insert(message.id).inserted { error(at, "step id '\(message.id)' is used twice") }
      requireText(message.text, "message text", at: at)
      for end in [message.from, message.to] where !ids.contains(end) {
        error(
          at,
          "message '\(message.id)' uses unknown participant '\(end)'\(Suggestion.didYouMean(end, among: ids.sorted()))"
        )
      }
    }
    checkItems(sequence.items, participants: ids, at: location)
    checkLifelines(sequence.items, at: location)
  }

  /// A lifeline ends after its participant's last message, once, and nothing uses it afterwards.
  private mutating func checkLifelines(_ items: [SequenceItem], at location: SourceLocation) {
    var spoken: Set<String> = []
    var ended: Set<String> = []
    func flatten(_ items: [SequenceItem]) -> [SequenceItem] {
      items.flatMap { item -> [SequenceItem] in
        if case .highlight(let inner) = item { return flatten(inner) }
        return [item]
      }
    }
    for item in flatten(items) {
      switch item {
      case .message(let message):
        for id in [message.from, message.to]
        where ended.contains(id) && (id == message.from || message.from != message.to) {
          error(message.location, "message '\(message.id)' uses '\(id)' after its lifeline ended")
        }
        spoken.formUnion([message.from, message.to])
      case .note(let over, let text):
        for id in over where ended.contains(id) {
          error(location, "note '\(text)' is over '\(id)' after its lifeline ended")
        }
      case .end(let id):
        if ended.contains(id) {
          error(location, "lifeline of '\(id)' ends twice")
        } else if !spoken.contains(id) {
          error(location, "lifeline of '\(id)' ends before it takes part in any message")
        }
        ended.insert(id)
      case .highlight:
        break
      }
    }
  }

  private mutating func checkItems(
    _ items: [SequenceItem], participants: Set<String>, at location: SourceLocation
  ) {
    for item in items {
      switch item {
      case .note(let over, let text):
        requireText(text, "note", at: location)
        if over.isEmpty { error(location, "note '\(text)' is over no participant") }
        for id in over where !participants.contains(id) {
          error(location, "note '\(text)' is over unknown participant '\(id)'")
        }
      case .end(let id):
        if !participants.contains(id) { error(location, "end of unknown participant '\(id)'") }
      case .highlight(let inner):
        if inner.isEmpty { error(location, "highlighted block is empty") }
        checkItems(inner, participants: participants, at: location)
      case .message:
        break
      }
    }
  }

  private mutating func checkFlowchart(
    _ flowchart: Flowchart, in product: Product, at location: SourceLocation
  ) {
    var ids: Set<String> = []
    for node in flowchart.nodes {
      let at = node.location
      checkSlug(node.id, "node id", at: at)
      if !ids.insert(node.id).inserted { error(at, "node '\(node.id)' is declared twice") }
      switch node.kind {
      case .question:
        requireText(node.text, "question", at: at)
        checkProse(node.text, in: product, at: at)
        if flowchart.answers(from: node.id).isEmpty {
          error(at, "question '\(node.id)' has no answers")
        }
      case .outcome:
        checkProse(node.text, in: product, at: at)
        if let entry = node.entry {
          resolveEntry(entry, in: product, at: at, what: "outcome '\(node.id)'")
        } else {
          error(at, "outcome '\(node.id)' does not point at an entry")
        }
      }
    }
    if !ids.contains(flowchart.start) {
      error(location, "flowchart starts at unknown node '\(flowchart.start)'")
    }
    for edge in flowchart.edges {
      let at = edge.location
      requireText(edge.answer, "answer label", at: at)
      for end in [edge.from, edge.to] where !ids.contains(end) {
        error(
          at,
          "answer '\(edge.answer)' uses unknown node '\(end)'\(Suggestion.didYouMean(end, among: ids.sorted()))"
        )
      }
      if edge.from == edge.to {
        error(at, "answer '\(edge.answer)' of '\(edge.from)' leads back to the same question")
      }
      if let from = flowchart.node(edge.from), from.kind == .outcome {
        error(at, "outcome '\(edge.from)' cannot have answers")
      }
    }
    var reachable: Set<String> = [flowchart.start]
    var queue = [flowchart.start]
    while let next = queue.popLast() {
      for edge in flowchart.answers(from: next) where reachable.insert(edge.to).inserted {
        queue.append(edge.to)
      }
    }
    for node in flowchart.nodes where !reachable.contains(node.id) {
      error(node.location, "node '\(node.id)' cannot be reached from '\(flowchart.start)'")
    }
  }
}
