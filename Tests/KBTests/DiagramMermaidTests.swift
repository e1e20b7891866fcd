import KBModel
import Testing

@testable import KB

/// Mermaid sources of diagrams whose text Mermaid could read as syntax; the site tests render
/// these golden files with the real mermaid.js, so the escaping is proven, not assumed.
@Suite("Diagram Mermaid sources")
struct DiagramMermaidTests {
  static let awkwardText = #"x: <b> & "q"; #1 `code` 100% end | {a} [b] (c) -> d"#

  static let sequence = Diagram(
    slug: "awkward-sequence", title: #"Launch: "first" # try"#, summary: "S.",
    sequence: SequenceDiagram(
      participants: [
        Participant("user", #"User "A"; #1"#, side: .client),
        Participant("end", "end", side: .server),
        Participant("api", "`API`", side: .server),
      ],
      items: [
        .message("one", from: "user", to: "end", awkwardText),
        .highlight([
          .message("two", from: "end", to: "api", "`starts` with a backtick", style: .dashed),
          .end("end"),
        ]),
        .note(over: "user", "api", text: awkwardText),
        .message("three", from: "api", to: "api", "loop alt opt end"),
      ]))

  static let flowchart = Diagram(
    slug: "awkward-flowchart", title: "Scores: why # none?", summary: "S.",
    flowchart: Flowchart(
      start: "ask",
      nodes: [
        .question("ask", awkwardText),
        .question("then", "`Backtick` first"),
        .outcome("done", entry: "scenario-1", label: #"Done "now""#),
      ],
      edges: [
        .answer("ask", awkwardText, to: "then"),
        .answer("ask", "`no`", to: "done"),
        .answer("then", "end", to: "done"),
      ]))

  @Test("awkward text is escaped the same way every time", arguments: [sequence, flowchart])
  func golden(diagram: Diagram) throws {
    let source = MermaidWriter.source(diagram) { $0.text }
    try SiteTestSupport.assertGolden(source, "\(diagram.slug).mmd")
    DiagramConsistencyTests.compare(diagram)
  }

  @Test("a title is quoted YAML, since it may hold a colon or a hash; quotes are YAML escapes")
  func title() {
    let source = MermaidWriter.source(Self.sequence) { $0.text }
    #expect(source.hasPrefix("---\ntitle: \"Launch: \\x22first\\x22 # try\"\n---\n"))
  }
}
