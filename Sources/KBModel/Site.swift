/// The whole knowledge base: every product, in the order the home page lists them.
public struct Site: Sendable {
  public var title: String
  public var tagline: String
  public var products: [Product]
  public var location: SourceLocation

  public init(
    title: String,
    tagline: String,
    products: [Product],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.title = title
    self.tagline = tagline
    self.products = products
    self.location = SourceLocation(filePath: file, line: line)
  }
}
