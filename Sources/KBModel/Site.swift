/// The whole knowledge base: every product, in the order the home page lists them.
public struct Site: Sendable {
  public var title: String
  public var tagline: String
  public var products: [Product]
  /// Codes, names or messages the home page offers as examples of what to type, e.g. `1014`
  /// or `Session already exists`; each must be one an entry has.
  public var searchExamples: [String]
  /// Words customers use for the same thing, site-wide or per product; see `Synonyms`.
  public var synonyms: [Synonyms]
  public var location: SourceLocation

  public init(
    title: String,
    tagline: String,
    products: [Product],
    searchExamples: [String] = [],
    synonyms: [Synonyms] = [],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.title = title
    self.tagline = tagline
    self.products = products
    self.searchExamples = searchExamples
    self.synonyms = synonyms
    self.location = SourceLocation(filePath: file, line: line)
  }
}
