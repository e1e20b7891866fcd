import KBModel
import Testing

@testable import KB

/// Any diagram a writer defines is drawn without overlapping boxes or labels.
@Suite("Diagram layout")
struct DiagramLayoutTests {
  static func overlaps(_ boxes: [LaidOutBox]) -> [String] {
    var found: [String] = []
    for (offset, first) in boxes.enumerated() {
      for second in boxes[(offset + 1)...] where first.rect.overlaps(second.rect) {
        found.append(
          "\(first.kind.rawValue) \(first.rect) overlaps \(second.kind.rawValue) \(second.rect)")
      }
    }
    return found
  }

  static func outside(_ boxes: [LaidOutBox], bounds: DiagramRect) -> [LaidOutBox] {
    boxes.filter {
      $0.rect.x < bounds.x || $0.rect.y < bounds.y || $0.rect.maxX > bounds.maxX
        || $0.rect.maxY > bounds.maxY
    }
  }

  @Test("the overlap check finds overlapping boxes and lets touching ones pass")
  func overlapCheck() {
    let box = DiagramRect(x: 0, y: 0, width: 10, height: 10)
    let touching = DiagramRect(x: 10, y: 0, width: 10, height: 10)
    let crossing = DiagramRect(x: 9, y: 9, width: 10, height: 10)
    #expect(
      Self.overlaps([.init(kind: .node, rect: box), .init(kind: .node, rect: touching)]).isEmpty)
    #expect(
      Self.overlaps([.init(kind: .node, rect: box), .init(kind: .edgeLabel, rect: crossing)]).count
        == 1)
  }

  @Test("300 random sequence diagrams: no boxes or labels overlap, all inside the drawing")
  func randomSequences() {
    var random = DiagramRandom(seed: 5)
    for round in 0..<300 {
      let sequence = DiagramGenerators.sequence(&random)
      let layout = SequenceLayout(sequence)
      let problems = Self.overlaps(layout.boxes)
      #expect(problems.isEmpty, "sequence \(round): \(problems.prefix(3))")
      #expect(
        Self.outside(layout.boxes, bounds: layout.bounds).isEmpty,
        "sequence \(round) draws outside its bounds")
      #expect(layout.messages.count == sequence.messages.count)
    }
  }

  @Test("300 random flowcharts: no boxes or labels overlap, all inside the drawing")
  func randomFlowcharts() {
    var random = DiagramRandom(seed: 7)
    for round in 0..<300 {
      let flowchart = DiagramGenerators.flowchart(&random)
      let layout = FlowchartLayout(flowchart, nodeLabel: \.text)
      let problems = Self.overlaps(layout.boxes)
      #expect(problems.isEmpty, "flowchart \(round): \(problems.prefix(3))")
      #expect(
        Self.outside(layout.boxes, bounds: layout.bounds).isEmpty,
        "flowchart \(round) draws outside its bounds")
      #expect(layout.edges.count == flowchart.edges.count)
    }
  }

  /// Points along an SVG path of `M`, `L` and `C` commands, as a browser draws it: the test reads
  /// the path kb writes rather than repeating how kb chooses its curves.
  static func samples(path d: String) -> [DiagramPoint] {
    var points: [DiagramPoint] = []
    var current = DiagramPoint(x: 0, y: 0)
    var index = d.startIndex
    while index < d.endIndex {
      let command = d[index]
      let rest = d[d.index(after: index)...]
      let end = rest.firstIndex(where: \.isLetter) ?? d.endIndex
      let numbers = rest[..<end].split(separator: " ").compactMap { Double($0) }
      let given = stride(from: 0, to: numbers.count - 1, by: 2).map {
        DiagramPoint(x: numbers[$0], y: numbers[$0 + 1])
      }
      switch (command, given.count) {
      case ("M", 1):
        current = given[0]
      case ("L", 1):
        points += (0...20).map { step in
          let t = Double(step) / 20
          return DiagramPoint(
            x: current.x + (given[0].x - current.x) * t, y: current.y + (given[0].y - current.y) * t)
        }
        current = given[0]
      case ("C", 3):
        let (p0, p1, p2, p3) = (current, given[0], given[1], given[2])
        points += (0...20).map { step in
          let t = Double(step) / 20
          let u = 1 - t
          func at(_ a: Double, _ b: Double, _ c: Double, _ e: Double) -> Double {
            u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * e
          }
          return DiagramPoint(x: at(p0.x, p1.x, p2.x, p3.x), y: at(p0.y, p1.y, p2.y, p3.y))
        }
        current = p3
      default:
        Issue.record("unexpected path command \(command) with \(numbers.count) numbers in \(d)")
      }
      index = end
    }
    return points
  }

  @Test("path samples follow lines and curves as drawn")
  func pathSamples() {
    let points = Self.samples(path: "M0 0L0 10C0 20 10 20 10 30")
    #expect(points.count == 42)
    #expect(points[10] == DiagramPoint(x: 0, y: 5))
    #expect(points.last == DiagramPoint(x: 10, y: 30))
    #expect(points[31] == DiagramPoint(x: 5, y: 20))
  }

  static func strictlyInside(_ point: DiagramPoint, _ rect: DiagramRect) -> Bool {
    point.x > rect.x + 0.5 && point.x < rect.maxX - 0.5 && point.y > rect.y + 0.5
      && point.y < rect.maxY - 0.5
  }

  @Test("300 random flowcharts: no answer line runs through a node or another answer's label")
  func linesAvoidBoxes() {
    var random = DiagramRandom(seed: 13)
    for round in 0..<300 {
      let layout = FlowchartLayout(DiagramGenerators.flowchart(&random), nodeLabel: \.text)
      for (offset, edge) in layout.edges.enumerated() {
        let obstacles =
          layout.nodes.filter { $0.node.id != edge.edge.from && $0.node.id != edge.edge.to }.map(\.box)
          + layout.edges.enumerated().filter { $0.offset != offset }.map(\.element.labelBox)
        let hit = Self.samples(path: SVGBuilder.path(edge.points)).first { point in
          obstacles.contains { Self.strictlyInside(point, $0) }
        }
        #expect(
          hit == nil,
          "flowchart \(round): \(edge.edge.from) → \(edge.edge.to) crosses a box at \(String(describing: hit))"
        )
      }
    }
  }

  @Test("300 random sequence diagrams: no arrow runs through a header, a note or another label")
  func arrowsAvoidBoxes() {
    var random = DiagramRandom(seed: 17)
    for round in 0..<300 {
      let layout = SequenceLayout(DiagramGenerators.sequence(&random))
      for row in layout.messages {
        let others =
          layout.columns.map(\.header) + layout.notes.map(\.box)
          + layout.messages.filter { $0.number != row.number }.flatMap { [$0.labelBox, $0.numberBox] }
        let arrow = DiagramRect(
          x: min(row.fromX, row.toX), y: row.y - 0.5, width: max(abs(row.toX - row.fromX), 1),
          height: (row.loopBottom ?? row.y) - row.y + 1)
        let crossed = others.filter { $0.overlaps(arrow) }
        #expect(crossed.isEmpty, "sequence \(round): message \(row.number) crosses \(crossed)")
      }
    }
  }

  @Test("flowchart answers run downwards from question to the next layer, loops excepted")
  func answersRunDownwards() {
    var random = DiagramRandom(seed: 11)
    for _ in 0..<100 {
      let layout = FlowchartLayout(DiagramGenerators.flowchart(&random), nodeLabel: \.text)
      let boxes = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.node.id, $0.box) })
      for edge in layout.edges where edge.edge.answer != "Try again" {
        guard let from = boxes[edge.edge.from], let to = boxes[edge.edge.to] else { continue }
        #expect(from.maxY < to.y, "\(edge.edge.from) → \(edge.edge.to) does not point down")
      }
    }
  }

  @Test("long labels wrap to the width limit; a single long word keeps its own line")
  func wrapping() {
    let block = TextBlock(
      "Redirect the browser to the Connection URL returned by Skillable", maxWidth: 150,
      fontSize: 14)
    #expect(block.lines.count > 1)
    #expect(block.lines.dropLast().allSatisfy { TextMetrics.width($0, fontSize: 14) <= 150 })
    #expect(block.joined == "Redirect the browser to the Connection URL returned by Skillable")
    let word = TextBlock("AgsAccessTokenWasNeverIssuedByTheLMS", maxWidth: 50, fontSize: 14)
    #expect(word.lines == ["AgsAccessTokenWasNeverIssuedByTheLMS"])
    #expect(word.width > 50)
  }

  @Test("an ended lifeline stops below the last message it takes part in")
  func endedLifeline() {
    let layout = SequenceLayout(
      SequenceDiagram(
        participants: [Participant("a", "A"), Participant("b", "B")],
        items: [
          .message("one", from: "a", to: "b", "One"), .end("b"),
          .message("two", from: "a", to: "a", "Two"),
        ]))
    let ended = layout.columns[1]
    #expect(ended.ended)
    #expect(ended.lifelineBottom > layout.messages[0].y)
    #expect(ended.lifelineBottom < layout.messages[1].labelBox.y)
    #expect(!layout.columns[0].ended)
  }
}
