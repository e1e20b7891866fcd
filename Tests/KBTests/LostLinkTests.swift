import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// A renamed product keeps its links through `aliases:`, like an entry or a diagram, and a lost
/// link's error names the remedy for its kind, guessing its replacement only when that is plausible.
@Suite("Lost links: products' aliases, remedies by kind, plausible suggestions")
struct LostLinkTests {
  static let published = Fixtures.site(entries: [
    Fixtures.entry(.code("1001")), Fixtures.entry(.code("1011")), Fixtures.entry(.code("42")),
  ])
  static let lockText = LinkLock.updated(published, lockText: nil, dropping: []).lock.text

  static func renamed(aliases: [String]) -> Site {
    var site = Fixtures.site(entries: published.products[0].topics[0].entries, slug: "demo-two")
    site.products[0].aliases = aliases
    return site
  }

  func errors(_ site: Site) -> [String] {
    LinkLock.check(site, lockText: Self.lockText, lockPath: "links.lock").map(\.message)
  }

  @Test("a renamed product with its old slug in aliases: keeps every page and anchor")
  func renamedProductKeepsLinks() throws {
    let site = Self.renamed(aliases: ["demo"])
    #expect(errors(site).isEmpty)
    #expect(Validator.check(site).errors.isEmpty)
    let tree = try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    let page = SiteTestSupport.text(tree, "demo/index.html")
    #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../demo-two/\">"))
    #expect(page.contains("It is now at <a href=\"../demo-two/\">Demo</a>"), "the redirect names the product")
    #expect(SiteTestSupport.text(tree, "demo/1011/index.html").contains("url=../../demo-two/1011/"))
    #expect(SiteTestSupport.text(tree, "demo-two/1011/index.html").contains("<h1"))
  }

  @Test("an entry alias under a renamed product keeps the old page under the old slug too")
  func entryAliasUnderOldProduct() throws {
    var site = Self.renamed(aliases: ["demo"])
    site.products[0].topics[0].entries[1] = Entry(
      .code("1111"), title: "Renumbered", causes: ["c"], resolution: ["r"], aliases: ["1011"])
    #expect(errors(site).isEmpty)
    let tree = try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    #expect(SiteTestSupport.text(tree, "demo/1011/index.html").contains("url=../../demo-two/1111/"))
  }

