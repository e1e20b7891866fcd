import Foundation
import KB
import KBModel
import KBTestSupport
import Testing

@testable import KBCommandLine

@Suite("kb explain and kb link")
struct EntryTextTests {
  static let entry = Entry(
    .code("42", name: "THE_ANSWER"),
    title: "Something failed",
    symptoms: [.message("Something failed"), .sees("The page shows **42**.")],
    causes: ["The `thing` broke."],
    resolution: [
      "Restart it.", Step("Check it:", sample: .inLanguages(.shell("curl -s x"), .javascript("fetch(x)"))),
    ],
    actors: [.user, .developer, .support],
    lastReviewed: "2026-01-02"
  )

  /// The fixture site plus a second product that also has code 42.
  static func sharedCodeSite() -> Site {
    var site = Fixtures.site(entries: [entry])
    site.products.append(
      Product(
        slug: "other", title: "Other", summary: "Other.", support: Fixtures.support,
        topics: [Topic(slug: "t", title: "T", intro: "T.", entries: [Fixtures.entry(.code("42"))])]))
    return site
  }

  @Test("explain prints title, product, symptoms, cause, numbered steps, samples and links as text")
  func explainText() throws {
    let site = Fixtures.site(entries: [Self.entry])
    guard case .found(let text) = EntryText.explain("the_answer", site: site) else {
      Issue.record("THE_ANSWER not found")
      return
    }
    #expect(text.hasPrefix("42 THE_ANSWER: Something failed\nDemo · Errors\n"))
    #expect(text.contains("  - Message: Something failed\n  - The page shows 42.\n"))
    #expect(text.contains("Cause\n  The thing broke.\n"))
    #expect(
      text.contains("  1. Restart it.\n  2. Check it:\n     (Shell):\n         curl -s x\n     (JavaScript):")
    )
    #expect(text.contains("Who acts: The user, the integrating developer and Support.\n"))
    #expect(text.contains("Last reviewed: 2026-01-02"))
    #expect(text.contains("  Page:       /demo/42/\n  Short link: /e/42/\n"))
    #expect(!text.contains("**") && !text.contains("`"))
  }

  @Test("link prints the short link and the full link under the site URL")
  func linkText() throws {
    let options = RenderOptions(baseURL: "https://help.example.com/kb")
    let site = Fixtures.site(entries: [Self.entry])
    #expect(
      EntryText.link("42", site: site, options: options)
        == .found("https://help.example.com/kb/e/42/\nhttps://help.example.com/kb/demo/42/\n"))
  }

  @Test("a named entry without a code has a short link under its slug")
  func namedShortLink() {
    let site = Fixtures.site(entries: [Fixtures.entry(.apiError("Session already exists", status: 409))])
    #expect(
      EntryText.link("Session already exists", site: site)
        == .found("/e/session-already-exists/\n/demo/session-already-exists/\n"))
  }

  @Test("a code several products use lists the choices; product/slug picks one")
  func choices() {
    let site = Self.sharedCodeSite()
    guard case .choices(let text) = EntryText.explain("42", site: site) else {
      Issue.record("expected choices")
      return
    }
    #expect(text.contains("  demo/42  Demo: Something failed\n"))
    #expect(text.contains("  other/42  Other: Something failed\n"))
    #expect(EntryText.link("other/42", site: site) == .found("/e/42/\n/other/42/\n"))
    #expect(EntryText.link("e/42/", site: site).isChoices)
  }

  @Test("an unknown code is reported, and a scenario's number is never printed")
  func notFoundAndScenario() {
    let site = Fixtures.site(entries: [Self.entry])
    #expect(
      EntryText.explain("nope", site: site)
        == .notFound("no entry has the code, name, message or HTTP status 'nope'"))
    guard case .found(let text) = EntryText.explain("demo/scenario-1", site: site) else {
      Issue.record("scenario-1 not found")
      return
    }
    #expect(text.hasPrefix("Scenario one\n"))
    #expect(!text.contains("Scenario 1"))
  }

  @Test("text wraps at 80 columns with the given indents", arguments: [20, 40, 80])
  func wrapping(width: Int) {
    let words = Array(repeating: "word", count: 60).joined(separator: " ")
    let lines = EntryText.wrap(words, first: "  1. ", rest: "     ", width: width).split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= width })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("     word") })
  }
}

extension EntryText.Answer {
  var isChoices: Bool {
    if case .choices = self { return true }
    return false
  }

  var isNotFound: Bool {
    if case .notFound = self { return true }
    return false
  }
}

