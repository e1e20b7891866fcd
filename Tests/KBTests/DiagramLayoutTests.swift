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
