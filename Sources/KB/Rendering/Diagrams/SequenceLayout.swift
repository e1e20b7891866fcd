import KBModel

/// Where every part of a sequence diagram goes: columns, rows, group boxes and highlights.
///
/// Columns are spread just far enough apart for the labels between them; every message and
/// note gets a row of its own, so labels never share vertical space.
struct SequenceLayout: Sendable {
  struct Column: Sendable {
    var participant: Participant
    var name: TextBlock
    var header: DiagramRect
    var lifelineTop: Double
    var lifelineBottom: Double
    /// True when the participant's lifeline was ended before the diagram's end.
    var ended: Bool
  }

  struct Group: Sendable {
    var side: Participant.Side
    var label: TextBlock
    var box: DiagramRect
    var labelBox: DiagramRect
  }

  struct MessageRow: Sendable {
    var message: Message
    var number: Int
    var label: TextBlock
    var labelBox: DiagramRect
    var fromX: Double
    var toX: Double
    var y: Double
    /// A message to oneself is drawn as a loop that returns at `loopBottom`.
    var loopBottom: Double?
    var numberBox: DiagramRect
  }

  struct NoteRow: Sendable {
    var text: TextBlock
    var box: DiagramRect
  }

  struct Highlight: Sendable {
    var box: DiagramRect
    var depth: Int
  }

  static let fontSize = 14.0
  static let headerPadding = (x: 12.0, y: 8.0)
  static let minHeaderWidth = 110.0
  static let maxHeaderTextWidth = 150.0
  static let maxLabelWidth = 210.0
  static let columnGap = 28.0
  static let labelMargin = 16.0
  static let groupPadding = 10.0
  static let groupLabelHeight = 24.0
  static let rowGap = 14.0
  static let numberRadius = 10.0
  static let ringRadius = 14.0
  static let notePadding = 8.0
  static let selfLoopWidth = 34.0
  static let margin = 4.0

  private(set) var columns: [Column] = []
  private(set) var groups: [Group] = []
  private(set) var messages: [MessageRow] = []
  private(set) var notes: [NoteRow] = []
  private(set) var highlights: [Highlight] = []
  private(set) var bounds = DiagramRect(x: 0, y: 0, width: 0, height: 0)

