import KBModel
import KBTestSupport
import Testing

@testable import KB

/// No writer string reaches a terminal or a page with a character a terminal acts on.
@Suite("kb check refuses control characters in every writer string")
struct WriterTextTests {
  /// A site with every field filled, each with its own text.
  static func fullSite() -> Site {
    var entry = Entry(
      .code("42", name: "THE_ANSWER"), slug: "forty-two", title: "Title text",
      symptoms: [.message("Message text"), .sees("Observation text"), .status(409)],
      causes: ["Cause text"],
      resolution: [
        Step("Step text", sample: .inLanguages(.shell("step code"), .json("step json"), title: "Step sample"))
      ],
      variants: [PlatformVariant("Platform text", steps: ["Variant step"])],
      samples: [CodeSample("text", title: "Sample title", "Sample code")],
      escalation: "Escalation text", sourceNotes: [SourceNote(says: "Says text", "Note text")],
      related: ["other-product/related-slug"], happensAt: "flow-slug#step-id", aliases: ["Alias text"],
      searchTerms: ["Search term"],
      deprecation: Deprecation("Deprecation text", replacement: "repl-product/repl-slug"),
      lastReviewed: "2026-01-02")
    entry.retry = .later
    let support = Support(
      ticketURL: "https://ticket.example/", phone: "+1 555 0100", hours: "Hours text",
      slaTiers: [SLATier("Tier name", responseTime: "Tier time")], include: ["Include text"],
      notes: "Notes text")
    let guide = Guide(
      slug: "guide-slug", title: "Guide title", url: "https://guide.example/",
      sections: [GuideSection("section-id", title: "Section title", anchor: "section-anchor")])
    let sequence = Diagram(
      slug: "sequence-slug", title: "Sequence title", summary: "Sequence summary",
      sequence: SequenceDiagram(
        participants: [Participant("participant-id", "Participant name")],
        items: [
          .highlight([.message("message-id", from: "participant-from", to: "participant-to", "Message label")]
          ),
          .note(over: "note-over", text: "Note label"), .end("end-id"),
        ]),
      aliases: ["diagram-alias"], movedSteps: ["moved-old": "moved-new"])
    let flowchart = Diagram(
      slug: "flow-slug", title: "Flow title", summary: "Flow summary",
      flowchart: Flowchart(
        start: "start-id",
        nodes: [
          .question("question-id", "Question text"), .outcome("outcome-id", entry: "node-product/node-entry"),
        ],
        edges: [.answer("edge-from", "Answer text", to: "edge-to")]))
    let product = Product(
      slug: "product-slug", title: "Product title", summary: "Product summary", support: support,
      lastUpdated: "2026-01-03",
      topics: [Topic(slug: "topic-slug", title: "Topic title", intro: "Topic intro", entries: [entry])],
      diagrams: [sequence, flowchart], guides: [guide])
    return Site(
      title: "Site title", tagline: "Site tagline", products: [product], searchExamples: ["Example text"],
      synonyms: [Synonyms("Synonym one", "Synonym two", product: "synonym-product")])
  }

  /// Every string a value holds, found by reflection, so a field added later is found too.
  static func strings(in value: Any) -> [String] {
    if let string = value as? String { return [string] }
    if value is KBModel.SourceLocation { return [] }
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .dictionary {
      return mirror.children.flatMap { child in
        Mirror(reflecting: child.value).children.flatMap { strings(in: $0.value) }
      }
    }
    return mirror.children.flatMap { strings(in: $0.value) }
  }

  /// What the check reads, the same way the check gathers it.
  static func checkedStrings(_ site: Site) -> Set<String> {
    var texts = Validator.siteTexts(site)
    for product in site.products {
      texts += Validator.productTexts(product)
      for topic in product.topics {
        texts += Validator.topicTexts(topic)
        for entry in topic.entries { texts += Validator.entryTexts(entry) }
      }
      for diagram in product.diagrams { texts += Validator.diagramTexts(diagram) }
    }
    return Set(texts.map(\.text))
  }

  @Test("the check reads every string a site holds, as reflection finds them")
  func everyString() {
    let site = Self.fullSite()
    let all = Set(Self.strings(in: site))
    #expect(all.count > 80)
    let missed = all.subtracting(Self.checkedStrings(site)).sorted()
    #expect(missed.isEmpty, "strings the character check does not read: \(missed)")
  }

  static let controls: [String] = [
    "\u{1B}]0;owned\u{7}", "\u{1B}[2J", "\u{1B}]52;c;ZXZpbA==\u{7}", "\u{7}", "\u{0}", "\r", "\u{8}",
    "\u{7F}",
    "\u{9B}2J", "\u{85}", "\u{9D}0;x\u{9C}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{2028}",
    "\u{2029}",
    "\u{C}", "\u{B}", "\u{1F}",
  ]

