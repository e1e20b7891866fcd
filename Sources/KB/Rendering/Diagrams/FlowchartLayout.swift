import KBModel

/// Where every node and answer of a flowchart goes, in layers from the top down.
///
/// Nodes get layers by longest path from the start; every answer label sits in a row of its own
/// between two layers, and long edges pass through placeholder items in the rows they cross.
/// Items of one row are ordered by barycentre and kept apart, so no boxes or labels overlap.
struct FlowchartLayout: Sendable {
  struct Node: Sendable {
    var node: FlowNode
    var text: TextBlock
    var box: DiagramRect
  }

  struct Edge: Sendable {
    var edge: FlowEdge
    var label: TextBlock
    var labelBox: DiagramRect
    /// From the source node to the target node, in the direction of the answer.
    var points: [DiagramPoint]
  }

  static let fontSize = 14.0
  static let labelFontSize = 13.0
  static let maxNodeTextWidth = 180.0
  static let maxLabelTextWidth = 140.0
  static let nodePadding = (x: 14.0, y: 10.0)
  static let labelPadding = (x: 6.0, y: 3.0)
  /// How far an outcome's pointed ends reach beyond its text.
  static let outcomeInset = 14.0
  static let itemGap = 24.0
  static let rowGap = 24.0
  static let margin = 4.0

  private(set) var nodes: [Node] = []
  private(set) var edges: [Edge] = []
  private(set) var bounds = DiagramRect(x: 0, y: 0, width: 0, height: 0)

  init(_ flowchart: Flowchart, nodeLabel: (FlowNode) -> String) {
    var graph = LayeredGraph(flowchart, nodeLabel: nodeLabel)
    graph.order()
    graph.place()
    nodes = flowchart.nodes.indices.map { offset in
      let item = graph.items[offset]
      return Node(node: flowchart.nodes[offset], text: graph.texts[offset], box: item.box)
    }
    edges = graph.chains.map { chain in
      let label = graph.items[chain.items[1]]
      return Edge(
        edge: chain.edge,
        label: label.text ?? TextBlock("", maxWidth: 0, fontSize: Self.labelFontSize),
        labelBox: label.box, points: graph.route(chain))
    }
    let union = DiagramRect.union(nodes.map(\.box) + edges.map(\.labelBox)) ?? bounds
    bounds = union.insetBy(dx: -Self.margin, dy: -Self.margin)
  }

  /// Every box the layout keeps apart: nodes and answer labels.
  var boxes: [LaidOutBox] {
    nodes.map { LaidOutBox(kind: .node, rect: $0.box) }
      + edges.map { LaidOutBox(kind: .edgeLabel, rect: $0.labelBox) }
  }
}

/// The working graph of a flowchart layout: nodes, label items and placeholders in rows.
private struct LayeredGraph {
  struct Item {
    var rank: Int
    var width: Double
    var height: Double
    var text: TextBlock?
    var x = 0.0
    var rowTop = 0.0
    var rowHeight = 0.0
    var up: [Int] = []
    var down: [Int] = []

    var box: DiagramRect {
      DiagramRect(
        x: x - width / 2, y: rowTop + (rowHeight - height) / 2, width: width, height: height)
    }
  }

  /// The items one answer passes through, from its upper end to its lower end.
  struct Chain {
    var edge: FlowEdge
    var items: [Int]
    /// True when the answer points upwards: it closes a loop, so it was laid out reversed.
    var reversed: Bool
  }

  var items: [Item] = []
  var texts: [TextBlock] = []
  var chains: [Chain] = []
  var rows: [[Int]] = []

