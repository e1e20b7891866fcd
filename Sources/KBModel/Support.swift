/// How customers reach the product's support team and what they should send.
public struct Support: Sendable {
  /// Where to open a ticket.
  public var ticketURL: String?
  public var phone: String?
  /// Where to write, e.g. `help@example.com`.
  public var email: String?
  /// Where to start a chat with support.
  public var chatURL: String?
  /// Opening hours or coverage, e.g. "24/7 end-user support".
  public var hours: String?
  public var slaTiers: [SLATier]
  /// What a ticket should contain, one item per line, in inline CommonMark (`` `request_id` ``).
  public var include: [String]
  /// Extra CommonMark shown with the contact details.
  public var notes: String?
  public var location: SourceLocation

  public init(
    ticketURL: String? = nil,
    phone: String? = nil,
    email: String? = nil,
    chatURL: String? = nil,
    hours: String? = nil,
    slaTiers: [SLATier] = [],
    include: [String] = [],
    notes: String? = nil,
    file: String = #filePath,
    line: Int = #line
  ) {
    self.ticketURL = ticketURL
    self.phone = phone
    self.email = email
    self.chatURL = chatURL
    self.hours = hours
    self.slaTiers = slaTiers
    self.include = include
    self.notes = notes
    self.location = SourceLocation(filePath: file, line: line)
  }
}

/// A support tier and how quickly it answers.
public struct SLATier: Sendable {
  public var name: String
  public var responseTime: String

  public init(_ name: String, responseTime: String) {
    self.name = name
    self.responseTime = responseTime
  }
}
