import KBModel

/// Draws a diagram as inline SVG: accessible, scaled to its column, coloured by CSS classes.
///
/// A page gets two SVGs stacked in one place: the drawing (`role="img"`, with a title and a
/// description) and above it a transparent layer of links, one per step. Links cannot live
/// inside an image, where screen readers and keyboards would not reach them properly.
enum DiagramSVG {
  /// Drawings wider than this keep a minimum width on small screens and scroll sideways, since
  /// shrinking them to a phone's width would make their text too small to read.
  static let wideWidth = 480.0

  /// What a drawing needs beyond the diagram itself.
  struct Options {
    /// Starts every id in the drawing, so two drawings can share a page.
    var idPrefix: String
    /// The step drawn as the current one (an entry page's "where it happens").
    var currentStep: String?
    /// Where each step links to, by step id; steps without a link get no link.
    var links: [String: String]
    /// The steps troubleshooting entries are tied to, drawn so readers can spot them.
    var stepsWithEntries: Set<String>
    /// The answers drawn as the way to the current step; empty means the one answer into it.
    var currentPath: Set<FlowEdge> = []
    /// The plain text of a flowchart node.
    var nodeLabel: (FlowNode) -> String

    init(
      idPrefix: String, currentStep: String? = nil, links: [String: String] = [:],
      stepsWithEntries: Set<String> = [], nodeLabel: @escaping (FlowNode) -> String
    ) {
      self.idPrefix = idPrefix
      self.currentStep = currentStep
      self.links = links
      self.stepsWithEntries = stepsWithEntries
      self.nodeLabel = nodeLabel
    }
  }

  /// The area of the drawing that stands for one step, and what a link to it is called.
  struct StepArea {
    var id: String
    var rect: DiagramRect
    var name: String
  }

  /// The drawing and its layer of step links, stacked, for a page.
  static func html(_ diagram: Diagram, options: Options) -> String {
    let drawn = draw(diagram, options: options)
    return
      "<div class=\"diagram-stack\">\n\(drawn.svg)\n\(linkLayer(drawn, options: options))</div>"
  }

  /// The drawing alone: an image with a title and a description, without links.
  static func svg(_ diagram: Diagram, options: Options) -> String {
    draw(diagram, options: options).svg
  }

  private struct Drawn {
    var svg: String
    var bounds: DiagramRect
    var areas: [StepArea]
  }

  private static func draw(_ diagram: Diagram, options: Options) -> Drawn {
    var builder = SVGBuilder()
    var areas: [StepArea] = []
    let bounds: DiagramRect
    switch diagram.body {
    case .sequence(let sequence):
      let layout = SequenceLayout(sequence)
      bounds = layout.bounds
      open(diagram, kind: "sequence", bounds: bounds, options: options, into: &builder)
      builder.element(
        "desc", [("id", "\(options.idPrefix)-desc")], text: sequenceDescription(sequence, options))
      arrowheads(options, into: &builder)
      areas = drawSequence(layout, options: options, into: &builder)
    case .flowchart(let flowchart):
      let layout = FlowchartLayout(flowchart, nodeLabel: options.nodeLabel)
      bounds = layout.bounds
      open(diagram, kind: "flowchart", bounds: bounds, options: options, into: &builder)
      builder.element(
        "desc", [("id", "\(options.idPrefix)-desc")], text: flowchartDescription(flowchart, options)
      )
      arrowheads(options, into: &builder)
      areas = drawFlowchart(layout, options: options, into: &builder)
    }
    builder.close("svg")
    return Drawn(svg: builder.output, bounds: bounds, areas: areas)
  }

  /// The attributes both SVGs share, so they scale and line up the same way.
  private static func frame(_ bounds: DiagramRect, className: String) -> [(String, String)] {
    let viewBox = [bounds.x, bounds.y, bounds.width, bounds.height].map(SVGBuilder.number)
    return [
      ("xmlns", "http://www.w3.org/2000/svg"),
      ("class", "diagram-svg \(className)" + (bounds.width > wideWidth ? " is-wide" : "")),
      ("viewBox", viewBox.joined(separator: " ")), ("width", "100%"),
      ("preserveAspectRatio", "xMidYMin meet"),
    ]
  }

