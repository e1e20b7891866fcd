/// Participants exchanging numbered messages, as in a launch or deep-linking flow.
public struct SequenceDiagram: Sendable {
  public var participants: [Participant]
  public var items: [SequenceItem]

  public init(participants: [Participant], items: [SequenceItem]) {
    self.participants = participants
    self.items = items
  }

  /// Every message in order, highlighted ones included; a message's number is its index plus one.
  public var messages: [Message] { items.flatMap(\.messages) }
}

/// One column of a sequence diagram.
public struct Participant: Sendable, Hashable {
  /// Which side of the integration a participant runs on; neighbours on one side share a box.
  public enum Side: String, Sendable {
    case client
    case server
    case none

    public var label: String? {
      switch self {
      case .client: "Client-side"
      case .server: "Server-side"
      case .none: nil
      }
    }
  }

  public var id: String
  public var name: String
  public var side: Side
  /// Where the participant is declared, so a problem with it points at its line.
  public var location: SourceLocation

  public init(_ id: String, _ name: String, side: Side = .none, file: String = #filePath, line: Int = #line) {
    self.id = id
    self.name = name
    self.side = side
    self.location = SourceLocation(filePath: file, line: line)
  }
}

/// An arrow from one participant to another.
public struct Message: Sendable, Hashable {
  public enum Style: String, Sendable {
    /// A request or redirect.
    case solid
    /// A background exchange, such as key retrieval.
    case dashed
  }

  /// The step id entries use to say "it fails here"; also the anchor of the step.
  public var id: String
  public var from: String
  public var to: String
  public var text: String
  public var style: Style
  /// Where the message is written, so a problem with it points at its line.
  public var location: SourceLocation

  public init(
    id: String, from: String, to: String, text: String, style: Style = .solid, file: String = #filePath,
    line: Int = #line
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.text = text
    self.style = style
    self.location = SourceLocation(filePath: file, line: line)
  }
}

/// A line of a sequence diagram.
public indirect enum SequenceItem: Sendable {
  case message(Message)
  case note(over: [String], text: String)
  /// Messages drawn on a highlighted background: the steps the user sees.
  case highlight([SequenceItem])
  /// The participant's lifeline ends here.
  case end(String)

  public static func message(
    _ id: String, from: String, to: String, _ text: String, style: Message.Style = .solid,
    file: String = #filePath, line: Int = #line
  ) -> SequenceItem {
    .message(Message(id: id, from: from, to: to, text: text, style: style, file: file, line: line))
  }

  public static func note(over participants: String..., text: String) -> SequenceItem {
    .note(over: participants, text: text)
  }

  var messages: [Message] {
    switch self {
    case .message(let message): [message]
    case .highlight(let items): items.flatMap(\.messages)
    case .note, .end: []
    }
  }
}