  @Test("without the alias, each lost link of the product says to add the old slug to the product's aliases")
  func renamedProductRemedy() {
    let errors = errors(Self.renamed(aliases: []))
    let page = errors.first { $0.hasPrefix("published link 'demo/' ") }
    #expect(
      page?.contains(
        "add 'demo' to the aliases: of the product that replaces it (did 'demo' become 'demo-two'?)") == true)
    for link in ["demo/1011/", "demo/#1011"] {
      let error = errors.first { $0.hasPrefix("published link '\(link)' ") }
      #expect(
        error?.contains("product 'demo' is gone: add 'demo' to the aliases: of the product") == true,
        "\(link)")
      #expect(error?.contains("aliases of the entry") == false)
    }
  }

  @Test(
    "a product alias must be a free slug that no product and no folder of kb's own uses",
    arguments: [
      ("other", "is the slug of a product"), ("e", "is a folder kb uses"),
      ("diagrams", "is a folder kb uses"),
      ("Old Name", "must be lower-case"),
    ])
  func productAliasRules(alias: String, says: String) {
    var site = Self.renamed(aliases: [alias])
    var other = site.products[0]
    other.slug = "other"
    other.aliases = []
    other.diagrams = []
    site.products.append(other)
    #expect(Validator.check(site).errors.contains { $0.message.contains("product alias '\(alias)' \(says)") })
  }

  static let kinds: [(change: String, link: String, remedy: String)] = [
    ("entry removed", "demo/1011/", "add '1011' to the aliases: of the entry in 'demo' that replaces it"),
    ("entry removed", "demo/#1011", "add '1011' to the aliases: of the entry in 'demo' that replaces it"),
    ("entry removed", "e/1011/", "keep an entry with the code or slug '1011'"),
    ("diagram renamed", "diagrams/demo-flow/", "add 'demo-flow' to the aliases: of the diagram"),
    ("diagram renamed", "troubleshoot/demo-flow/#step-ask", "add 'demo-flow' to the aliases: of the diagram"),
    (
      "step renamed", "diagrams/demo-flow/#step-ask",
      "map 'ask' to the step that replaces it in the movedSteps:"
    ),
    (
      "topic anchor", "demo/#topic-errors",
      "topic anchors have no aliases: keep a topic with the slug 'errors'"
    ),
  ]

  @Test("each kind of lost link gets its own remedy", arguments: kinds.indices)
  func remedyByKind(index: Int) throws {
    let kind = Self.kinds[index]
    var site = Fixtures.site(entries: [Fixtures.entry(.code("1001")), Fixtures.entry(.code("42"))])
    let flow = Diagram(
      slug: kind.change == "diagram renamed" ? "demo-flow-2" : "demo-flow", title: "Demo flow",
      summary: "Which scenario applies.",
      flowchart: Flowchart(
        start: kind.change == "step renamed" ? "asked" : "ask",
        nodes: [
          .question(kind.change == "step renamed" ? "asked" : "ask", "Is it **on**?"),
          .outcome("first", entry: "scenario-1"),
        ],
        edges: [.answer(kind.change == "step renamed" ? "asked" : "ask", "Yes", to: "first")]))
    site.products[0].diagrams = [Fixtures.diagram, flow]
    let lock = Self.lockText + "demo/#topic-errors\n"
    let errors = LinkLock.check(site, lockText: lock, lockPath: "links.lock").map(\.message)
    let error = try #require(errors.first { $0.hasPrefix("published link '\(kind.link)' would disappear; ") })
    #expect(error.contains(kind.remedy), "\(error)")
    #expect(error.hasSuffix("or drop it with `kb lock --drop \(kind.link)`"))
  }

  @Test("a renumbered code suggests the new entry, never an old one that is merely close")
  func suggestsOnlyNewLinks() throws {
    let site = Fixtures.site(entries: [
      Fixtures.entry(.code("1001")), Fixtures.entry(.code("1111")), Fixtures.entry(.code("42")),
    ])
    let error = try #require(errors(site).first { $0.hasPrefix("published link 'demo/1011/' ") })
    #expect(error.contains("(did it become '1111'?)"))
    #expect(!error.contains("1001"))
  }

  @Test(
    "no suggestion when no new link of the kind is close, or several are equally close",
    arguments: [["2000"], ["1111", "1010"], []])
  func noImplausibleSuggestion(newCodes: [String]) throws {
    let site = Fixtures.site(
      entries: [Fixtures.entry(.code("1001")), Fixtures.entry(.code("42"))]
        + newCodes.map { Fixtures.entry(.code($0)) })
    let error = try #require(errors(site).first { $0.hasPrefix("published link 'demo/1011/' ") })
    #expect(!error.contains("did it become"), "\(error)")
  }

  @Test(
    "a link's kind is read from its shape",
    arguments: [
      ("demo/", LostLink.productPage(product: "demo")),
      ("demo/#topic-errors", .topicAnchor(product: "demo", topic: "errors")),
      ("demo/#7", .overviewAnchor(product: "demo", entry: "7")),
      ("demo/7/", .entryPage(product: "demo", entry: "7")),
      ("e/7/", .shortLink(key: "7")),
      ("diagrams/flow/", .diagramPage(diagram: "flow", troubleshooter: false)),
      ("troubleshoot/flow/#step-ask", .diagramStep(diagram: "flow", troubleshooter: true, step: "ask")),
      ("not-a-page", .other),
    ])
  func kindFromShape(link: String, kind: LostLink) {
    #expect(LostLink(link) == kind)
  }
}
