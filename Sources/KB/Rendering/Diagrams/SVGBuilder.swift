/// Writes SVG markup with every attribute value and text escaped, numbers rounded to a tenth.
struct SVGBuilder {
  private(set) var output = ""

  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    output += "<\(name)\(Self.attributes(attributes))>"
  }

  mutating func close(_ name: String) {
    output += "</\(name)>"
  }

  /// An element without content, such as `<rect …/>`.
  mutating func empty(_ name: String, _ attributes: [(String, String)]) {
    output += "<\(name)\(Self.attributes(attributes))/>"
  }

  mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
    output += "<\(name)\(Self.attributes(attributes))>\(Self.escape(text))</\(name)>"
  }

  mutating func newline() { output += "\n" }

  /// Draws a wrapped text block whose first line's top is at `top`; `x` is the anchor point.
  mutating func textBlock(
    _ block: TextBlock, x: Double, top: Double, className: String, anchor: String = "middle"
  ) {
    open(
      "text",
      [
        ("class", className), ("x", Self.number(x)), ("y", Self.number(top)),
        ("text-anchor", anchor),
      ])
    for (offset, line) in block.lines.enumerated() {
      let baseline = top + Double(offset) * block.lineHeight + block.fontSize
      element("tspan", [("x", Self.number(x)), ("y", Self.number(baseline))], text: line)
    }
    close("text")
  }

  mutating func rect(_ rect: DiagramRect, className: String, radius: Double = 0) {
    var attributes = [
      ("class", className), ("x", Self.number(rect.x)), ("y", Self.number(rect.y)),
      ("width", Self.number(rect.width)), ("height", Self.number(rect.height)),
    ]
    if radius > 0 { attributes.append(("rx", Self.number(radius))) }
    empty("rect", attributes)
  }

  static func attributes(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  static func escape(_ text: String) -> String {
    text.htmlEscaped
  }

  /// A coordinate rounded to a tenth, without a trailing `.0`, so output is stable and short.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }

  /// Points as an SVG path: straight down through labels, curved between rows.
  static func path(_ points: [DiagramPoint]) -> String {
    guard let first = points.first else { return "" }
    var d = "M\(number(first.x)) \(number(first.y))"
    for (a, b) in zip(points, points.dropFirst()) {
      if a.x == b.x {
        d += "L\(number(b.x)) \(number(b.y))"
      } else {
        let middle = (a.y + b.y) / 2
        d +=
          "C\(number(a.x)) \(number(middle)) \(number(b.x)) \(number(middle)) \(number(b.x)) \(number(b.y))"
      }
    }
    return d
  }
}
