import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Writer text holding Mermaid syntax stays text in every place it reaches a Mermaid source.
/// `Tests/site/test_mermaid_injection.py` renders the same diagrams with the real mermaid.js,
/// through `kb-test-fixtures mermaid-sources`.
@Suite("Writer text never becomes Mermaid syntax")
struct MermaidHostileTextTests {
  static func sources(_ text: String) -> [String] {
    Fixtures.hostileDiagrams(text).map { MermaidWriter.source($0) { $0.text } }
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
}