extension EntryTextTests {
  static let paymentsSite: Site = {
    var site = Fixtures.site(entries: [
      Entry(
        .code("insufficient_funds", status: 402), title: "The card has insufficient funds",
        symptoms: [.message("Your card has insufficient funds.")], causes: ["The balance is too low."],
        resolution: ["Ask for another card."], retry: .doNotRetry),
      Entry(
        .code("card_declined", status: 402), title: "The card was declined", causes: ["The bank refused."],
        resolution: ["Ask for another card."]),
    ])
    site.products[0].support = Support(
      ticketURL: "https://support.example.com/", email: "help@example.com", hours: "Around the clock",
      include: ["The `request_id` of the call"])
    return site
  }()

  @Test("explain finds an entry by the message a customer pastes, and shows its status, retry and support")
  func explainByMessage() throws {
    guard
      case .found(let text) = EntryText.explain("your card has insufficient funds.", site: Self.paymentsSite)
    else {
      Issue.record("the message was not found")
      return
    }
    #expect(text.contains("HTTP 402 Payment Required\n"))
    #expect(text.contains("Retry: Do not retry the same request"))
    #expect(
      text.contains("Support\n  Ticket:     https://support.example.com/\n  Email:      help@example.com\n"))
    #expect(text.contains("  Put in your ticket:\n    - The request_id of the call\n"))
  }

  @Test(
    "explain finds a code as logs write it and a name in any case or separator",
    arguments: [
      "E42", "#42", "error-42", "ERR_42", "Error code: 42", "the answer", "The-Answer", "theAnswer",
    ])
  func explainLikeSearch(_ query: String) {
    let site = Fixtures.site(entries: [Self.entry])
    #expect(EntryText.matches(query, in: site).map(\.1.title) == ["Something failed"], "\(query)")
  }

  @Test("a code written with a prefix is found by the same code written another way")
  func explainPrefixedCode() {
    let site = Fixtures.site(entries: [Fixtures.entry(.code("E100"))])
    for query in ["E100", "e-100", "ERR100", "error 100", "100"] {
      #expect(EntryText.matches(query, in: site).map(\.1.code) == ["E100"], "\(query)")
    }
  }

  @Test("a code's prefix or a near name finds nothing that is not there")
  func explainKeepsApart() {
    let site = Fixtures.site(entries: [Self.entry])
    for query in ["E43", "4,2", "the answers", "error"] {
      #expect(EntryText.matches(query, in: site).isEmpty, "\(query)")
    }
  }

  @Test("explain by an HTTP status lists every entry with it")
  func explainByStatus() {
    guard case .choices(let text) = EntryText.explain("402", site: Self.paymentsSite) else {
      Issue.record("expected choices")
      return
    }
    #expect(text.hasPrefix("'402' matches 2 entries"))
    #expect(text.contains("  demo/insufficient-funds  Demo: The card has insufficient funds\n"))
    #expect(text.contains("  demo/card-declined  Demo: The card was declined\n"))
    #expect(EntryText.explain("418", site: Self.paymentsSite).isNotFound)
  }
}

@Suite("kb explain --format")
struct ExplainFormatTests {
  static let site = Fixtures.site(entries: [Fixtures.entry()])
  static let options = RenderOptions(baseURL: "https://help.example.com/")

  @Test("text, markdown and json print the reply the entry page copies", arguments: EntryText.Format.allCases)
  func formats(format: EntryText.Format) throws {
    let product = Self.site.products[0]
    let entry = product.entries[0]
    let reply = EntryReply(entry, in: product, lookup: Lookup(Self.site), options: Self.options)
    let expected: String
    switch format {
    case .page: expected = EntryText.text(entry, in: product, site: Self.site, options: Self.options)
    case .text: expected = reply.text
    case .markdown: expected = reply.markdown
    case .json: expected = reply.json + "\n"
    }
    #expect(
      EntryText.explain("42", site: Self.site, options: Self.options, format: format) == .found(expected))
  }

  @Test("the JSON names the entry and holds both texts")
  func json() throws {
    guard
      case .found(let text) = EntryText.explain("42", site: Self.site, options: Self.options, format: .json)
    else {
      Issue.record("42 not found")
      return
    }
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
    #expect(object?["id"] == "demo/42")
    #expect(object?["shortUrl"] == "https://help.example.com/e/42/")
    #expect(object?["text"]?.hasPrefix("42 THE_ANSWER: Something failed\n") == true)
    #expect(object?["markdown"]?.hasPrefix("**`42` `THE_ANSWER`") == true)
  }

  @Test("an old slug (an alias) still finds its entry")
  func alias() {
    var entry = Fixtures.entry(.problem, title: "Scores never arrive")
    entry.aliases = ["scenario-9"]
    let site = Fixtures.site(entries: [entry])
    #expect(
      EntryText.link("scenario-9", site: site)
        == .found("/e/scores-never-arrive/\n/demo/scores-never-arrive/\n"))
  }
}
