import KBContent
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// The SVG kb draws and the Mermaid source it writes tell the same story.
@Suite("Diagram SVG and Mermaid agree")
struct DiagramConsistencyTests {
  static let bundled = KBContentSite.site.products.flatMap(\.diagrams)

  static func options(_ prefix: String) -> DiagramSVG.Options {
    DiagramSVG.Options(
      idPrefix: prefix, nodeLabel: { $0.text.isEmpty ? $0.id : CommonMark.plainText($0.text) })
  }

  static func compare(_ diagram: Diagram, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let svg = DiagramSVG.svg(diagram, options: options("d"))
    let mermaid = MermaidWriter.source(diagram, nodeLabel: options("d").nodeLabel)
    guard let drawn = DiagramSourceParsers.svg(svg) else {
      Issue.record(
        "\(diagram.slug): the SVG is not well-formed XML", sourceLocation: sourceLocation)
      return
    }
    let written = DiagramSourceParsers.mermaid(mermaid)
    #expect(
      drawn.participants == written.participants, "\(diagram.slug): participants",
      sourceLocation: sourceLocation)
    #expect(
      drawn.messages == written.messages, "\(diagram.slug): messages",
      sourceLocation: sourceLocation)
    #expect(drawn.nodes == written.nodes, "\(diagram.slug): nodes", sourceLocation: sourceLocation)
    #expect(drawn.edges == written.edges, "\(diagram.slug): edges", sourceLocation: sourceLocation)
    #expect(
      drawn.messages.count + drawn.nodes.count == diagram.stepIDs.count,
      sourceLocation: sourceLocation)
  }

  @Test("every bundled diagram", arguments: bundled.map(\.slug))
  func bundledDiagram(slug: String) {
    guard let diagram = Self.bundled.first(where: { $0.slug == slug }) else { return }
    Self.compare(diagram)
  }

  @Test("100 random sequence diagrams and flowcharts")
  func randomDiagrams() {
    var random = DiagramRandom(seed: 3)
    for round in 0..<50 {
      Self.compare(
        Diagram(
          slug: "s\(round)", title: "S", summary: "S", sequence: DiagramGenerators.sequence(&random)
        ))
      Self.compare(
        Diagram(
          slug: "f\(round)", title: "F", summary: "F",
          flowchart: DiagramGenerators.flowchart(&random)))
    }
  }

  @Test("the drawing is accessible: role img, title and description referenced by id")
  func accessible() throws {
    let svg = DiagramSVG.svg(Self.bundled[0], options: Self.options("x"))
    let root = try #require(XMLElementTree.parse(svg))
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["aria-labelledby"] == "x-title")
    #expect(root.attributes["aria-describedby"] == "x-desc")
    #expect(root.attributes["width"] == "100%")
    #expect(root.attributes["viewBox"] != nil)
    #expect(root.first("title")?.attributes["id"] == "x-title")
    #expect(root.first("desc")?.attributes["id"] == "x-desc")
    #expect(!svg.contains("style="))
  }

  @Test("text is escaped, the current step is marked, and links lie over the drawing, not in it")
  func escapingAndLinks() throws {
    let diagram = Diagram(
      slug: "hostile", title: "<script>", summary: "S",
      sequence: SequenceDiagram(
        participants: [Participant("a", "A & \"B\""), Participant("b", "<b>")],
        items: [
          .message("one", from: "a", to: "b", "x < y & \"z\""),
          .message("two", from: "b", to: "a", "Back"),
        ]))
    var options = Self.options("h")
    options.links = ["one": "../one/?a=1&b=2"]
    options.currentStep = "two"
    options.stepsWithEntries = ["one"]
    let html = DiagramSVG.html(diagram, options: options)
    #expect(!html.contains("<script>") && !html.contains("<b>"))
    let stack = try #require(XMLElementTree.parse(html))
    let drawing = try #require(stack.children.first)
    let layer = try #require(stack.children.last)
    #expect(drawing.attributes["role"] == "img")
    #expect(drawing.first("a") == nil, "no link inside the image")
    let current = drawing.all("diagram-step").filter { $0.classes.contains("is-current") }
    #expect(current.map { $0.all("diagram-message-label").first?.allText } == ["Back"])
    let marked = drawing.all("diagram-step").filter { $0.classes.contains("has-entries") }
    #expect(marked.map { $0.all("diagram-message-label").first?.allText } == ["x < y & \"z\""])
    #expect(marked.first?.all("diagram-step-ring").count == 1)
    #expect(layer.attributes["viewBox"] == drawing.attributes["viewBox"])
    let link = try #require(layer.first("a"))
    #expect(link.attributes["href"] == "../one/?a=1&b=2")
    #expect(link.first("title")?.text == "Step 1: x < y & \"z\"")
    #expect(layer.all("diagram-hit").count == 1, "only steps with somewhere to go are links")
  }
}
