import KBModel

extension DiagramSVG {
  /// Answers first, so their lines run behind the nodes; then questions and outcomes.
  static func drawFlowchart(
    _ layout: FlowchartLayout, options: Options, into builder: inout SVGBuilder
  ) -> [StepArea] {
    for edge in layout.edges {
      let isCurrent =
        options.currentPath.isEmpty
        ? options.currentStep == edge.edge.to : options.currentPath.contains(edge.edge)
      builder.open("g", [("class", "diagram-edge" + (isCurrent ? " is-current" : ""))])
      builder.empty(
        "path",
        [
          ("class", "diagram-edge-line"), ("d", SVGBuilder.path(edge.points)),
          ("marker-end", markerEnd(options, isCurrent: isCurrent)),
        ])
      builder.rect(edge.labelBox, className: "diagram-edge-label-box", radius: 3)
      builder.textBlock(
        edge.label, x: edge.labelBox.midX, top: edge.labelBox.y + FlowchartLayout.labelPadding.y,
        className: "diagram-edge-label")
      builder.close("g")
      builder.newline()
    }
    for node in layout.nodes {
      let kind = node.node.kind.rawValue
      step(
        node.node.id, className: "diagram-step diagram-node diagram-\(kind)", options: options,
        into: &builder
      ) {
        builder, _ in
        let box = node.box
        switch node.node.kind {
        case .question:
          builder.rect(box, className: "diagram-node-shape", radius: 4)
        case .outcome:
          let inset = FlowchartLayout.outcomeInset
          let corners = [
            (box.x, box.midY), (box.x + inset, box.y), (box.maxX - inset, box.y),
            (box.maxX, box.midY), (box.maxX - inset, box.maxY), (box.x + inset, box.maxY),
          ]
          let points = corners.map { "\(SVGBuilder.number($0.0)),\(SVGBuilder.number($0.1))" }
          builder.empty(
            "polygon", [("class", "diagram-node-shape"), ("points", points.joined(separator: " "))])
        }
        builder.textBlock(
          node.text, x: box.midX, top: box.midY - node.text.height / 2,
          className: "diagram-node-text")
      }
    }
    return layout.nodes.enumerated().map { offset, node in
      let kind = node.node.kind == .question ? "Step \(offset + 1)" : "Outcome"
      return StepArea(id: node.node.id, rect: node.box, name: "\(kind): \(node.text.joined)")
    }
  }
}
