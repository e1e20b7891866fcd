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

  /// The line each error of `diagram` is reported at, by message.
  func located(_ diagram: Diagram) -> [String: Int] {
    let site = Fixtures.site(
      entries: [Fixtures.entry()], diagrams: [Fixtures.diagram, Fixtures.flowchart, diagram])
    let errors = Validator.check(site).errors
    #expect(errors.allSatisfy { $0.location.file == "Tests/KBTests/DiagramValidationTests.swift" })
    return Dictionary(errors.map { ($0.message, $0.location.line) }, uniquingKeysWith: { first, _ in first })
  }

  @Test("a problem with a participant or a message is reported at its own line")
  func sequenceLines() {
    let diagramLine = #line + 1
    let diagram = Diagram(
      slug: "lines", title: "Lines", summary: "S.",
      sequence: SequenceDiagram(
        participants: [
          Participant("a", "A"),
          Participant("a", "Again"),
        ],
        items: [
          .message("one", from: "a", to: "a", "One"),
          .message("two", from: "a", to: "nobody", "Two"),
          .note(over: "nobody", text: "Note"),
        ]))
    let lines = located(diagram)
    #expect(lines["participant 'a' is declared twice"] == diagramLine + 5)
    #expect(lines["message 'two' uses unknown participant 'nobody'"] == diagramLine + 9)
    // A note has no line of its own: the diagram's.
    #expect(lines["note 'Note' is over unknown participant 'nobody'"] == diagramLine)
  }

  @Test("a problem with a node or an answer is reported at its own line")
  func flowchartLines() {
    let diagramLine = #line + 1
    let diagram = Diagram(
      slug: "lines", title: "Lines", summary: "S.",
      flowchart: Flowchart(
        start: "ask",
        nodes: [
          .question("ask", "Again?"),
          .outcome("done", entry: "scenario-1"),
          .question("alone", "Alone?"),
        ],
        edges: [
          .answer("ask", "Yes", to: "done"),
          .answer("ask", "No", to: "nowhere"),
          .answer("alone", "Yes", to: "done"),
        ]))
    let lines = located(diagram)
    #expect(lines["node 'alone' cannot be reached from 'ask'"] == diagramLine + 7)
    #expect(lines["answer 'No' uses unknown node 'nowhere'"] == diagramLine + 11)
    #expect(lines["flowchart starts at unknown node 'ask'"] == nil)
  }
}
