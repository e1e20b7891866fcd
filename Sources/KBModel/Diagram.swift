/// A flow drawn for customers: a sequence diagram or a troubleshooting flowchart.
public struct Diagram: Sendable {
  public enum Body: Sendable {
    case sequence(SequenceDiagram)
    case flowchart(Flowchart)
  }

  public var slug: String
  public var title: String
  /// CommonMark shown above the drawing.
  public var summary: String
  public var body: Body
  public var location: SourceLocation

  public init(
    slug: String,
    title: String,
    summary: String,
    sequence: SequenceDiagram,
    file: String = #filePath,
    line: Int = #line
  ) {
    self.init(slug: slug, title: title, summary: summary, body: .sequence(sequence), file: file, line: line)
  }

  public init(
    slug: String,
    title: String,
    summary: String,
    flowchart: Flowchart,
    file: String = #filePath,
    line: Int = #line
  ) {
    self.init(slug: slug, title: title, summary: summary, body: .flowchart(flowchart), file: file, line: line)
  }

  init(slug: String, title: String, summary: String, body: Body, file: String, line: Int) {
    self.slug = slug
    self.title = title
    self.summary = summary
    self.body = body
    self.location = SourceLocation(filePath: file, line: line)
  }

  public var kind: String {
    switch body {
    case .sequence: "sequence"
    case .flowchart: "flowchart"
    }
  }

  /// The ids a `StepRef` may point at: messages of a sequence, nodes of a flowchart.
  public var stepIDs: [String] {
    switch body {
    case .sequence(let sequence): sequence.messages.map(\.id)
    case .flowchart(let flowchart): flowchart.nodes.map(\.id)
    }
  }
}