  init(_ flowchart: Flowchart, nodeLabel: (FlowNode) -> String) {
    let index = Dictionary(
      flowchart.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let edges = flowchart.edges.compactMap { edge -> (FlowEdge, Int, Int)? in
      guard let from = index[edge.from], let to = index[edge.to], from != to else { return nil }
      return (edge, from, to)
    }
    let reversed = Self.backEdges(
      count: flowchart.nodes.count, start: index[flowchart.start] ?? 0,
      edges: edges.map { ($0.1, $0.2) })
    let directed = edges.enumerated().map { offset, edge in
      reversed.contains(offset) ? (edge.0, edge.2, edge.1) : edge
    }
    let layers = Self.longestPathLayers(
      count: flowchart.nodes.count, edges: directed.map { ($0.1, $0.2) })

    for (offset, node) in flowchart.nodes.enumerated() {
      let text = TextBlock(
        nodeLabel(node), maxWidth: FlowchartLayout.maxNodeTextWidth,
        fontSize: FlowchartLayout.fontSize,
        bold: node.kind == .question)
      texts.append(text)
      var width = max(80, text.width + 2 * FlowchartLayout.nodePadding.x)
      if node.kind == .outcome { width += 2 * FlowchartLayout.outcomeInset }
      items.append(
        Item(
          rank: 2 * layers[offset], width: width,
          height: text.height + 2 * FlowchartLayout.nodePadding.y,
          text: text))
    }
    for (offset, (edge, upper, lower)) in directed.enumerated() {
      let label = TextBlock(
        edge.answer, maxWidth: FlowchartLayout.maxLabelTextWidth,
        fontSize: FlowchartLayout.labelFontSize)
      var chain = [upper]
      items.append(
        Item(
          rank: 2 * layers[upper] + 1, width: label.width + 2 * FlowchartLayout.labelPadding.x,
          height: label.height + 2 * FlowchartLayout.labelPadding.y, text: label))
      chain.append(items.count - 1)
      var rank = 2 * layers[upper] + 2
      while rank < 2 * layers[lower] {
        items.append(Item(rank: rank, width: 2, height: 0, text: nil))
        chain.append(items.count - 1)
        rank += 1
      }
      chain.append(lower)
      for (a, b) in zip(chain, chain.dropFirst()) {
        items[a].down.append(b)
        items[b].up.append(a)
      }
      chains.append(Chain(edge: edge, items: chain, reversed: reversed.contains(offset)))
    }
    let rankCount = (items.map(\.rank).max() ?? 0) + 1
    rows = Array(repeating: [], count: rankCount)
    for offset in items.indices { rows[items[offset].rank].append(offset) }
  }

  /// The edges that close a loop, found by depth-first search from the start.
  static func backEdges(count: Int, start: Int, edges: [(Int, Int)]) -> Set<Int> {
    var state = Array(repeating: 0, count: count)  // 0 new, 1 on the path, 2 done
    var back: Set<Int> = []
    let outgoing = Dictionary(grouping: edges.indices, by: { edges[$0].0 })
    func visit(_ node: Int) {
      state[node] = 1
      for edge in outgoing[node] ?? [] {
        let next = edges[edge].1
        if state[next] == 1 {
          back.insert(edge)
        } else if state[next] == 0 {
          visit(next)
        }
      }
      state[node] = 2
    }
    for root in [start] + Array(0..<count) where root < count && state[root] == 0 { visit(root) }
    return back
  }

  /// Each node's layer: the length of the longest path reaching it.
  static func longestPathLayers(count: Int, edges: [(Int, Int)]) -> [Int] {
    var layers = Array(repeating: 0, count: count)
    var incoming = Array(repeating: 0, count: count)
    for (_, to) in edges { incoming[to] += 1 }
    var ready = (0..<count).filter { incoming[$0] == 0 }
    let outgoing = Dictionary(grouping: edges, by: { $0.0 })
    while let node = ready.popLast() {
      for (_, to) in outgoing[node] ?? [] {
        layers[to] = max(layers[to], layers[node] + 1)
        incoming[to] -= 1
        if incoming[to] == 0 { ready.append(to) }
      }
    }
    return layers
  }

  // MARK: Ordering

  /// Orders every row by the barycentre of its neighbours, keeping the order with fewest crossings.
  mutating func order() {
    for rank in rows.indices.dropFirst() {
      let position = positions()
      rows[rank] = stableSorted(rows[rank]) { item in
        items[item].up.map { Double(position[$0]) }.min() ?? Double(position[item])
      }
    }
    var best = rows
    var fewest = crossings()
    for sweep in 0..<12 where fewest > 0 {
      let downwards = sweep % 2 == 0
      let ranks =
        downwards ? Array(rows.indices.dropFirst()) : Array(rows.indices.dropLast().reversed())
      for rank in ranks {
        let position = positions()
        rows[rank] = stableSorted(rows[rank]) { item in
          let neighbours = downwards ? items[item].up : items[item].down
          guard !neighbours.isEmpty else { return Double(position[item]) }
          return neighbours.map { Double(position[$0]) }.reduce(0, +) / Double(neighbours.count)
        }
      }
      transpose()
      let count = crossings()
      if count < fewest {
        fewest = count
        best = rows
      }
      if fewest == 0 { break }
    }
    rows = best
  }

  /// Swaps neighbours in a row when that removes crossings, keeping the best order found.
  ///
  /// Every other pass also takes swaps that keep the count, which gets past ties that
  /// barycentres cannot settle.
  private mutating func transpose() {
    var position = positions()
    var current = crossings()
    var best = (rows: rows, crossings: current)
    for pass in 0..<6 where best.crossings > 0 {
      let sideways = pass % 2 == 0
      for rank in rows.indices where rows[rank].count > 1 {
        for offset in 0..<(rows[rank].count - 1) {
          let before = crossings(around: rank, position)
          let (a, b) = (rows[rank][offset], rows[rank][offset + 1])
          rows[rank].swapAt(offset, offset + 1)
          (position[a], position[b]) = (position[b], position[a])
          let change = crossings(around: rank, position) - before
          if change < 0 || (sideways && change == 0) {
            current += change
            if current < best.crossings { best = (rows, current) }
          } else {
            rows[rank].swapAt(offset, offset + 1)
            (position[a], position[b]) = (position[b], position[a])
          }
        }
      }
    }
    rows = best.rows
  }

  /// Each item's index in its row.
  private func positions() -> [Int] {
    var position = Array(repeating: 0, count: items.count)
    for row in rows {
      for (offset, item) in row.enumerated() { position[item] = offset }
    }
    return position
  }

  private func stableSorted(_ row: [Int], by key: (Int) -> Double) -> [Int] {
    row.enumerated().map { (key($1), $0, $1) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }

  private func crossings() -> Int {
    let position = positions()
    return rows.indices.reduce(0) { $0 + crossings(below: $1, position) }
  }

  /// The crossings a change to one row can affect: with the rows above and below it.
  private func crossings(around rank: Int, _ position: [Int]) -> Int {
    (rank > 0 ? crossings(below: rank - 1, position) : 0) + crossings(below: rank, position)
  }

  /// Crossings between the lines leaving a row and the row beneath it.
  private func crossings(below rank: Int, _ position: [Int]) -> Int {
    let links = rows[rank].flatMap { item in items[item].down.map { (position[item], position[$0]) }
    }
    var total = 0
    for (first, a) in links.enumerated() {
      for b in links[(first + 1)...] where (a.0 - b.0) * (a.1 - b.1) < 0 { total += 1 }
    }
    return total
  }

  // MARK: Placement

  /// Gives every row its height and every item its x, centring items on their neighbours.
  mutating func place() {
    var top = 0.0
    for row in rows {
      let height = row.map { items[$0].height }.max() ?? 0
      for item in row {
        items[item].rowTop = top
        items[item].rowHeight = height
      }
      top += height + FlowchartLayout.rowGap
    }
    for row in rows { placeRow(row, desired: row.map { _ in 0 }) }
    for sweep in 0..<9 {
      let downwards = sweep % 2 == 0
      let ranks =
        downwards ? Array(rows.indices.dropFirst()) : Array(rows.indices.dropLast().reversed())
      for rank in ranks {
        let desired = rows[rank].map { item -> Double in
          let neighbours = downwards ? items[item].up : items[item].down
          guard !neighbours.isEmpty else { return items[item].x }
          return neighbours.map { items[$0].x }.reduce(0, +) / Double(neighbours.count)
        }
        placeRow(rows[rank], desired: desired)
      }
    }
    let left = items.map { $0.x - $0.width / 2 }.min() ?? 0
    for offset in items.indices { items[offset].x -= left }
  }

  /// Puts a row's items as close to their desired centres as their order and spacing allow
  /// (least squares, solved by pooling adjacent violators).
  private mutating func placeRow(_ row: [Int], desired: [Double]) {
    guard !row.isEmpty else { return }
    var offsets = [0.0]
    for (a, b) in zip(row, row.dropFirst()) {
      let gap =
        items[a].text == nil || items[b].text == nil
        ? FlowchartLayout.itemGap / 2 : FlowchartLayout.itemGap
      offsets.append((offsets.last ?? 0) + items[a].width / 2 + items[b].width / 2 + gap)
    }
    var blocks: [(value: Double, count: Int)] = []
    for (offset, target) in desired.enumerated() {
      blocks.append((target - offsets[offset], 1))
      while blocks.count > 1, blocks[blocks.count - 2].value > blocks[blocks.count - 1].value {
        let last = blocks.removeLast()
        let previous = blocks.removeLast()
        let count = previous.count + last.count
        blocks.append(
          (
            (previous.value * Double(previous.count) + last.value * Double(last.count))
              / Double(count), count
          ))
      }
    }
    var offset = 0
    for block in blocks {
      for _ in 0..<block.count {
        items[row[offset]].x = block.value + offsets[offset]
        offset += 1
      }
    }
  }

  // MARK: Routing

  /// The points an answer's line passes through, in the direction of the answer.
  func route(_ chain: Chain) -> [DiagramPoint] {
    guard let first = chain.items.first, let last = chain.items.last else { return [] }
    // Straight down to the edge of the node's row before curving, so a curve never sweeps
    // through the row beside a node shorter than its neighbours; the same on arrival.
    let start = port(first, toward: chain.items[1], downwards: true)
    var points = [
      DiagramPoint(x: start, y: items[first].box.maxY),
      DiagramPoint(x: start, y: items[first].rowTop + items[first].rowHeight),
    ]
    for item in chain.items.dropFirst().dropLast() {
      let x = items[item].x
      points.append(DiagramPoint(x: x, y: items[item].rowTop))
      points.append(DiagramPoint(x: x, y: items[item].rowTop + items[item].rowHeight))
    }
    let end = port(last, toward: chain.items[chain.items.count - 2], downwards: false)
    points.append(DiagramPoint(x: end, y: items[last].rowTop))
    points.append(DiagramPoint(x: end, y: items[last].box.y))
    points = points.enumerated().filter { offset, point in offset == 0 || point != points[offset - 1] }
      .map(\.element)
    return chain.reversed ? points.reversed() : points
  }

  /// Where a line leaves or enters a node: spread along its edge in the order of the neighbours.
  private func port(_ node: Int, toward neighbour: Int, downwards: Bool) -> Double {
    let neighbours = (downwards ? items[node].down : items[node].up).sorted {
      items[$0].x < items[$1].x
    }
    guard neighbours.count > 1, let rank = neighbours.firstIndex(of: neighbour) else {
      return items[node].x
    }
    let span = min(items[node].width * 0.5, Double(neighbours.count - 1) * 24)
    return items[node].x - span / 2 + Double(rank) * span / Double(neighbours.count - 1)
  }
}
