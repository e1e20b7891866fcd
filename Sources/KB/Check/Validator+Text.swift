import KBModel

/// One string a writer typed, with what it is and where.
struct WriterText {
  /// What the string is, as messages name it: `title`, `cause`, `code sample`.
  var field: String
  var text: String
  /// Prose and code samples run over lines: there, line feeds and tabs are text.
  var isMultiline: Bool
  var location: SourceLocation
}

extension Validator {
  /// No writer string holds a character that a terminal acts on (escape sequences that retitle
  /// the window, clear the screen or write the clipboard; bells; carriage returns; C1 controls)
  /// or that reorders text; prose and code samples may hold line feeds and tabs.
  mutating func checkCharacters(_ texts: [WriterText]) {
    for text in texts {
      let bad = text.text.unicodeScalars.filter { Self.isRefused($0, multiline: text.isMultiline) }
      guard let first = bad.first else { continue }
      let names = Array(Set(bad.map(Self.name))).sorted().joined(separator: ", ")
      let plural = Set(bad).count > 1 ? "characters" : "character"
      error(
        text.location,
        "\(text.field) holds the control \(plural) \(names) in '\(Self.context(of: first, in: text.text))'; "
          + "remove \(Set(bad).count > 1 ? "them" : "it"): kb explain and kb check print writer text to "
          + "terminals, which would act on \(Set(bad).count > 1 ? "them" : "it")")
    }
  }

  static func isRefused(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
    if multiline, scalar == "\n" || scalar == "\t" { return false }
    return VisibleText.isControl(scalar) || VisibleText.isBidiControl(scalar)
      || VisibleText.isLineSeparator(scalar)
  }

  private static func name(_ scalar: Unicode.Scalar) -> String {
    VisibleText.escaped(String(scalar))
  }

  /// Up to 20 characters either side of the first refused one, so the writer can find it.
  private static func context(of scalar: Unicode.Scalar, in text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard let at = scalars.firstIndex(of: scalar) else { return text }
    let start = max(0, at - 20)
    let end = min(scalars.count, at + 21)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return (start > 0 ? "…" : "") + String(view) + (end < scalars.count ? "…" : "")
  }

  /// Every string of the site itself, outside its products.
  static func siteTexts(_ site: Site) -> [WriterText] {
    let at = site.location
    var texts = [
      WriterText(field: "site title", text: site.title, isMultiline: false, location: at),
      WriterText(field: "site tagline", text: site.tagline, isMultiline: false, location: at),
    ]
    texts += site.searchExamples.map {
      WriterText(field: "search example", text: $0, isMultiline: false, location: at)
    }
    for role in site.roles {
      texts.append(WriterText(field: "role", text: role.id, isMultiline: false, location: at))
      if let label = role.label {
        texts.append(WriterText(field: "role label", text: label, isMultiline: false, location: at))
      }
    }
    for group in site.synonyms {
      texts += group.terms.map {
        WriterText(field: "synonym", text: $0, isMultiline: false, location: group.location)
      }
      if let product = group.product {
        texts.append(
          WriterText(field: "synonyms' product", text: product, isMultiline: false, location: group.location))
      }
    }
    return texts
  }

  /// Every string of a product outside its topics and diagrams: its own, its support's and its guides'.
  static func productTexts(_ product: Product) -> [WriterText] {
    var texts: [WriterText] = []
    func line(_ field: String, _ text: String?, _ at: SourceLocation) {
      if let text { texts.append(WriterText(field: field, text: text, isMultiline: false, location: at)) }
    }
    func prose(_ field: String, _ text: String?, _ at: SourceLocation) {
      if let text { texts.append(WriterText(field: field, text: text, isMultiline: true, location: at)) }
    }
    let at = product.location
    line("product slug", product.slug, at)
    line("product title", product.title, at)
    prose("product summary", product.summary, at)
    line("lastUpdated", product.lastUpdated, at)
    let support = product.support
    line("support ticket URL", support.ticketURL, support.location)
    line("support phone", support.phone, support.location)
    line("support hours", support.hours, support.location)
    for tier in support.slaTiers {
      line("SLA tier name", tier.name, support.location)
      line("SLA response time", tier.responseTime, support.location)
    }
    for item in support.include { line("support checklist item", item, support.location) }
    prose("support notes", support.notes, support.location)
    for guide in product.guides {
      line("guide slug", guide.slug, guide.location)
      line("guide title", guide.title, guide.location)
      line("guide URL", guide.url, guide.location)
      prose("guide body", guide.body, guide.location)
      for section in guide.sections {
        line("guide section", section.id, guide.location)
        line("guide section title", section.title, guide.location)
        line("guide section anchor", section.anchor, guide.location)
      }
    }
    return texts
  }

