import Foundation
import KBModel

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What a drawing shows, read back from either of its two forms, so the forms can be compared.
struct DrawnDiagram: Equatable {
  struct Message: Equatable, CustomStringConvertible {
    var from: String
    var to: String
    var text: String
    var dashed: Bool
    var description: String { "\(from) → \(to): \(text)\(dashed ? " (dashed)" : "")" }
  }

  struct Edge: Hashable, Comparable {
    var from: String
    var answer: String
    var to: String
    static func < (lhs: Edge, rhs: Edge) -> Bool {
      (lhs.from, lhs.answer, lhs.to) < (rhs.from, rhs.answer, rhs.to)
    }
  }

  var participants: [String] = []
  var messages: [Message] = []
  /// Node text by kind (`question`, `outcome`), sorted.
  var nodes: [String] = []
  var edges: [Edge] = []
}

/// A minimal element tree built with Foundation's XML parser, which also proves well-formedness.
final class XMLElementTree: NSObject, XMLParserDelegate {
  final class Element {
    let name: String
    let attributes: [String: String]
    var children: [Element] = []
    var text = ""
    init(name: String, attributes: [String: String]) {
      self.name = name
      self.attributes = attributes
    }

    var classes: Set<String> {
      Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
    }

    func all(_ className: String) -> [Element] {
      (classes.contains(className) ? [self] : []) + children.flatMap { $0.all(className) }
    }

    func first(_ name: String) -> Element? {
      children.first { $0.name == name } ?? children.lazy.compactMap { $0.first(name) }.first
    }

    /// The text of an element and its descendants, lines joined by spaces.
    var allText: String {
      ([text] + children.map(\.allText)).filter { !$0.isEmpty }.joined(separator: " ")
    }
  }

  private var stack: [Element] = []
  private(set) var root: Element?

  static func parse(_ xml: String) -> Element? {
    let tree = XMLElementTree()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = tree
    return parser.parse() ? tree.root : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let element = Element(name: name, attributes: attributes)
    stack.last?.children.append(element)
    if stack.isEmpty { root = element }
    stack.append(element)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    stack.removeLast()
  }
}

enum DiagramSourceParsers {
  /// Reads participants and messages, or nodes and answers, back out of a drawing's geometry.
  static func svg(_ svg: String) -> DrawnDiagram? {
    guard let root = XMLElementTree.parse(svg) else { return nil }
    var drawn = DrawnDiagram()
    var lifelines: [(x: Double, name: String)] = []
    for participant in root.all("diagram-participant") {
      guard let line = participant.all("diagram-lifeline").first,
        let x = number(line.attributes["x1"]),
        let name = participant.all("diagram-participant-name").first?.allText
      else { return nil }
      lifelines.append((x, name))
      drawn.participants.append(name)
    }
    func nearest(_ x: Double) -> String {
      lifelines.min { abs($0.x - x) < abs($1.x - x) }?.name ?? "?"
    }
    for message in root.all("diagram-message") {
      guard let label = message.all("diagram-message-label").first?.allText,
        let line = message.all("diagram-message-line").first
      else { return nil }
      let dashed = message.classes.contains("is-dashed")
      if line.name == "line", let x1 = number(line.attributes["x1"]),
        let x2 = number(line.attributes["x2"])
      {
        drawn.messages.append(
          .init(from: nearest(x1), to: nearest(x2), text: label, dashed: dashed))
      } else if let start = points(line.attributes["d"]).first {
        drawn.messages.append(
          .init(from: nearest(start.x), to: nearest(start.x), text: label, dashed: dashed))
      }
    }
    var boxes: [(rect: (x: Double, y: Double, maxX: Double, maxY: Double), text: String)] = []
    for node in root.all("diagram-node") {
      let kind = node.classes.contains("diagram-outcome") ? "outcome" : "question"
      guard let text = node.all("diagram-node-text").first?.allText,
        let shape = node.all("diagram-node-shape").first
      else { return nil }
      let corners: [(x: Double, y: Double)]
      if shape.name == "rect", let x = number(shape.attributes["x"]),
        let y = number(shape.attributes["y"]),
        let width = number(shape.attributes["width"]),
        let height = number(shape.attributes["height"])
      {
        corners = [(x, y), (x + width, y + height)]
      } else {
        corners = points(shape.attributes["points"])
      }
      let xs = corners.map(\.x)
      let ys = corners.map(\.y)
      guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max()
      else { return nil }
      boxes.append(((minX, minY, maxX, maxY), text))
      drawn.nodes.append("\(kind): \(text)")
    }
    func node(at point: (x: Double, y: Double)) -> String {
      boxes.first { box in
        point.x >= box.rect.x - 1 && point.x <= box.rect.maxX + 1 && point.y >= box.rect.y - 1
          && point.y <= box.rect.maxY + 1
      }?.text ?? "?"
    }
    for edge in root.all("diagram-edge") {
      guard let label = edge.all("diagram-edge-label").first?.allText,
        let line = edge.all("diagram-edge-line").first
      else { return nil }
      let path = points(line.attributes["d"])
      guard let start = path.first, let end = path.last else { return nil }
      drawn.edges.append(.init(from: node(at: start), answer: label, to: node(at: end)))
    }
    drawn.nodes.sort()
    drawn.edges.sort()
    return drawn
  }

