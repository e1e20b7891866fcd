/// A group of entries inside a product, such as launch errors or scoring.
public struct Topic: Sendable {
  public var slug: String
  public var title: String
  /// CommonMark shown above the topic's entries.
  public var intro: String
  public var entries: [Entry]
  public var location: SourceLocation

  public init(
    slug: String,
    title: String,
    intro: String,
    entries: [Entry],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.slug = slug
    self.title = title
    self.intro = intro
    self.entries = entries
    self.location = SourceLocation(filePath: file, line: line)
  }
}
