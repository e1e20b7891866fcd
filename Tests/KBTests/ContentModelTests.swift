import KBModel
import KBTestSupport
import Testing

@testable import KB

/// The content model of a domain unlike kb's own: API errors with a code and a status, the site's
/// own roles, support by email and chat, references by code.
@Suite("content model: any domain")
struct ContentModelTests {
  static let merchant = Role("merchant", "The merchant")
  static let cardholder = Role("cardholder", "The cardholder")

  static func declined(
    _ identity: Identity = .code("card_declined", status: 402), actors: [Role] = [], related: [EntryRef] = [],
    retry: RetryAdvice? = nil, line: Int = #line
  ) -> Entry {
    Entry(
      identity, title: "The card was declined", symptoms: [.message("Your card was declined.")],
      causes: ["The bank refused the charge."], resolution: ["Ask for another card."], actors: actors,
      retry: retry, related: related, file: #filePath, line: line)
  }

  static func site(_ entries: [Entry], roles: [Role] = [merchant, cardholder]) -> Site {
    var site = Fixtures.site(entries: entries)
    site.roles = roles
    return site
  }

  @Test("a code carries its HTTP status, which the entry reports")
  func codeWithStatus() {
    let entry = Self.declined()
    #expect(entry.code == "card_declined")
    #expect(entry.httpStatus == 402)
    #expect(entry.slug == "card-declined")
    #expect(Validator.check(Self.site([entry])).isEmpty)
  }

  @Test("an out-of-range status on a code is an error at the entry's line")
  func codeWithBadStatus() {
    let line = #line + 1
    let entry = Self.declined(.code("card_declined", status: 42))
    let errors = Validator.check(Self.site([entry])).errors
    #expect(errors.map(\.message) == ["HTTP status 42 is not between 100 and 599"])
    #expect(errors.first?.location.line == line)
  }

  @Test(
    "every registered status has its reason phrase",
    arguments: [
      (402, "402 Payment Required"), (418, "418"), (425, "425 Too Early"),
      (451, "451 Unavailable For Legal Reasons"),
      (511, "511 Network Authentication Required"), (103, "103 Early Hints"), (226, "226 IM Used"),
    ])
  func reasonPhrases(status: Int, line: String) {
    #expect(HTTPStatus.line(status) == line)
  }

  @Test("the retry rule holds for a code's status", arguments: [409, 429, 500, 503])
  func retryForCodeStatus(status: Int) {
    let entry = Self.declined(.code("busy", status: status))
    #expect(
      Validator.check(Self.site([entry])).errors.map(\.message) == [
        "entry 'busy' returns HTTP \(status) but does not say whether to retry; add retry:"
      ])
    let advised = Self.declined(.code("busy", status: status), retry: .later)
    #expect(Validator.check(Self.site([advised])).errors.isEmpty)
  }

  @Test("entries name the site's own roles, as values or strings")
  func ownRoles() {
    let entry = Self.declined(actors: [Self.merchant, "cardholder"])
    let site = Self.site([entry])
    #expect(Validator.check(site).isEmpty)
    let labels = entry.actors.map(site.label(of:))
    #expect(ListSentence.joined(labels) == "The merchant and the cardholder")
  }

  @Test("a role the site does not declare is an error at the entry, with a suggestion")
  func undeclaredRole() {
    let line = #line + 1
    let entry = Self.declined(actors: ["merchnat"])
    let errors = Validator.check(Self.site([entry])).errors
    #expect(errors.count == 1)
    #expect(errors.first?.message.contains("role 'merchnat' is not one of the site's roles") == true)
    #expect(errors.first?.message.contains("did you mean 'merchant'?") == true)
    #expect(errors.first?.location.line == line)
  }

  @Test("kb's roles are the default, so a site without roles keeps them")
  func defaultRoles() {
    let entry = Self.declined(actors: [.support, .user])
    let site = Fixtures.site(entries: [entry])
    #expect(Validator.check(site).isEmpty)
    #expect(ListSentence.joined(entry.actors.map(site.label(of:))) == "Support and the user")
    #expect(!Validator.check(Self.site([entry])).errors.isEmpty)
  }

  static let siteAdmin = Role("site-admin", "Site administrator")
  static let lmsAdmin = Role("lms-admin", "LMS administrator")
  static let acme = Role("acme", "Acme Support", isName: true)
  static let lowerCase = Role("operator", "the operator")

  @Test(
    "roles read as one sentence: lower case after the first, but a name or an abbreviation keeps its capitals",
    arguments: [
      ([Role.developer, .admin], "The integrating developer and an administrator"),
      ([.user, .support, .instructor], "The user, Support and an instructor"),
      ([siteAdmin, lmsAdmin, acme], "Site administrator, LMS administrator and Acme Support"),
      ([acme, siteAdmin], "Acme Support and site administrator"),
      ([lowerCase, merchant], "The operator and the merchant"),
    ])
  func roleSentence(roles: [Role], sentence: String) {
    let site = Self.site(
      [],
      roles: Role.standard + [
        .instructor, Self.siteAdmin, Self.lmsAdmin, Self.acme, Self.lowerCase, Self.merchant,
      ])
    #expect(site.sentence(of: roles) == sentence)
    #expect(site.sentence(of: roles.map { Role(stringLiteral: $0.id) }) == sentence)
  }

  @Test("a role declared twice or without a label is an error")
  func badRoleDeclarations() {
    let messages = Validator.check(
      Self.site([Self.declined()], roles: [Self.merchant, Self.merchant, "payer"])
    )
    .errors.map(\.message)
    #expect(messages.contains("role 'merchant' is declared twice"))
    #expect(messages.contains { $0.hasPrefix("role 'payer' has no label") })
  }

  @Test(
    "a reference may name an entry by slug, code or name",
    arguments: ["card-declined", "card_declined", "CARD_DECLINED"])
  func referenceByCode(reference: String) {
    let target = Self.declined(.code("card_declined", name: "CARD_DECLINED", status: 402))
    let other = Self.declined(.code("expired_card", status: 402), related: [EntryRef(reference)])
    let site = Self.site([target, other])
    #expect(Validator.check(site).isEmpty)
    #expect(Lookup(site).entry(EntryRef(reference), from: "demo")?.entry.slug == "card-declined")
  }

  @Test("a reference to nothing says what to write")
  func unknownReference() {
    let entry = Self.declined(related: ["card_declnied"])
    let messages = Validator.check(Self.site([entry])).errors.map(\.message)
    #expect(messages.contains { $0.contains("write an entry's slug, code or name") })
  }

  @Test(
    "support may be reached by email or chat, each checked",
    arguments: [
      (Support(email: "help@example.com"), nil),
      (Support(chatURL: "https://chat.example.com/"), nil),
      (
        Support(email: "mailto:help@example.com"),
        "support email 'mailto:help@example.com' is not an email address"
      ),
      (Support(email: "help at example"), "support email 'help at example' is not an email address"),
      (Support(chatURL: "chat.example.com"), "support chat URL 'chat.example.com' is not"),
    ] as [(Support, String?)])
  func supportContacts(support: Support, problem: String?) {
    var site = Self.site([Self.declined()])
    site.products[0].support = support
    let messages = Validator.check(site).errors.map(\.message)
    if let problem {
      #expect(messages.count == 1 && messages[0].hasPrefix(problem), "\(messages)")
    } else {
      #expect(messages.isEmpty, "\(messages)")
    }
  }
}
