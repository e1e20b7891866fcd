/// A troubleshooting flowchart: questions whose answers lead to other questions or to outcomes.
public struct Flowchart: Sendable {
  /// The id of the first question.
  public var start: String
  public var nodes: [FlowNode]
  public var edges: [FlowEdge]

  public init(start: String, nodes: [FlowNode], edges: [FlowEdge]) {
    self.start = start
    self.nodes = nodes
    self.edges = edges
  }

  public func node(_ id: String) -> FlowNode? { nodes.first { $0.id == id } }

  public func answers(from id: String) -> [FlowEdge] { edges.filter { $0.from == id } }
}

/// A box of a flowchart: a question to answer, or an outcome that is an entry.
public struct FlowNode: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case question
    case outcome
  }

  public var id: String
  public var kind: Kind
  /// CommonMark inline text; for an outcome, empty means "use the entry's name".
  public var text: String
  public var entry: EntryRef?
  /// Where the box is written, so a problem with it points at its line.
  public var location: SourceLocation

  public init(
    id: String, kind: Kind, text: String, entry: EntryRef?, file: String = #filePath, line: Int = #line
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.entry = entry
    self.location = SourceLocation(filePath: file, line: line)
  }

  public static func question(_ id: String, _ text: String, file: String = #filePath, line: Int = #line)
    -> FlowNode
  {
    FlowNode(id: id, kind: .question, text: text, entry: nil, file: file, line: line)
  }

  public static func outcome(
    _ id: String, entry: EntryRef, label: String = "", file: String = #filePath, line: Int = #line
  ) -> FlowNode {
    FlowNode(id: id, kind: .outcome, text: label, entry: entry, file: file, line: line)
  }
}

/// An answer: the labelled arrow from a question to what comes next.
public struct FlowEdge: Sendable, Hashable {
  public var from: String
  public var answer: String
  public var to: String
  /// Where the answer is written, so a problem with it points at its line.
  public var location: SourceLocation

  public init(from: String, answer: String, to: String, file: String = #filePath, line: Int = #line) {
    self.from = from
    self.answer = answer
    self.to = to
    self.location = SourceLocation(filePath: file, line: line)
  }

  public static func answer(
    _ from: String, _ answer: String, to: String, file: String = #filePath, line: Int = #line
  ) -> FlowEdge {
    FlowEdge(from: from, answer: answer, to: to, file: file, line: line)
  }
}