  /// One field of each kind of place, written with a control character.
  static let fields: [(String, @Sendable (inout Site, String) -> Void)] = [
    ("site title", { $0.title += $1 }),
    ("search example", { $0.searchExamples = ["42" + $1] }),
    ("product title", { $0.products[0].title += $1 }),
    ("product summary", { $0.products[0].summary += $1 }),
    ("support hours", { $0.products[0].support.hours = "9–5" + $1 }),
    ("topic title", { $0.products[0].topics[0].title += $1 }),
    ("title", { $0.products[0].topics[0].entries[0].title += $1 }),
    ("code", { $0.products[0].topics[0].entries[0].identity = .code("42" + $1, name: "THE_ANSWER") }),
    ("symbolic name", { $0.products[0].topics[0].entries[0].identity = .code("42", name: "X" + $1) }),
    ("entry slug", { $0.products[0].topics[0].entries[0].slug = "forty" + $1 }),
    ("cause", { $0.products[0].topics[0].entries[0].causes = ["Broken" + $1] }),
    ("resolution step", { $0.products[0].topics[0].entries[0].resolution = [Step("Fix" + $1)] }),
    ("code sample", { $0.products[0].topics[0].entries[0].samples = [.shell("ls" + $1)] }),
    ("symptom", { $0.products[0].topics[0].entries[0].symptoms = [.message("Oops" + $1)] }),
    ("alias", { $0.products[0].topics[0].entries[0].aliases = ["old" + $1] }),
    ("diagram title", { $0.products[0].diagrams[0].title += $1 }),
    (
      "answer label",
      { site, bad in
        guard case .flowchart(var flowchart) = site.products[0].diagrams[1].body else { return }
        flowchart.edges[0].answer += bad
        site.products[0].diagrams[1].body = .flowchart(flowchart)
      }
    ),
  ]

  @Test("a control character is refused at the writer's line, in every field", arguments: controls)
  func refused(_ control: String) {
    for (field, write) in Self.fields {
      var site = Fixtures.site(entries: [Fixtures.entry()])
      write(&site, control)
      let errors = Validator.check(site).errors.filter {
        $0.message.hasPrefix("\(field) holds the control character")
      }
      #expect(errors.count == 1, "\(field) with \(VisibleText.escaped(control))")
      let file = errors.first?.location.file ?? ""
      #expect(
        file.hasPrefix("Sources/KBTestSupport/") || file.hasPrefix("Tests/KBTests/"), "\(field): \(file)")
      // The message shows the character as an escape, and holds no control character itself.
      #expect(errors.first?.description.unicodeScalars.contains { VisibleText.isControl($0) } == false)
      #expect(errors.first?.message.contains("\\u{") == true)
    }
  }

  @Test("prose and code samples may hold line feeds and tabs; titles may not")
  func lineBreaks() {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.products[0].topics[0].entries[0].causes = ["One line\nand another,\tindented."]
    site.products[0].topics[0].entries[0].samples = [.shell("if x; then\n\techo y\nfi")]
    #expect(Validator.check(site).errors.isEmpty)
    site.products[0].topics[0].entries[0].title = "Two\nlines"
    #expect(
      Validator.check(site).errors.contains { $0.message.hasPrefix("title holds the control character") })
  }

  @Test("every diagnostic escapes what it quotes, whichever rule wrote it")
  func diagnosticsEscape() {
    let diagnostic = Diagnostic(
      .error, KBModel.SourceLocation(file: "content/A.swift", line: 3), "slug 'a\u{1B}[2J\r\nb'")
    #expect(diagnostic.description == "content/A.swift:3: error: slug 'a\\u{1B}[2J\\u{D}\\u{A}b'")
    let file = Diagnostic(.error, KBModel.SourceLocation(file: "content/\u{1B}]0;x\u{7}.swift", line: 1), "m")
    #expect(file.description == "content/\\u{1B}]0;x\\u{7}.swift:1: error: m")
  }

  @Test(
    "text shown in a terminal escapes what a terminal would act on, and keeps the rest",
    arguments: [
      ("\u{1B}]0;x\u{7}", "\\u{1B}]0;x\\u{7}"), ("a\rb", "a\\u{D}b"), ("\u{9B}", "\\u{9B}"),
      ("\u{7F}", "\\u{7F}"),
      ("\u{202E}abc", "\\u{202E}abc"), ("\u{2028}", "\\u{2028}"), ("启动 é ﬁ", "启动 é ﬁ"),
      ("tab\there", "tab\\u{9}here"),
    ])
  func visible(_ text: String, _ shown: String) {
    #expect(VisibleText.escaped(text) == shown)
  }
}
