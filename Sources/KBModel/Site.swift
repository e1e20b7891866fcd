/// The whole knowledge base: every product, in the order the home page lists them.
public struct Site: Sendable {
  public var title: String
  public var tagline: String
  public var products: [Product]
  /// Codes, names or messages the home page offers as examples of what to type, e.g. `E100`
  /// or `Upload rejected`; each must be one an entry has.
  public var searchExamples: [String]
  /// Words customers use for the same thing, site-wide or per product; see `Synonyms`.
  public var synonyms: [Synonyms]
  /// Who may have to act on an entry (`Entry.actors`); kb's `Role.standard` unless the site
  /// declares its own, e.g. `[.merchant, .cardholder, .operator]`.
  public var roles: [Role]
  /// The logo, tab icon, brand colours, extra style sheet and header and footer links.
  public var branding: Branding
  /// Where "Was this page helpful?" answers and unanswered searches are sent; nil asks nothing.
  public var feedback: Feedback?
  public var location: SourceLocation

  public init(
    title: String,
    tagline: String,
    products: [Product],
    searchExamples: [String] = [],
    synonyms: [Synonyms] = [],
    roles: [Role] = Role.standard,
    branding: Branding = Branding(),
    feedback: Feedback? = nil,
    file: String = #filePath,
    line: Int = #line
  ) {
    self.title = title
    self.tagline = tagline
    self.products = products
    self.searchExamples = searchExamples
    self.synonyms = synonyms
    self.roles = roles
    self.branding = branding
    self.feedback = feedback
    self.location = SourceLocation(filePath: file, line: line)
  }

  /// The role a site declares with `role`'s id, which gives its label.
  public func declaredRole(_ role: Role) -> Role? { roles.first { $0.id == role.id } }
}
