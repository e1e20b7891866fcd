import KBModel

extension DiagramSVG {
  /// Group boxes and highlights behind, then lifelines and headers, then messages and notes.
  static func drawSequence(
    _ layout: SequenceLayout, options: Options, into builder: inout SVGBuilder
  ) -> [StepArea] {
    var areas: [StepArea] = []
    for group in layout.groups {
      builder.open("g", [("class", "diagram-group diagram-group-\(group.side.rawValue)")])
      builder.rect(group.box, className: "diagram-group-box", radius: 6)
      builder.textBlock(
        group.label, x: group.labelBox.x, top: group.labelBox.y, className: "diagram-group-label",
        anchor: "start")
      builder.close("g")
      builder.newline()
    }
    for highlight in layout.highlights {
      builder.rect(highlight.box, className: "diagram-highlight", radius: 4)
      builder.newline()
    }
    for column in layout.columns {
      let x = SVGBuilder.number(column.header.midX)
      builder.open("g", [("class", "diagram-participant")])
      builder.empty(
        "line",
        [
          ("class", "diagram-lifeline"), ("x1", x), ("y1", SVGBuilder.number(column.lifelineTop)),
          ("x2", x), ("y2", SVGBuilder.number(column.lifelineBottom)),
        ])
      if column.ended {
        let cross = DiagramRect(
          centerX: column.header.midX, centerY: column.lifelineBottom, width: 10, height: 10)
        builder.empty(
          "path",
          [
            ("class", "diagram-lifeline-end"),
            (
              "d",
              "M\(SVGBuilder.number(cross.x)) \(SVGBuilder.number(cross.y))L\(SVGBuilder.number(cross.maxX)) \(SVGBuilder.number(cross.maxY))M\(SVGBuilder.number(cross.maxX)) \(SVGBuilder.number(cross.y))L\(SVGBuilder.number(cross.x)) \(SVGBuilder.number(cross.maxY))"
            ),
          ])
      }
      builder.rect(column.header, className: "diagram-participant-box", radius: 4)
      let top = column.header.midY - column.name.height / 2
      builder.textBlock(
        column.name, x: column.header.midX, top: top, className: "diagram-participant-name")
      builder.close("g")
      builder.newline()
    }
    for row in layout.messages {
      let className =
        "diagram-step diagram-message" + (row.message.style == .dashed ? " is-dashed" : "")
      step(row.message.id, className: className, options: options, into: &builder) {
        builder, isCurrent in
        let y = SVGBuilder.number(row.y)
        if let loopBottom = row.loopBottom {
          let right = row.fromX + SequenceLayout.selfLoopWidth
          let d =
            "M\(SVGBuilder.number(row.fromX)) \(y)H\(SVGBuilder.number(right))V\(SVGBuilder.number(loopBottom))H\(SVGBuilder.number(row.fromX + 3))"
          builder.empty(
            "path",
            [
              ("class", "diagram-message-line"), ("d", d),
              ("marker-end", markerEnd(options, isCurrent: isCurrent)),
            ])
        } else {
          // Stop short of the lifeline so the arrowhead's tip touches it.
          let direction: Double = row.toX > row.fromX ? 1 : -1
          builder.empty(
            "line",
            [
              ("class", "diagram-message-line"), ("x1", SVGBuilder.number(row.fromX)), ("y1", y),
              ("x2", SVGBuilder.number(row.toX - direction * 1.5)), ("y2", y),
              ("marker-end", markerEnd(options, isCurrent: isCurrent)),
            ])
        }
        if options.stepsWithEntries.contains(row.message.id) {
          builder.empty(
            "circle",
            [
              ("class", "diagram-step-ring"), ("cx", SVGBuilder.number(row.numberBox.midX)),
              ("cy", SVGBuilder.number(row.numberBox.midY)),
              ("r", SVGBuilder.number(SequenceLayout.numberRadius + 3)),
            ])
        }
        builder.empty(
          "circle",
          [
            ("class", "diagram-step-number"), ("cx", SVGBuilder.number(row.numberBox.midX)),
            ("cy", SVGBuilder.number(row.numberBox.midY)),
            ("r", SVGBuilder.number(SequenceLayout.numberRadius)),
          ])
        builder.element(
          "text",
          [
            ("class", "diagram-step-number-text"), ("x", SVGBuilder.number(row.numberBox.midX)),
            ("y", SVGBuilder.number(row.numberBox.midY + 4)), ("text-anchor", "middle"),
          ], text: String(row.number))
        let anchor = row.loopBottom == nil ? "middle" : "start"
        let x = row.loopBottom == nil ? row.labelBox.midX : row.labelBox.x
        builder.textBlock(
          row.label, x: x, top: row.labelBox.y, className: "diagram-message-label", anchor: anchor)
      }
    }
    for row in layout.messages {
      let line = DiagramRect(
        x: min(row.fromX, row.toX), y: row.y - 6, width: abs(row.toX - row.fromX),
        height: (row.loopBottom ?? row.y) - row.y + 12)
      let rect = DiagramRect.union([row.labelBox, row.numberBox, line]) ?? line
      areas.append(
        StepArea(
          id: row.message.id, rect: rect.insetBy(dx: -4, dy: -3),
          name: "Step \(row.number): \(row.label.joined)"))
    }
    for note in layout.notes {
      builder.open("g", [("class", "diagram-note")])
      builder.rect(note.box, className: "diagram-note-box", radius: 3)
      builder.textBlock(
        note.text, x: note.box.midX, top: note.box.y + SequenceLayout.notePadding,
        className: "diagram-note-text")
      builder.close("g")
      builder.newline()
    }
    return areas
  }
}
