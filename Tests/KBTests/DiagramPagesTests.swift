import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Every flowchart gets a troubleshooter, and pages draw their diagrams with links both ways.
@Suite("Diagram pages")
struct DiagramPagesTests {
  let support = SiteTestSupport.self

  func render(_ site: Site) throws -> OutputTree {
    try SiteBuilder(
      site: site, templates: support.templates, output: URL(fileURLWithPath: "/nonexistent"),
      options: RenderOptions()
    ).render()
  }

  @Test("any flowchart gets a troubleshooter: one section per question, answers link onwards")
  func troubleshooterForAnyFlowchart() throws {
    let tree = try render(Fixtures.site(entries: [Fixtures.entry()]))
    let page = support.text(tree, "troubleshoot/demo-flow/index.html")
    #expect(page.contains(#"<section class="question is-start" id="step-ask""#))
    #expect(page.contains(#"<a class="answer" href="../../demo/scenario-1/">Yes</a>"#))
    #expect(support.text(tree, "demo/index.html").contains(#"href="../troubleshoot/demo-flow/""#))
    #expect(
      support.text(tree, "diagrams/demo-flow/index.html").contains(
        #"href="../../troubleshoot/demo-flow/""#))
    #expect(tree.files["troubleshoot/demo-launch/index.html"] == nil, "sequences have none")
  }

  @Test("an entry tied to a step shows the flow with that step current, linked to the diagram")
  func whereItHappens() throws {
    let entry = Fixtures.entry(happensAt: "demo-launch#reply")
    let page = support.text(try render(Fixtures.site(entries: [entry])), "demo/42/index.html")
    #expect(page.contains(#"<g class="diagram-step diagram-message is-current has-entries">"#))
    #expect(
      page.contains(
        #"<a href="../../diagrams/demo-launch/#step-reply"><title>Step 2: Reply</title>"#))
  }

  @Test("an outcome entry shows the answers that lead to it")
  func outcomeEntry() throws {
    let page = support.text(
      try render(Fixtures.site(entries: [Fixtures.entry()])), "demo/scenario-1/index.html")
    #expect(page.contains(#"<ol class="answer-path">"#))
    #expect(
      page.contains(#"<a href="../../troubleshoot/demo-flow/#step-ask">Is it on?</a> <strong>Yes</strong>"#))
  }
}
