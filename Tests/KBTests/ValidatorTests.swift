import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("kb check rules")
struct ValidatorTests {
  /// The single error the site produces, which must be reported at `line` of a test file.
  func onlyError(_ site: Site, containing text: String, line: Int) {
    let errors = Validator.check(site).errors
    #expect(errors.count == 1, "\(errors)")
    guard let error = errors.first else { return }
    #expect(error.message.contains(text), "\(error.message)")
    #expect(error.location.line == line)
    #expect(error.location.file.hasSuffix("Tests/KBTests/ValidatorTests.swift"))
    #expect(error.description.hasPrefix("\(error.location.file):\(line): error: "))
  }

  @Test("the fixture site is valid")
  func validFixture() {
    #expect(Validator.check(Fixtures.site(entries: [Fixtures.entry()])).isEmpty)
  }

  @Test("two entries with one slug in a product are reported at the second")
  func duplicateSlug() {
    let first = Fixtures.entry(.code("7"))
    let line = #line + 1
    let second = Entry(.code("8"), slug: "7", title: "Again", causes: ["c"], resolution: ["r"])
    onlyError(
      Fixtures.site(entries: [first, second]), containing: "entry slug '7' is already used", line: line)
  }

  @Test("a code used twice in a product is an error even with different slugs")
  func duplicateCode() {
    let first = Fixtures.entry(.code("7"))
    let line = #line + 1
    let second = Entry(.code("7"), slug: "seven-again", title: "Again", causes: ["c"], resolution: ["r"])
    onlyError(Fixtures.site(entries: [first, second]), containing: "code 7 is already used", line: line)
  }

  @Test("an entry needs a cause and a resolution")
  func missingCauseAndResolution() {
    let line = #line + 1
    let entry = Fixtures.entry(causes: [], line: line)
    onlyError(Fixtures.site(entries: [entry]), containing: "has no cause", line: line)
    let other = #line + 1
    let noSteps = Fixtures.entry(resolution: [], line: other)
    onlyError(Fixtures.site(entries: [noSteps]), containing: "has no resolution steps", line: other)
  }

  @Test("whitespace-only fields are empty", arguments: [" ", "\n\t", ""])
  func blankTitle(_ blank: String) {
    let line = #line + 1
    let entry = Fixtures.entry(title: blank, line: line)
    let errors = Validator.check(Fixtures.site(entries: [entry])).errors
    #expect(errors.contains { $0.message == "title is empty" && $0.location.line == line })
  }

  @Test("a related entry that does not exist gets a suggestion")
  func unknownRelated() {
    let target = Fixtures.entry(.code("100"))
    let line = #line + 1
    let entry = Fixtures.entry(related: ["demo/10"], line: line)
    onlyError(
      Fixtures.site(entries: [target, entry]),
      containing: "related entry 'demo/10' does not exist in 'demo'; did you mean '100'?", line: line)
  }

  @Test("a related entry in an unknown product names the product")
  func unknownProduct() {
    let line = #line + 1
    let entry = Fixtures.entry(related: ["dmeo/42"], line: line)
    onlyError(
      Fixtures.site(entries: [entry]), containing: "unknown product 'dmeo'; did you mean 'demo'?", line: line)
  }

  @Test("a flow step must exist in its diagram")
  func unknownStep() {
    let line = #line + 1
    let entry = Fixtures.entry(happensAt: "demo-launch#lanch", line: line)
    onlyError(
      Fixtures.site(entries: [entry]),
      containing: "diagram 'demo-launch' has no step 'lanch'; did you mean 'launch'?", line: line)
  }

  @Test("prose links of the entry: form must resolve")
  func brokenProseLink() {
    let line = #line + 1
    let entry = Fixtures.entry(causes: ["See [the other one](entry:demo/404)."], line: line)
    onlyError(Fixtures.site(entries: [entry]), containing: "link 'demo/404' does not exist", line: line)
  }

  @Test("hand-written site URLs are refused in prose")
  func relativeLink() {
    let line = #line + 1
    let entry = Fixtures.entry(causes: ["See [this](../other/)."], line: line)
    onlyError(Fixtures.site(entries: [entry]), containing: "link '../other/' is neither", line: line)
  }

  @Test("a code sample's language must be one kb knows")
  func unknownLanguage() {
    let line = #line + 1
    let entry = Fixtures.entry(samples: [CodeSample("cobol", "DISPLAY 'HI'.")], line: line)
    onlyError(Fixtures.site(entries: [entry]), containing: "language 'cobol' is unknown", line: line)
  }

  @Test("a flowchart outcome must point at an existing entry")
  func brokenOutcome() {
    // Reported at the outcome's line, not the diagram's.
    let line = #line + 4
    let flow = Diagram(
      slug: "broken-flow", title: "Broken", summary: "Broken.",
      flowchart: Flowchart(
        start: "ask", nodes: [.question("ask", "Q?"), .outcome("end", entry: "scenario-9")],
        edges: [.answer("ask", "Yes", to: "end")]
      )
    )
    let site = Fixtures.site(
      entries: [Fixtures.entry()], diagrams: [Fixtures.diagram, Fixtures.flowchart, flow])
    onlyError(site, containing: "outcome 'end' 'scenario-9' does not exist", line: line)
  }

  @Test("a diagram slug may be used once across the site")
  func duplicateDiagram() {
    let line = #line + 1
    let copy = Diagram(
      slug: "demo-launch", title: "Copy", summary: "Copy.",
      sequence: SequenceDiagram(
        participants: [Participant("a", "A")], items: [.message("m", from: "a", to: "a", "M")]))
    let site = Fixtures.site(
      entries: [Fixtures.entry()], diagrams: [Fixtures.diagram, Fixtures.flowchart, copy])
    onlyError(site, containing: "diagram slug 'demo-launch' is already used", line: line)
  }

  @Test("a message between unknown participants is reported")
  func unknownParticipant() {
    // Reported at the message's line, not the diagram's.
    let line = #line + 4
    let bad = Diagram(
      slug: "bad-seq", title: "Bad", summary: "Bad.",
      sequence: SequenceDiagram(
        participants: [Participant("user", "User")], items: [.message("m", from: "user", to: "usr", "M")]))
    let site = Fixtures.site(
      entries: [Fixtures.entry()], diagrams: [Fixtures.diagram, Fixtures.flowchart, bad])
    onlyError(site, containing: "unknown participant 'usr'; did you mean 'user'?", line: line)
  }

  @Test("all problems are reported in one run, in file and line order")
  func allProblemsAtOnce() {
    let entries = [
      Fixtures.entry(.code("1"), causes: []),
      Fixtures.entry(.code("2"), resolution: []),
      Fixtures.entry(.code("3"), samples: [CodeSample("cobol", "x")]),
    ]
    let errors = Validator.check(Fixtures.site(entries: entries)).errors
    #expect(errors.count == 3)
    #expect(errors.map(\.location.line) == errors.map(\.location.line).sorted())
  }

  @Test("the bundled content passes every rule; its only warnings are guides the sources give no address for")
  func bundledContent() {
    let diagnostics = Validator.check(KBContentSite.site)
    let unexpected = diagnostics.filter { !($0.severity == .warning && $0.message.contains("has no URL")) }
    #expect(unexpected.isEmpty, "\(unexpected.map(\.description).joined(separator: "\n"))")
  }
}
