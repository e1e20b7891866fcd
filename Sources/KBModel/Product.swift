/// A product whose integration errors the knowledge base documents.
public struct Product: Sendable {
  public var slug: String
  public var title: String
  /// One paragraph of CommonMark shown on the home page and atop the overview.
  public var summary: String
  public var support: Support
  /// When the source material was last updated, as `YYYY-MM-DD`; nil when the source does not say.
  public var lastUpdated: String?
  public var topics: [Topic]
  public var diagrams: [Diagram]
  /// Outside documents the product's prose refers to as `guide:slug#section`.
  public var guides: [Guide]
  /// The product's old slugs: its old pages, `old-slug/` and `old-slug/entry/`, redirect here,
  /// and the overview's anchors keep working under them.
  public var aliases: [String]
  public var location: SourceLocation

  public init(
    slug: String,
    title: String,
    summary: String,
    support: Support,
    lastUpdated: String? = nil,
    topics: [Topic],
    diagrams: [Diagram] = [],
    guides: [Guide] = [],
    aliases: [String] = [],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.slug = slug
    self.title = title
    self.summary = summary
    self.support = support
    self.lastUpdated = lastUpdated
    self.topics = topics
    self.diagrams = diagrams
    self.guides = guides
    self.aliases = aliases
    self.location = SourceLocation(filePath: file, line: line)
  }

  /// Every entry of the product, topic by topic.
  public var entries: [Entry] { topics.flatMap(\.entries) }

  public func guide(_ slug: String) -> Guide? { guides.first { $0.slug == slug } }
}
