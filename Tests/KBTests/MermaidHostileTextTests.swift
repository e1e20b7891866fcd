import Foundation
import KBModel
import Testing

@testable import KB

/// Writer text holding Mermaid syntax stays text in every place it reaches a Mermaid source.
/// `Tests/site/test_mermaid_injection.py` renders the same diagrams with the real mermaid.js.
@Suite("Writer text never becomes Mermaid syntax")
struct MermaidHostileTextTests {
  /// One diagram of each kind with `text` in every place writer text can go.
  static func diagrams(_ text: String) -> [Diagram] {
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

  static func sources(_ text: String) -> [String] {
    diagrams(text).map { MermaidWriter.source($0) { $0.text } }
  }

  /// Pieces of Mermaid syntax; the strings are every piece alone and every pair with a separator.
  static let pieces = [
    "%%{init: {\"theme\": \"forest\"}}%%", "%% comment", "---\ntitle: x\n---", "click n_ask call alert(1)",
    "style n_ask fill:#f00", "classDef red fill:#f00", "linkStyle 0 stroke:#f00", "\"]", "}}", "|",
    "end", "#quot;", "#59;", "`md`", "-->", "->>", "a:b,c+d", ":::red", "\\", "&amp;", "<br/>",
  ]
  static let separators = ["", "\n", ";", "\r", "\u{2028}", " "]

  static var hostileStrings: [String] {
    var strings = pieces
    for (index, first) in pieces.enumerated() {
      for (offset, second) in pieces.enumerated() {
        strings.append(first + separators[(index + offset) % separators.count] + second)
      }
    }
    return strings
  }

  /// Label text may keep letters, digits, spaces, non-ASCII characters and a few inert marks;
  /// everything else is an entity code or a `<br>`.
  static func isInert(_ label: String) -> Bool {
    let rest = label.replacing(/#\d+;|<br>/, with: "")
    return rest.allSatisfy { !$0.isASCII || $0.isLetter || $0.isNumber || " .'?!/()_*".contains($0) }
  }

  @Test("every label of hostile text is inert, and the source keeps the statements of plain text")
  func hostileTextIsInert() {
    let placeholder = "\u{E000}"
    let plain = Self.sources(placeholder)
    for text in Self.hostileStrings {
      let label = MermaidWriter.label(text)
      #expect(Self.isInert(label), "\(text.debugDescription) → \(label)")
      let title = MermaidWriter.frontMatterTitle(text)
      #expect(!title.contains("%") && !title.contains("\n") && !title.contains("\r"), "\(title)")
      for (source, model) in zip(Self.sources(text), plain) {
        let expected = model.split(separator: "\n", omittingEmptySubsequences: false).map { line in
          line.hasPrefix("title: ") ? title : line.replacingOccurrences(of: placeholder, with: label)
        }
        #expect(source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == expected)
        #expect(!source.contains("%%"))
      }
    }
  }

  @Test("ids are reduced to letters, digits and underscores")
  func identifiers() {
    #expect(MermaidWriter.nodeID("a-b;click x") == "n_a_b_click_x")
    #expect(MermaidWriter.participantID("end\n%%") == "p_end___")
  }

  /// The site tests hand their own generated strings through this test, so that mermaid.js reads
  /// what the real writer writes: `KB_MERMAID_PROBE=strings.json` names a JSON array of strings,
  /// and the sources go to `strings.json.out`, one `[sequence, flowchart]` pair per string.
  @Test("writes the sources of the site tests' strings when asked")
  func probe() throws {
    guard let path = ProcessInfo.processInfo.environment["KB_MERMAID_PROBE"] else { return }
    let strings = try JSONDecoder().decode([String].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    let sources = strings.map(Self.sources)
    try JSONEncoder().encode(sources).write(to: URL(fileURLWithPath: path + ".out"))
    #expect(sources.count == strings.count)
  }
}
