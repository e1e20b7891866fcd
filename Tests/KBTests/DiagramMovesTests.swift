import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("Renamed diagrams and steps keep their links")
struct DiagramMovesTests {
  let entries = [Fixtures.entry(.code("7")), Fixtures.entry(.code("42"))]

  var lockText: String {
    LinkLock.updated(Fixtures.site(entries: entries), lockText: nil, dropping: []).lock.text
  }

  /// The fixture flowchart with its question `ask` renamed `check`.
  func renamedQuestion(aliases: [String] = [], movedSteps: [String: String] = [:]) -> Diagram {
    Diagram(
      slug: "demo-flow",
      title: "Demo flow",
      summary: "Which scenario applies.",
      flowchart: Flowchart(
        start: "check",
        nodes: [.question("check", "Is it **on**?"), .outcome("first", entry: "scenario-1")],
        edges: [.answer("check", "Yes", to: "first")]
      ),
      aliases: aliases,
      movedSteps: movedSteps
    )
  }

  func render(_ site: Site) throws -> OutputTree {
    try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent")
    ).render()
  }

  @Test("a renamed step fails the lock check, which names movedSteps as the way out")
  func renamedStepFails() {
    let site = Fixtures.site(entries: entries, diagrams: [Fixtures.diagram, renamedQuestion()])
    let messages = LinkLock.check(site, lockText: lockText, lockPath: "links.lock").map(\.message)
    for link in ["diagrams/demo-flow/#step-ask", "troubleshoot/demo-flow/#step-ask"] {
      #expect(messages.contains { $0.contains("'\(link)' would disappear") && $0.contains("movedSteps") })
    }
  }

  @Test("movedSteps keeps the old step link on the diagram page and the troubleshooter")
  func movedStepKeepsLinks() throws {
    let site = Fixtures.site(
      entries: entries, diagrams: [Fixtures.diagram, renamedQuestion(movedSteps: ["ask": "check"])])
    #expect(LinkLock.check(site, lockText: lockText, lockPath: "links.lock").isEmpty)
    #expect(Validator.check(site).errors.isEmpty)
    let tree = try render(site)
    let diagramPage = SiteTestSupport.text(tree, "diagrams/demo-flow/index.html")
    #expect(
      diagramPage.contains("<li id=\"step-check\"><span class=\"moved-anchor\" id=\"step-ask\"></span>"))
    let troubleshooter = SiteTestSupport.text(tree, "troubleshoot/demo-flow/index.html")
    // The old id opens its own copy of the question, which links to the new id.
    #expect(troubleshooter.contains("<section class=\"question\" id=\"step-ask\""))
    #expect(troubleshooter.contains("<section class=\"question is-start\" id=\"step-check\""))
    #expect(
      troubleshooter.components(separatedBy: "href=\"#step-check\" aria-label=\"Link to this question\"")
        .count == 3)
    let oldCopy = try #require(troubleshooter.range(of: "id=\"step-ask\""))
    let start = try #require(troubleshooter.range(of: "id=\"step-check\""))
    #expect(oldCopy.lowerBound < start.lowerBound, "the copy comes first, so :target hides the start")
  }

  @Test("a renamed diagram keeps its pages and step links through its aliases")
  func renamedDiagramRedirects() throws {
    let renamed = Diagram(
      slug: "demo-start", title: "Demo launch", summary: "How a launch proceeds.",
      sequence: SequenceDiagram(
        participants: [Participant("user", "User", side: .client), Participant("api", "API", side: .server)],
        items: [
          .message("launch", from: "user", to: "api", "Launch"),
          .message("reply", from: "api", to: "user", "Reply"),
        ]),
      aliases: ["demo-launch"])
    let site = Fixtures.site(entries: entries, diagrams: [renamed, Fixtures.flowchart])
    #expect(LinkLock.check(site, lockText: lockText, lockPath: "links.lock").isEmpty)
    #expect(Validator.check(site).errors.isEmpty)
    let redirect = SiteTestSupport.text(try render(site), "diagrams/demo-launch/index.html")
    #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../diagrams/demo-start/\">"))
    #expect(redirect.contains("data-target=\"../../diagrams/demo-start/\""))
  }

  @Test("movedSteps and aliases must name real steps and free slugs")
  func invalidMoves() {
    let bad = renamedQuestion(aliases: ["demo-launch"], movedSteps: ["ask": "chek", "first": "check"])
    let messages = Validator.check(Fixtures.site(entries: entries, diagrams: [Fixtures.diagram, bad]))
      .errors.map(\.message)
    #expect(
      messages.contains(
        "moved step 'ask' leads to 'chek', which is not a step of diagram 'demo-flow'; did you mean 'check'?")
    )
    #expect(messages.contains("moved step 'first' is still a step of diagram 'demo-flow'"))
    #expect(messages.contains("diagram alias 'demo-launch' is the slug of a diagram"))
  }

  @Test("a step reference to a moved step says where it went")
  func referenceToMovedStep() {
    let site = Fixtures.site(
      entries: [Fixtures.entry(.code("7"), happensAt: "demo-flow#ask")],
      diagrams: [Fixtures.diagram, renamedQuestion(movedSteps: ["ask": "check"])])
    #expect(
      Validator.check(site).errors.map(\.message).contains(
        "diagram 'demo-flow' has no step 'ask'; it moved to 'check'"))
  }

  @Test("the site with moved questions builds, each old id a copy of its question")
  func movedQuestionsSite() throws {
    let site = Fixtures.movedQuestionsSite
    #expect(Validator.check(site).errors.isEmpty)
    let folder = try SiteTestSupport.temporaryDirectory().appendingPathComponent("public")
    try SiteBuilder(site: site, templates: nil, output: folder).build()
    let page = try String(
      contentsOf: folder.appendingPathComponent("troubleshoot/demo-flow/index.html"), encoding: .utf8)
    for id in ["step-ask", "step-next", "step-check", "step-then"] {
      #expect(page.contains("id=\"\(id)\""), "\(id)")
    }
  }
}
