import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Guides written in the knowledge base (`Guide(body:)`): their pages, the links into their
/// sections, their place in search and in the lock.
@Suite("guide pages")
struct GuidePageTests {
  static let body = """
    How to set the uploader up.

    ## Install the app

    Download it.

    ## Connect your account

    1. Open the settings.
    2. Sign in; step 2 needs your password.

    ## Install the app

    A second heading with the same words.
    """

  static let guide = Guide(slug: "setup", title: "Setup guide", body: body)

  static func site(_ entries: [Entry] = [Fixtures.entry()], guides: [Guide] = [guide]) -> Site {
    var site = Fixtures.site(entries: entries)
    site.products[0].guides = guides
    return site
  }

  static func render(_ site: Site) throws -> OutputTree {
    try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent"),
      options: RenderOptions()
    ).render()
  }

  @Test("a guide with a body is a page under its product, each heading with its anchor")
  func page() throws {
    let page = SiteTestSupport.text(try Self.render(Self.site()), "demo/guides/setup/index.html")
    #expect(page.contains("<h1>Setup guide</h1>"))
    #expect(page.contains(#"<h2 id="install-the-app">Install the app</h2>"#))
    #expect(page.contains(#"<h2 id="connect-your-account">Connect your account</h2>"#))
    #expect(page.contains(#"<h2 id="install-the-app-2">Install the app</h2>"#))
    #expect(page.contains(##"<a href="#connect-your-account">Connect your account</a>"##))
  }

  @Test("a guide link leads to the guide page and its section, from any page")
  func linkResolves() throws {
    let entry = Fixtures.entry(resolution: ["Follow [the sign-in steps](guide:setup#connect-your-account)."])
    let tree = try Self.render(Self.site([entry]))
    let page = SiteTestSupport.text(tree, "demo/42/index.html")
    #expect(
      page.contains(##"<a href="../../demo/guides/setup/#connect-your-account">the sign-in steps</a>"##))
    let product = SiteTestSupport.text(tree, "demo/index.html")
    #expect(product.contains(#"<a href="../demo/guides/setup/">Setup guide</a>"#))
    let home = SiteTestSupport.text(tree, "index.html")
    #expect(home.contains(#"<a href="demo/guides/setup/">Setup guide</a>"#))
  }

  @Test("a link to a section the guide page lacks is an error at the writer's line, with did-you-mean")
  func missingSection() {
    let line = #line + 1
    let entry = Fixtures.entry(resolution: ["See [signing in](guide:setup#connect-your-acount)."], line: line)
    let errors = Validator.check(Self.site([entry])).errors
    #expect(
      errors.map(\.message) == [
        "guide 'setup' has no section 'connect-your-acount'; did you mean 'connect-your-account'? (a guide page's sections are its headings)"
      ])
    #expect(errors.first?.location.line == line)
  }

  @Test("a guide page needs no URL, and takes neither a URL nor declared sections")
  func pageRules() {
    #expect(Validator.check(Self.site()).isEmpty, "\(Validator.check(Self.site()))")
    var both = Self.guide
    both.url = "https://example.com/setup"
    both.sections = [GuideSection("install", title: "Install")]
    let messages = Validator.check(Self.site(guides: [both])).errors.map(\.message)
    #expect(messages.count == 2, "\(messages)")
    #expect(messages.contains { $0.hasPrefix("guide 'setup' has both a body and a URL") })
    #expect(messages.contains { $0.hasPrefix("guide 'setup' has a body and sections:") })
  }

  @Test("a guide page's own links are checked like any prose")
  func bodyLinksChecked() {
    var guide = Self.guide
    guide.body = "See [the code](entry:demo/4) and [the page](javascript:alert(1))."
    let messages = Validator.check(Self.site(guides: [guide])).errors.map(\.message)
    #expect(messages.count == 2, "\(messages)")
  }

  @Test("search finds the guide page and each of its sections")
  func search() {
    let documents = SearchIndex.pageDocuments(Self.site().products[0])
    let guides = documents.filter { $0.kind == .guide || $0.kind == .guideSection }
    #expect(
      guides.map(\.url) == [
        "demo/guides/setup/", "demo/guides/setup/#install-the-app", "demo/guides/setup/#connect-your-account",
        "demo/guides/setup/#install-the-app-2",
      ])
    #expect(guides.first?.body.joined().contains("Open the settings") == true)
  }

  @Test("a published guide page is protected by the lock; a guide without a body publishes nothing")
  func locked() throws {
    #expect(PublishedLinks.current(Self.site())["demo/guides/setup/"] != nil)
    var outside = Self.guide
    outside.body = nil
    outside.url = "https://example.com/setup"
    #expect(PublishedLinks.current(Self.site(guides: [outside])).keys.allSatisfy { !$0.contains("guides/") })
    let lock = LinkLock(links: Array(PublishedLinks.current(Self.site()).keys)).text
    let errors = LinkLock.check(Self.site(guides: []), lockText: lock, lockPath: "links.lock").map(\.message)
    #expect(
      errors.contains {
        $0.hasPrefix(
          "published link 'demo/guides/setup/' would disappear; keep a guide with a body and the slug 'setup'"
        )
      }, "\(errors)")
    #expect(LostLink("demo/guides/setup/") == .guidePage(product: "demo", guide: "setup"))
  }
}
