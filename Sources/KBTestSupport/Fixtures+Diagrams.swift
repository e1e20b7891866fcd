import KBModel

/// Diagrams that the Swift tests and the site tests (through `kb-test-fixtures`) both use.
extension Fixtures {
  /// A troubleshooter whose first question `ask` became `check` and whose second `next` became
  /// `then`, recorded in `movedSteps`.
  package static let movedQuestions = Diagram(
    slug: "demo-flow", title: "Demo flow", summary: "Which scenario applies.",
    flowchart: Flowchart(
      start: "check",
      nodes: [
        .question("check", "Is it **on**?"), .question("then", "Is it plugged in?"),
        .outcome("first", entry: "scenario-1"),
      ],
      edges: [
        .answer("check", "Yes", to: "then"), .answer("check", "No", to: "first"),
        .answer("then", "Yes", to: "first"),
      ]),
    movedSteps: ["ask": "check", "next": "then"])

  /// The small site with `movedQuestions` in place of the fixture flowchart.
  package static var movedQuestionsSite: Site {
    site(entries: [entry(.code("7")), entry(.code("42"))], diagrams: [diagram, movedQuestions])
  }

  /// One diagram of each kind with `text` in every place writer text can go.
  package static func hostileDiagrams(_ text: String) -> [Diagram] {
    [
      Diagram(
        slug: "hostile-sequence", title: text, summary: "S.",
        sequence: SequenceDiagram(
          participants: [
            Participant("user", text, side: .client), Participant("api", text, side: .server),
            Participant("db", text),
          ],
          items: [
            .highlight([.message("one", from: "user", to: "api", text)]),
            .note(over: "user", "api", text: text),
            .message("two", from: "api", to: "db", text, style: .dashed),
            .end("db"),
            .message("three", from: "api", to: "user", text),
          ])),
      Diagram(
        slug: "hostile-flowchart", title: text, summary: "S.",
        flowchart: Flowchart(
          start: "ask",
          nodes: [
            .question("ask", text), .question("then", text),
            .outcome("done", entry: "scenario-1", label: text),
          ],
          edges: [
            .answer("ask", text, to: "then"), .answer("ask", text, to: "done"),
            .answer("then", text, to: "done"),
          ])),
    ]
  }
}
