/// One error, message, problem or flowchart outcome: the page customers land on and support links to.
public struct Entry: Sendable {
  public var identity: Identity
  /// The URL segment of the entry inside its product; see `Slug` for the rule.
  public var slug: String
  public var title: String
  public var symptoms: [Symptom]
  /// Why it happens: one CommonMark paragraph per cause.
  public var causes: [String]
  /// What to do, in order.
  public var resolution: [Step]
  /// The resolution per platform where it differs (one operating system, client or plan, …).
  public var variants: [PlatformVariant]
  /// Code samples that belong to the entry as a whole rather than to one step.
  public var samples: [CodeSample]
  /// Who has to act to fix it.
  public var actors: [Role]
  public var frequency: Frequency?
  /// Whether and when the failed request may be sent again, where the source says.
  public var retry: RetryAdvice?
  /// When to escalate to support, in CommonMark; the product's support block says how.
  public var escalation: String?
  /// Where a source document contradicts itself or states something we could not follow.
  public var sourceNotes: [SourceNote]
  public var related: [EntryRef]
  /// The step of a flow diagram where this goes wrong.
  public var happensAt: StepRef?
  /// Other spellings and old slugs that must keep leading here.
  public var aliases: [String]
  /// Phrases customers type for this problem that its text does not hold, e.g. "grade not showing".
  public var searchTerms: [String]
  public var deprecation: Deprecation?
  /// When someone last checked that the entry still holds, as `YYYY-MM-DD`; shown on the page
  /// and used as the page's date in `sitemap.xml` and its structured data.
  public var lastReviewed: String?
  public var location: SourceLocation

  public init(
    _ identity: Identity,
    slug: String? = nil,
    title: String,
    symptoms: [Symptom] = [],
    causes: [String],
    resolution: [Step],
    variants: [PlatformVariant] = [],
    samples: [CodeSample] = [],
    actors: [Role] = [],
    frequency: Frequency? = nil,
    retry: RetryAdvice? = nil,
    escalation: String? = nil,
    sourceNotes: [SourceNote] = [],
    related: [EntryRef] = [],
    happensAt: StepRef? = nil,
    aliases: [String] = [],
    searchTerms: [String] = [],
    deprecation: Deprecation? = nil,
    lastReviewed: String? = nil,
    file: String = #filePath,
    line: Int = #line
  ) {
    self.identity = identity
    self.slug = slug ?? Slug.derive(identity: identity, title: title)
    self.title = title
    self.symptoms = symptoms
    self.causes = causes
    self.resolution = resolution
    self.variants = variants
    self.samples = samples
    self.actors = actors
    self.frequency = frequency
    self.retry = retry
    self.escalation = escalation
    self.sourceNotes = sourceNotes
    self.related = related
    self.happensAt = happensAt
    self.aliases = aliases
    self.searchTerms = searchTerms
    self.deprecation = deprecation
    self.lastReviewed = lastReviewed
    self.location = SourceLocation(filePath: file, line: line)
  }

  public var code: String? { identity.code }
  public var name: String? { identity.name }
  public var httpStatus: Int? { identity.httpStatus }
  public var isDeprecated: Bool { deprecation != nil }
}

/// What identifies an entry in the product's own output.
public enum Identity: Sendable, Hashable {
  /// A code the product returns, with its symbolic name when it has one, spelled exactly as emitted,
  /// and the HTTP status it comes with when it is an API's error, e.g. `.code("card_declined", status: 402)`.
  case code(String, name: String? = nil, status: Int? = nil)
  /// An error message an API returns, with its HTTP status when it has one.
  case apiError(String, status: Int? = nil)
  /// A message shown in the user's browser.
  case screenMessage(String)
  /// A problem described in the user's words, without any code; the title states it.
  case problem
  /// A numbered outcome of a troubleshooting flowchart.
  case scenario(Int)

  public var kind: String {
    switch self {
    case .code: "code"
    case .apiError: "api-error"
    case .screenMessage: "screen-message"
    case .problem: "problem"
    case .scenario: "scenario"
    }
  }

  public var code: String? {
    if case .code(let code, _, _) = self { return code }
    return nil
  }

  public var name: String? {
    switch self {
    case .code(_, let name, _): name
    case .apiError(let message, _), .screenMessage(let message): message
    case .scenario(let number): "Scenario \(number)"
    case .problem: nil
    }
  }

  /// The HTTP status the entry comes with: an API error's, or a code's.
  public var httpStatus: Int? {
    switch self {
    case .code(_, _, let status), .apiError(_, let status): status
    case .screenMessage, .problem, .scenario: nil
    }
  }
}

/// Who has to act to resolve an entry: one of the roles the site declares (`Site.roles`, kb's
/// `Role.standard` unless the site says otherwise).
///
/// Declare a knowledge base's own roles once and refer to them as `.merchant` or `"merchant"`:
///
/// ```swift
/// extension Role {
///   static let merchant = Role("merchant", "The merchant")
///   static let acmeSupport = Role("acme-support", "Acme Support", isName: true)
/// }
/// ```
///
/// Write a label as it starts a sentence. Where an entry lists several roles, the ones after the
/// first read in lower case ("The merchant and the cardholder") unless the label is a name
/// (`isName`), which keeps its capitals; a first word in capitals (`IT administrator`) keeps them.
public struct Role: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// What entries refer to it by, e.g. `merchant`.
  public var id: String
  /// How a sentence names it, e.g. "The merchant"; nil on a reference written as a string, which
  /// takes the label the site declares.
  public var label: String?
  /// Whether the label is a name (a team, a company, a product) that keeps its capital letter
  /// inside a sentence.
  public var isName: Bool

  public init(_ id: String, _ label: String, isName: Bool = false) {
    self.id = id
    self.label = label
    self.isName = isName
  }

  /// A reference to a role the site declares.
  public init(stringLiteral id: String) {
    self.id = id
    self.label = nil
    self.isName = false
  }

  public var description: String { id }

  public static let user = Role("user", "The user")
  public static let instructor = Role("instructor", "An instructor")
  public static let admin = Role("admin", "An administrator")
  public static let developer = Role("developer", "The integrating developer")
  public static let support = Role("support", "Support", isName: true)

  /// kb's roles, for a site that declares none of its own.
  public static let standard: [Role] = [.user, .admin, .developer, .support]
}

/// How often the source says an entry occurs.
public enum Frequency: String, Sendable {
  case common
  case uncommon
  case veryUncommon = "very-uncommon"

  public var label: String {
    switch self {
    case .common: "Common"
    case .uncommon: "Uncommon"
    case .veryUncommon: "Very uncommon"
    }
  }
}

/// Marks an entry that is kept only so published links keep working.
public struct Deprecation: Sendable {
  public var replacement: EntryRef?
  /// CommonMark explaining why.
  public var note: String

  public init(_ note: String, replacement: EntryRef? = nil) {
    self.note = note
    self.replacement = replacement
  }
}
