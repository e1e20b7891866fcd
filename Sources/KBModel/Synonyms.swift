/// Words and phrases customers use for the same thing: an entry that holds one is found by any.
///
/// `Synonyms("won't start", "fails to launch", "launch fails")` lets a customer who types
/// "lab won't start" find an entry whose text only says the launch fails. A group applies to every
/// product, or to one when `product:` names its slug; `kb check` reports a term used twice, a
/// group no entry uses, and a product that does not exist.
public struct Synonyms: Sendable {
  public var terms: [String]
  /// The slug of the product the group applies to; nil for the whole site.
  public var product: String?
  public var location: SourceLocation

  public init(
    _ terms: String..., product: String? = nil, file: String = #filePath, line: Int = #line
  ) {
    self.terms = terms
    self.product = product
    self.location = SourceLocation(filePath: file, line: line)
  }
}