  private static func open(
    _ diagram: Diagram, kind: String, bounds: DiagramRect, options: Options,
    into builder: inout SVGBuilder
  ) {
    let prefix = options.idPrefix
    builder.open(
      "svg",
      frame(bounds, className: "diagram-drawing diagram-\(kind)") + [
        ("role", "img"), ("aria-labelledby", "\(prefix)-title"),
        ("aria-describedby", "\(prefix)-desc"),
        ("font-family", "Arial, 'Liberation Sans', Helvetica, sans-serif"),
        ("font-size", SVGBuilder.number(SequenceLayout.fontSize)),
      ])
    builder.newline()
    builder.element("title", [("id", "\(prefix)-title")], text: diagram.title)
  }

  private static func arrowheads(_ options: Options, into builder: inout SVGBuilder) {
    builder.newline()
    builder.open("defs")
    // Arrowheads scale with the line; the current step's line is twice as thick.
    for (suffix, className, size) in [
      ("arrow", "diagram-arrowhead", "7"), ("arrow-current", "diagram-arrowhead is-current", "4"),
    ] {
      builder.open(
        "marker",
        [
          ("id", "\(options.idPrefix)-\(suffix)"), ("viewBox", "0 0 10 10"), ("refX", "9"),
          ("refY", "5"), ("markerWidth", size), ("markerHeight", size),
          ("orient", "auto-start-reverse"),
        ])
      builder.empty("path", [("class", className), ("d", "M0 0L10 5L0 10z")])
      builder.close("marker")
    }
    builder.close("defs")
    builder.newline()
  }

  /// One transparent link over each step that has somewhere to go, named for screen readers.
  private static func linkLayer(_ drawn: Drawn, options: Options) -> String {
    var builder = SVGBuilder()
    builder.open(
      "svg",
      frame(drawn.bounds, className: "diagram-links") + [("aria-label", "Steps of the drawing")])
    builder.newline()
    for area in drawn.areas {
      guard let link = options.links[area.id] else { continue }
      builder.open("a", [("href", link)])
      builder.element("title", text: area.name)
      builder.rect(area.rect, className: "diagram-hit", radius: 4)
      builder.close("a")
      builder.newline()
    }
    builder.close("svg")
    return builder.output
  }

  /// Opens a step's group in the drawing, marked when it is the current step.
  static func step(
    _ id: String, className: String, options: Options, into builder: inout SVGBuilder,
    draw: (inout SVGBuilder, _ isCurrent: Bool) -> Void
  ) {
    let isCurrent = options.currentStep == id
    var classes = className
    if isCurrent { classes += " is-current" }
    if options.stepsWithEntries.contains(id) { classes += " has-entries" }
    builder.open("g", [("class", classes)])
    draw(&builder, isCurrent)
    builder.close("g")
    builder.newline()
  }

  static func markerEnd(_ options: Options, isCurrent: Bool) -> String {
    "url(#\(options.idPrefix)-\(isCurrent ? "arrow-current" : "arrow"))"
  }

  private static func sequenceDescription(_ sequence: SequenceDiagram, _ options: Options) -> String {
    let names = sequence.participants.map(\.name)
    let who =
      names.count > 1
      ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.joined()
    let count = sequence.messages.count
    var text =
      "Sequence diagram: \(who) exchange \(count) numbered message\(count == 1 ? "" : "s")."
    if let current = options.currentStep,
      let index = sequence.messages.firstIndex(where: { $0.id == current })
    {
      text += " Step \(index + 1), \(sequence.messages[index].text), is highlighted."
    }
    return text + " " + textVersion(options)
  }

  private static func flowchartDescription(_ flowchart: Flowchart, _ options: Options) -> String {
    let questions = flowchart.nodes.filter { $0.kind == .question }.count
    let outcomes = flowchart.nodes.count - questions
    let first = flowchart.node(flowchart.start).map(options.nodeLabel) ?? flowchart.start
    var text =
      "Flowchart of \(questions) question\(questions == 1 ? "" : "s") leading to \(outcomes) "
      + "outcome\(outcomes == 1 ? "" : "s"), starting with: \(first)"
    if let current = options.currentStep, let node = flowchart.node(current) {
      text += " The step \(options.nodeLabel(node)) is highlighted."
    }
    return text + " " + textVersion(options)
  }

  private static func textVersion(_ options: Options) -> String {
    options.currentStep == nil
      ? "The same steps are listed as numbered text beside the drawing."
      : "The diagram's page lists every step as numbered text."
  }
}
