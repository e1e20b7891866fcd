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
  /// Slugs the diagram was published under before, whose pages now redirect here.
  public var aliases: [String]
  /// Step ids published before, each with the id of the step that took its place; their links
  /// (`#step-old`) lead to the new step on the diagram and troubleshooter pages.
  public var movedSteps: [String: String]
  public var location: SourceLocation

  public init(
    slug: String,
    title: String,
    summary: String,
    sequence: SequenceDiagram,
    aliases: [String] = [],
    movedSteps: [String: String] = [:],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.init(
      slug: slug, title: title, summary: summary, body: .sequence(sequence), aliases: aliases,
      movedSteps: movedSteps, file: file, line: line)
  }

  public init(
    slug: String,
    title: String,
    summary: String,
    flowchart: Flowchart,
    aliases: [String] = [],
    movedSteps: [String: String] = [:],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.init(
      slug: slug, title: title, summary: summary, body: .flowchart(flowchart), aliases: aliases,
      movedSteps: movedSteps, file: file, line: line)
  }

  init(
    slug: String, title: String, summary: String, body: Body, aliases: [String],
    movedSteps: [String: String], file: String, line: Int
  ) {
    self.slug = slug
    self.title = title
    self.summary = summary
    self.body = body
    self.aliases = aliases
    self.movedSteps = movedSteps
    self.location = SourceLocation(filePath: file, line: line)
  }

  /// The old step ids that now lead to `step`, sorted.
  public func oldIDs(of step: String) -> [String] {
    movedSteps.filter { $0.value == step }.map(\.key).sorted()
  }

  /// The ids of the questions a troubleshooter shows, for a flowchart.
  public var questionIDs: [String] {
    guard case .flowchart(let flowchart) = body else { return [] }
    return flowchart.nodes.filter { $0.kind == .question }.map(\.id)
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
