import KBModel

/// Draws a diagram as inline SVG: accessible, scaled to its column, coloured by CSS classes.
public enum DiagramSVG {
  /// Drawings wider than this keep a minimum width on small screens and scroll sideways, since
  /// shrinking them to a phone's width would make their text too small to read.
  static let wideWidth = 480.0

  /// What a drawing needs beyond the diagram itself.
  public struct Options {
    /// Starts every id in the drawing, so two drawings can share a page.
    public var idPrefix: String
    /// The step drawn as the current one (an entry page's "where it happens").
    public var currentStep: String?
    /// Where each step links to, by step id; steps without a link are drawn unlinked.
    public var links: [String: String]
    /// The plain text of a flowchart node.
    public var nodeLabel: (FlowNode) -> String

    public init(
      idPrefix: String, currentStep: String? = nil, links: [String: String] = [:],
      nodeLabel: @escaping (FlowNode) -> String
    ) {
      self.idPrefix = idPrefix
      self.currentStep = currentStep
      self.links = links
      self.nodeLabel = nodeLabel
    }
  }

  public static func svg(_ diagram: Diagram, options: Options) -> String {
    switch diagram.body {
    case .sequence(let sequence):
      let layout = SequenceLayout(sequence)
      return document(
        diagram, kind: "sequence", bounds: layout.bounds, options: options,
        description: sequenceDescription(sequence)
      ) { builder in drawSequence(layout, options: options, into: &builder) }
    case .flowchart(let flowchart):
      let layout = FlowchartLayout(flowchart, nodeLabel: options.nodeLabel)
      return document(
        diagram, kind: "flowchart", bounds: layout.bounds, options: options,
        description: flowchartDescription(flowchart, options: options)
      ) { builder in drawFlowchart(layout, options: options, into: &builder) }
    }
  }

  /// The `<svg>` element with its title, description and arrowheads around a drawing.
  private static func document(
    _ diagram: Diagram, kind: String, bounds: DiagramRect, options: Options, description: String,
    draw: (inout SVGBuilder) -> Void
  ) -> String {
    let prefix = options.idPrefix
    var builder = SVGBuilder()
    let viewBox = [bounds.x, bounds.y, bounds.width, bounds.height].map(SVGBuilder.number).joined(
      separator: " ")
    builder.open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("class", "diagram-svg diagram-\(kind)" + (bounds.width > wideWidth ? " is-wide" : "")),
        ("role", "img"), ("aria-labelledby", "\(prefix)-title"),
        ("aria-describedby", "\(prefix)-desc"),
        ("viewBox", viewBox), ("width", "100%"), ("preserveAspectRatio", "xMidYMin meet"),
        ("font-family", "Arial, 'Liberation Sans', Helvetica, sans-serif"),
        ("font-size", SVGBuilder.number(SequenceLayout.fontSize)),
      ])
    builder.newline()
    builder.element("title", [("id", "\(prefix)-title")], text: diagram.title)
    builder.element("desc", [("id", "\(prefix)-desc")], text: description)
    builder.newline()
    builder.open("defs")
    for (suffix, className) in [
      ("arrow", "diagram-arrowhead"), ("arrow-current", "diagram-arrowhead is-current"),
    ] {
      builder.open(
        "marker",
        [
          ("id", "\(prefix)-\(suffix)"), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
          ("markerWidth", "7"), ("markerHeight", "7"), ("orient", "auto-start-reverse"),
        ])
      builder.empty("path", [("class", className), ("d", "M0 0L10 5L0 10z")])
      builder.close("marker")
    }
    builder.close("defs")
    builder.newline()
    draw(&builder)
    builder.close("svg")
    return builder.output
  }

  /// Wraps a step's drawing in a link when it has one, and marks the current step.
  static func step(
    _ id: String, className: String, options: Options, into builder: inout SVGBuilder,
    draw: (inout SVGBuilder, _ isCurrent: Bool) -> Void
  ) {
    let isCurrent = options.currentStep == id
    let link = options.links[id]
    if let link { builder.open("a", [("href", link)]) }
    builder.open("g", [("class", className + (isCurrent ? " is-current" : ""))])
    draw(&builder, isCurrent)
    builder.close("g")
    if link != nil { builder.close("a") }
    builder.newline()
  }

  static func markerEnd(_ options: Options, isCurrent: Bool) -> String {
    "url(#\(options.idPrefix)-\(isCurrent ? "arrow-current" : "arrow"))"
  }

  private static func sequenceDescription(_ sequence: SequenceDiagram) -> String {
    let names = sequence.participants.map(\.name)
    let who =
      names.count > 1
      ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.joined()
    let count = sequence.messages.count
    return "Sequence diagram: \(who) exchange \(count) numbered message\(count == 1 ? "" : "s"). "
      + "The same steps are listed as numbered text beside the drawing."
  }

  private static func flowchartDescription(_ flowchart: Flowchart, options: Options) -> String {
    let questions = flowchart.nodes.filter { $0.kind == .question }.count
    let outcomes = flowchart.nodes.count - questions
    let first = flowchart.node(flowchart.start).map(options.nodeLabel) ?? flowchart.start
    return "Flowchart of \(questions) question\(questions == 1 ? "" : "s") leading to \(outcomes) "
      + "outcome\(outcomes == 1 ? "" : "s"), starting with: \(first) "
      + "The same questions and answers are listed as numbered text beside the drawing."
  }
}