  /// Reads the Mermaid source kb writes: participants, messages, nodes and labelled edges.
  static func mermaid(_ source: String) -> DrawnDiagram {
    var drawn = DrawnDiagram()
    var names: [String: String] = [:]
    var nodeText: [String: String] = [:]
    var edges: [(String, String, String)] = []
    for raw in source.split(separator: "\n") {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if let match = line.wholeMatch(of: /participant (\S+) as (.+)/) {
        names[String(match.1)] = unescape(String(match.2))
        drawn.participants.append(unescape(String(match.2)))
      } else if let match = line.wholeMatch(of: /([A-Za-z0-9_-]+?)(-->>|->>)([A-Za-z0-9_-]+): (.*)/) {
        drawn.messages.append(
          .init(
            from: names[String(match.1)] ?? "?", to: names[String(match.3)] ?? "?",
            text: unescape(String(match.4)), dashed: match.2 == "-->>"))
      } else if let match = line.wholeMatch(of: /(n_\w+)\["(.*)"\]/) {
        nodeText[String(match.1)] = unescape(String(match.2))
        drawn.nodes.append("question: \(unescape(String(match.2)))")
      } else if let match = line.wholeMatch(of: /(n_\w+)\{\{"(.*)"\}\}/) {
        nodeText[String(match.1)] = unescape(String(match.2))
        drawn.nodes.append("outcome: \(unescape(String(match.2)))")
      } else if let match = line.wholeMatch(of: /(n_\w+) -->\|"(.*)"\| (n_\w+)/) {
        edges.append((String(match.1), unescape(String(match.2)), String(match.3)))
      }
    }
    drawn.edges = edges.map {
      .init(from: nodeText[$0.0] ?? "?", answer: $0.1, to: nodeText[$0.2] ?? "?")
    }.sorted()
    drawn.nodes.sort()
    return drawn
  }

  /// Undoes kb's Mermaid escapes in one pass; runs of spaces become one, as when a label wraps.
  static func unescape(_ text: String) -> String {
    let decoded = text.replacing(/#(\d+|quot);|<br>/) { match -> String in
      guard let code = match.output.1 else { return " " }
      if code == "quot" { return "\"" }
      return UInt32(code).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
    }
    return decoded.split(separator: " ").joined(separator: " ")
  }

  private static func number(_ text: String?) -> Double? { text.flatMap(Double.init) }

  private static func points(_ text: String?) -> [(x: Double, y: Double)] {
    let numbers = (text ?? "").split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap {
      Double($0)
    }
    return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
  }
}
