/// An axis-aligned rectangle in diagram units (CSS pixels at natural size).
struct DiagramRect: Sendable, Hashable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// A rectangle of the given size centred on a point.
  init(centerX: Double, centerY: Double, width: Double, height: Double) {
    self.init(x: centerX - width / 2, y: centerY - height / 2, width: width, height: height)
  }

  var maxX: Double { x + width }
  var maxY: Double { y + height }
  var midX: Double { x + width / 2 }
  var midY: Double { y + height / 2 }

  /// True when the two rectangles share more than an edge.
  func overlaps(_ other: DiagramRect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  func insetBy(dx: Double, dy: Double) -> DiagramRect {
    DiagramRect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The smallest rectangle holding every rectangle given, or nil for none.
  static func union(_ rects: [DiagramRect]) -> DiagramRect? {
    guard let first = rects.first else { return nil }
    var minX = first.x
    var minY = first.y
    var maxX = first.maxX
    var maxY = first.maxY
    for rect in rects.dropFirst() {
      minX = min(minX, rect.x)
      minY = min(minY, rect.y)
      maxX = max(maxX, rect.maxX)
      maxY = max(maxY, rect.maxY)
    }
    return DiagramRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }
}

/// A point in diagram units.
struct DiagramPoint: Sendable, Hashable {
  var x: Double
  var y: Double
}

/// A box the layout promises not to overlap with any other, with what it holds, for tests.
struct LaidOutBox: Sendable, Hashable {
  enum Kind: String, Sendable {
    case participant, groupLabel, messageLabel, stepNumber, note, node, edgeLabel
  }

  var kind: Kind
  var rect: DiagramRect
}
