import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Diagrams that cannot be drawn (or written as Mermaid) are refused at the writer's line.
@Suite("Diagram rules of kb check")
struct DiagramValidationTests {
  func messages(_ diagram: Diagram) -> [String] {
    let site = Fixtures.site(
      entries: [Fixtures.entry()], diagrams: [Fixtures.diagram, Fixtures.flowchart, diagram])
    return Validator.check(site).errors.map(\.message)
  }

  func sequence(_ items: [SequenceItem]) -> Diagram {
    Diagram(
      slug: "lifelines", title: "Lifelines", summary: "S.",
      sequence: SequenceDiagram(
        participants: [Participant("a", "A"), Participant("b", "B")], items: items))
  }

  @Test("a lifeline that ended cannot take part in a later message or note")
  func usedAfterEnd() {
    let found = messages(
      sequence([
        .message("one", from: "a", to: "b", "One"), .end("b"),
        .message("two", from: "b", to: "a", "Two"),
        .note(over: "b", text: "Gone"),
      ]))
    #expect(found.contains("message 'two' uses 'b' after its lifeline ended"))
    #expect(found.contains("note 'Gone' is over 'b' after its lifeline ended"))
  }

  @Test("a lifeline ends once, after its participant has taken part in a message")
  func endRules() {
    #expect(
      messages(sequence([.end("b"), .message("one", from: "a", to: "a", "One")]))
        == ["lifeline of 'b' ends before it takes part in any message"])
    #expect(
      messages(
        sequence([.message("one", from: "a", to: "b", "One"), .end("b"), .highlight([.end("b")])]))
        == ["lifeline of 'b' ends twice"])
  }

  @Test("an answer cannot lead back to its own question")
  func selfLoop() {
    let diagram = Diagram(
      slug: "loop", title: "Loop", summary: "S.",
      flowchart: Flowchart(
        start: "ask", nodes: [.question("ask", "Again?"), .outcome("done", entry: "scenario-1")],
        edges: [.answer("ask", "Yes", to: "ask"), .answer("ask", "No", to: "done")]))
    #expect(messages(diagram) == ["answer 'Yes' of 'ask' leads back to the same question"])
  }
}