  init(_ sequence: SequenceDiagram) {
    let index = Dictionary(
      sequence.participants.enumerated().map { ($1.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let names = sequence.participants.map {
      TextBlock($0.name, maxWidth: Self.maxHeaderTextWidth, fontSize: Self.fontSize, bold: true)
    }
    let headerWidths = names.map { max(Self.minHeaderWidth, $0.width + 2 * Self.headerPadding.x) }
    let headerHeight = (names.map(\.height).max() ?? 0) + 2 * Self.headerPadding.y
    let labels = sequence.messages.map {
      TextBlock($0.text, maxWidth: Self.maxLabelWidth, fontSize: Self.fontSize)
    }
    let centers = Self.columnCenters(
      sequence, index: index, headerWidths: headerWidths, labels: labels)

    let hasGroups = sequence.participants.contains { $0.side != .none }
    let headerTop = hasGroups ? Self.groupLabelHeight + Self.groupPadding : 0
    for (offset, participant) in sequence.participants.enumerated() {
      let header = DiagramRect(
        x: centers[offset] - headerWidths[offset] / 2, y: headerTop,
        width: headerWidths[offset], height: headerHeight)
      columns.append(
        Column(
          participant: participant, name: names[offset], header: header,
          lifelineTop: header.maxY, lifelineBottom: header.maxY, ended: false))
    }

    var cursor = headerTop + headerHeight + Self.rowGap * 1.5
    var lastMessageY: [Int: Double] = [:]
    var endedAt: [Int: Double] = [:]
    var number = 0
    placeRows(
      sequence.items, depth: 0, cursor: &cursor, number: &number, labels: labels, index: index,
      lastMessageY: &lastMessageY, endedAt: &endedAt)

    let bottom = cursor + Self.rowGap / 2
    for offset in columns.indices {
      columns[offset].lifelineBottom = endedAt[offset] ?? bottom
      columns[offset].ended = endedAt[offset] != nil
    }
    let spanLeft = (columns.map(\.header.x).min() ?? 0) - Self.groupPadding
    let spanRight = (columns.map(\.header.maxX).max() ?? 0) + Self.groupPadding
    for offset in highlights.indices {
      let inset = Double(highlights[offset].depth) * 4
      highlights[offset].box.x = spanLeft + inset
      highlights[offset].box.width = spanRight - spanLeft - 2 * inset
    }
    placeGroups(bottom: bottom + Self.groupPadding)

    var extents = columns.map(\.header) + groups.map(\.box) + highlights.map(\.box)
    extents += messages.flatMap { [$0.labelBox, $0.numberBox] } + notes.map(\.box)
    let union = DiagramRect.union(extents) ?? bounds
    bounds = union.insetBy(dx: -Self.margin, dy: -Self.margin)
  }

  /// Every box the layout keeps apart: headers, group labels, message labels, numbers, notes.
  var boxes: [LaidOutBox] {
    columns.map { LaidOutBox(kind: .participant, rect: $0.header) }
      + groups.map { LaidOutBox(kind: .groupLabel, rect: $0.labelBox) }
      + messages.flatMap {
        [
          LaidOutBox(kind: .messageLabel, rect: $0.labelBox),
          LaidOutBox(kind: .stepNumber, rect: $0.numberBox),
        ]
      }
      + notes.map { LaidOutBox(kind: .note, rect: $0.box) }
  }

  /// The x of each participant's lifeline: far enough apart for headers, group boxes and the
  /// labels of the messages between them.
  private static func columnCenters(
    _ sequence: SequenceDiagram, index: [String: Int], headerWidths: [Double], labels: [TextBlock]
  ) -> [Double] {
    let count = sequence.participants.count
    guard count > 0 else { return [] }
    var gaps = (0..<max(count - 1, 0)).map { offset -> Double in
      var gap = headerWidths[offset] / 2 + headerWidths[offset + 1] / 2 + columnGap
      let left = sequence.participants[offset].side
      let right = sequence.participants[offset + 1].side
      if left != right {
        gap += (left == .none ? 0 : groupPadding) + (right == .none ? 0 : groupPadding)
      }
      return gap
    }
    let spans = zip(sequence.messages, labels).compactMap { message, label -> (Int, Int, Double)? in
      guard let from = index[message.from], let to = index[message.to] else { return nil }
      if from == to {
        return (from, from + 1, selfLoopWidth + 8 + label.width + labelMargin)
      }
      return (min(from, to), max(from, to), label.width + 2 * labelMargin)
    }
    for (low, high, needed) in spans.sorted(by: { $0.1 - $0.0 < $1.1 - $1.0 }) {
      // A message to oneself on the last column only widens the bounds, through its label box.
      if high >= count { continue }
      let have = gaps[low..<high].reduce(0, +)
      if have < needed {
        let extra = (needed - have) / Double(high - low)
        for gap in low..<high { gaps[gap] += extra }
      }
    }
    var centers = [headerWidths[0] / 2 + groupPadding]
    for gap in gaps { centers.append((centers.last ?? 0) + gap) }
    return centers
  }

  private mutating func placeRows(
    _ items: [SequenceItem], depth: Int, cursor: inout Double, number: inout Int,
    labels: [TextBlock], index: [String: Int], lastMessageY: inout [Int: Double],
    endedAt: inout [Int: Double]
  ) {
    for item in items {
      switch item {
      case .message(let message):
        // Numbered even when it cannot be drawn, so later messages keep their numbers and labels.
        number += 1
        guard let from = index[message.from], let to = index[message.to], number <= labels.count
        else { continue }
        let label = labels[number - 1]
        let fromX = columns[from].header.midX
        let toX = columns[to].header.midX
        let row: MessageRow
        if from == to {
          let y = cursor + Self.numberRadius
          let loopBottom = y + max(label.height, 2 * Self.numberRadius) + 4
          let labelBox = DiagramRect(
            x: fromX + Self.selfLoopWidth + 8, y: y - Self.numberRadius + 2,
            width: label.width, height: label.height)
          row = MessageRow(
            message: message, number: number, label: label, labelBox: labelBox, fromX: fromX,
            toX: toX, y: y, loopBottom: loopBottom, numberBox: Self.numberBox(x: fromX, y: y))
          cursor = max(loopBottom, labelBox.maxY) + Self.rowGap
        } else {
          let y = cursor + label.height + Self.numberRadius + 2
          let labelBox = DiagramRect(
            x: (fromX + toX) / 2 - label.width / 2, y: cursor,
            width: label.width, height: label.height)
          row = MessageRow(
            message: message, number: number, label: label, labelBox: labelBox, fromX: fromX,
            toX: toX, y: y, loopBottom: nil, numberBox: Self.numberBox(x: fromX, y: y))
          cursor = y + Self.numberRadius + Self.rowGap
        }
        messages.append(row)
        lastMessageY[from] = row.loopBottom ?? row.y
        lastMessageY[to] = row.loopBottom ?? row.y
      case .note(let over, let text):
        let covered = over.compactMap { index[$0] }
        guard let low = covered.min(), let high = covered.max() else { continue }
        let block = TextBlock(text, maxWidth: Self.maxLabelWidth, fontSize: Self.fontSize)
        let left = columns[low].header.midX
        let right = columns[high].header.midX
        let width = max(block.width + 2 * Self.notePadding, right - left + 40)
        let box = DiagramRect(
          x: (left + right) / 2 - width / 2, y: cursor, width: width,
          height: block.height + 2 * Self.notePadding)
        notes.append(NoteRow(text: block, box: box))
        cursor = box.maxY + Self.rowGap
      case .highlight(let inner):
        let top = cursor - Self.rowGap / 2
        let slot = highlights.count
        highlights.append(
          Highlight(box: DiagramRect(x: 0, y: top, width: 0, height: 0), depth: depth))
        cursor += 4
        placeRows(
          inner, depth: depth + 1, cursor: &cursor, number: &number, labels: labels, index: index,
          lastMessageY: &lastMessageY, endedAt: &endedAt)
        let bottom = cursor - Self.rowGap / 2 + 4
        highlights[slot].box.height = bottom - top
        cursor = bottom + Self.rowGap
      case .end(let participant):
        guard let column = index[participant], endedAt[column] == nil else { continue }
        // Below the last message's number, so the cross that ends the lifeline stays visible.
        endedAt[column] = (lastMessageY[column] ?? cursor) + Self.numberRadius + 6
      }
    }
  }

  /// Room for a step number and the ring drawn around it when entries are tied to the step.
  private static func numberBox(x: Double, y: Double) -> DiagramRect {
    DiagramRect(centerX: x, centerY: y, width: 2 * ringRadius, height: 2 * ringRadius)
  }

  /// One box around each run of neighbours on the same side, labelled at its top.
  private mutating func placeGroups(bottom: Double) {
    var offset = 0
    while offset < columns.count {
      let side = columns[offset].participant.side
      var end = offset
      while end + 1 < columns.count, columns[end + 1].participant.side == side { end += 1 }
      if let title = side.label {
        let left = columns[offset].header.x - Self.groupPadding
        let right = columns[end].header.maxX + Self.groupPadding
        let label = TextBlock(title, maxWidth: right - left - 16, fontSize: 13, bold: true)
        let labelBox = DiagramRect(
          x: left + 8, y: (Self.groupLabelHeight - label.height) / 2 + 2,
          width: label.width, height: label.height)
        groups.append(
          Group(
            side: side, label: label,
            box: DiagramRect(x: left, y: 0, width: right - left, height: bottom),
            labelBox: labelBox))
      }
      offset = end + 1
    }
  }
}