  static func topicTexts(_ topic: Topic) -> [WriterText] {
    [
      WriterText(field: "topic slug", text: topic.slug, isMultiline: false, location: topic.location),
      WriterText(field: "topic title", text: topic.title, isMultiline: false, location: topic.location),
      WriterText(field: "topic intro", text: topic.intro, isMultiline: true, location: topic.location),
    ]
  }

  static func entryTexts(_ entry: Entry) -> [WriterText] {
    var texts: [WriterText] = []
    let at = entry.location
    func line(_ field: String, _ text: String?) {
      if let text { texts.append(WriterText(field: field, text: text, isMultiline: false, location: at)) }
    }
    func prose(_ field: String, _ text: String?) {
      if let text { texts.append(WriterText(field: field, text: text, isMultiline: true, location: at)) }
    }
    func reference(_ field: String, _ ref: EntryRef?) {
      line(field, ref?.product)
      line(field, ref?.slug)
    }
    func steps(_ field: String, _ steps: [Step]) {
      for step in steps {
        prose(field, step.text)
        if let sample = step.sample { samples([sample]) }
      }
    }
    func samples(_ samples: [CodeSample]) {
      for sample in samples.flatMap({ [$0] + $0.alternatives }) {
        line("code sample language", sample.language)
        line("code sample title", sample.title)
        prose("code sample", sample.code)
      }
    }
    switch entry.identity {
    case .code(let code, let name, _):
      line("code", code)
      line("symbolic name", name)
    case .apiError(let message, _): line("error message", message)
    case .screenMessage(let message): line("screen message", message)
    case .problem, .scenario: break
    }
    line("entry slug", entry.slug)
    line("title", entry.title)
    for symptom in entry.symptoms {
      if symptom.kind == .observation {
        prose("symptom", symptom.text)
      } else {
        line("symptom", symptom.text)
      }
    }
    for cause in entry.causes { prose("cause", cause) }
    steps("resolution step", entry.resolution)
    for variant in entry.variants {
      line("platform name", variant.platform)
      steps("\(VisibleText.escaped(variant.platform)) step", variant.steps)
    }
    samples(entry.samples)
    prose("escalation", entry.escalation)
    for note in entry.sourceNotes {
      line("source note's 'says'", note.says)
      prose("source note", note.note)
    }
    for ref in entry.related { reference("related entry", ref) }
    line("flow step", entry.happensAt?.diagram)
    line("flow step", entry.happensAt?.step)
    for alias in entry.aliases { line("alias", alias) }
    for role in entry.actors { line("role", role.id) }
    for term in entry.searchTerms { line("search term", term) }
    prose("deprecation note", entry.deprecation?.note)
    reference("replacement", entry.deprecation?.replacement)
    line("lastReviewed", entry.lastReviewed)
    return texts
  }

  static func diagramTexts(_ diagram: Diagram) -> [WriterText] {
    var texts: [WriterText] = []
    func line(_ field: String, _ text: String?) {
      if let text {
        texts.append(WriterText(field: field, text: text, isMultiline: false, location: diagram.location))
      }
    }
    line("diagram slug", diagram.slug)
    line("diagram title", diagram.title)
    texts.append(
      WriterText(
        field: "diagram summary", text: diagram.summary, isMultiline: true, location: diagram.location))
    for alias in diagram.aliases { line("diagram alias", alias) }
    for (old, new) in diagram.movedSteps.sorted(by: { $0.key < $1.key }) {
      line("moved step id", old)
      line("moved step id", new)
    }
    switch diagram.body {
    case .sequence(let sequence):
      for participant in sequence.participants {
        line("participant id", participant.id)
        line("participant name", participant.name)
      }
      func walk(_ items: [SequenceItem]) {
        for item in items {
          switch item {
          case .message(let message):
            line("step id", message.id)
            line("message participant", message.from)
            line("message participant", message.to)
            line("message text", message.text)
          case .note(let over, let text):
            for id in over { line("note participant", id) }
            line("note", text)
          case .end(let id): line("lifeline end", id)
          case .highlight(let inner): walk(inner)
          }
        }
      }
      walk(sequence.items)
    case .flowchart(let flowchart):
      line("flowchart start", flowchart.start)
      for node in flowchart.nodes {
        line("node id", node.id)
        texts.append(
          WriterText(
            field: node.kind == .question ? "question" : "outcome", text: node.text, isMultiline: true,
            location: diagram.location))
        line("outcome entry", node.entry?.product)
        line("outcome entry", node.entry?.slug)
      }
      for edge in flowchart.edges {
        line("answer", edge.from)
        line("answer label", edge.answer)
        line("answer", edge.to)
      }
    }
    return texts
  }
}
