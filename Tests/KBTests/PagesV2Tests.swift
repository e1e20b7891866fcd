import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("pages: model fields, short links, discovery files")
struct PagesV2Tests {
  func render(_ site: Site, options: RenderOptions = RenderOptions()) throws -> OutputTree {
    try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent"),
      options: options
    ).render()
  }

  static let site = Fixtures.site(entries: [
    Entry(
      .code("42", name: "THE_LONG_ANSWER"), title: "Something failed",
      symptoms: [.message("Something failed")],
      causes: ["c"], resolution: [Step("r", sample: .inLanguages(.shell("curl x"), .javascript("fetch(x)")))],
      actors: [.support, .admin], lastReviewed: "2026-02-03"),
    Entry(
      .apiError("Session already exists", status: 409), title: "Something failed",
      symptoms: [.message("Something failed")], causes: ["c"], resolution: ["r"],
      retry: .rereadAndRetry(attempts: 3)),
  ])

  @Test("lastReviewed must be a date written as YYYY-MM-DD, reported at the entry's line")
  func lastReviewedValidated() {
    let line = #line + 1
    let entry = Entry(.code("9"), title: "T", causes: ["c"], resolution: ["r"], lastReviewed: "03/02/2026")
    let errors = Validator.check(Fixtures.site(entries: [entry])).errors
    #expect(errors.count == 1)
    #expect(
      errors.first?.description.hasSuffix(
        ":\(line): error: lastReviewed '03/02/2026' is not a date written as YYYY-MM-DD") == true)
  }

  @Test("a sample's alternatives must be known languages, each once")
  func sampleLanguagesValidated() {
    let twice = CodeSample.inLanguages(.shell("a"), .shell("b"))
    let errors = Validator.check(Fixtures.site(entries: [Fixtures.entry(samples: [twice])])).errors
    #expect(errors.map(\.message) == ["code sample has two 'shell' versions"])
  }

  @Test("an entry page shows the actions, roles apart, the review date, tabs and structured data")
  func entryPage() throws {
    let page = SiteTestSupport.text(try render(Self.site), "demo/42/index.html")
    #expect(page.contains(#"data-url="/e/42/" hidden>Copy short link"#))
    #expect(page.contains(#"<a class="action" href="../../demo/42/">Permalink</a>"#))
    #expect(!page.contains("href=\"#top\""))
    #expect(page.contains("Support</span> and <span class=\"actor\">an administrator</span>.</dd>"))
    #expect(page.contains(#"<time datetime="2026-02-03">2026-02-03</time>"#))
    #expect(page.contains("THE_<wbr>LONG_<wbr>ANSWER"))
    #expect(page.contains(#"id="resolution-sample-1-shell" data-language="shell""#))
    #expect(page.contains(#"id="resolution-sample-1-javascript" data-language="javascript""#))
    #expect(page.contains(#""@type": "TechArticle""#) && page.contains(#""dateModified": "2026-02-03""#))
  }

  @Test("every entry has a short link: its code, else its slug; both are published links")
  func shortLinksForEveryEntry() throws {
    let tree = try render(Self.site)
    #expect(SiteTestSupport.text(tree, "e/42/index.html").contains("url=../../demo/42/"))
    #expect(
      SiteTestSupport.text(tree, "e/session-already-exists/index.html").contains(
        "url=../../demo/session-already-exists/"))
    let published = PublishedLinks.current(Self.site)
    #expect(published["e/42/"] != nil && published["e/session-already-exists/"] != nil)
  }

  @Test("no page says Scenario N; a scenario entry shows its title")
  func noScenarioNumbers() throws {
    for (path, data) in try render(Self.site).files where path.hasSuffix(".html") {
      #expect(!String(decoding: data, as: UTF8.self).contains("Scenario 1"), "\(path)")
    }
  }

  @Test("with a site URL: absolute canonical and og:url, sitemap with lastmod, robots, OpenSearch")
  func discoveryFiles() throws {
    let tree = try render(Self.site, options: RenderOptions(baseURL: "https://help.example.com/"))
    let page = SiteTestSupport.text(tree, "demo/42/index.html")
    #expect(page.contains(#"<link rel="canonical" href="https://help.example.com/demo/42/">"#))
    #expect(page.contains(#"<meta property="og:url" content="https://help.example.com/demo/42/">"#))
    let sitemap = SiteTestSupport.text(tree, "sitemap.xml")
    #expect(
      sitemap.contains("<url><loc>https://help.example.com/demo/42/</loc><lastmod>2026-02-03</lastmod></url>")
    )
    #expect(
      sitemap.contains(
        "<loc>https://help.example.com/demo/session-already-exists/</loc><lastmod>2025-01-15</lastmod>"))
    #expect(!sitemap.contains("/e/"))
    #expect(
      SiteTestSupport.text(tree, "robots.txt").contains("Sitemap: https://help.example.com/sitemap.xml"))
    #expect(
      SiteTestSupport.text(tree, "opensearch.xml").contains(
        #"template="https://help.example.com/search/?q={searchTerms}""#))
  }

  @Test("without a site URL there is no sitemap, and og:url is left out")
  func noSiteURL() throws {
    let tree = try render(Self.site)
    #expect(tree.files["sitemap.xml"] == nil && tree.files["robots.txt"] != nil)
    #expect(!SiteTestSupport.text(tree, "demo/42/index.html").contains("og:url"))
  }

  @Test("edit and feedback links appear only when configured")
  func trustLinks() throws {
    let options = RenderOptions(
      editURL: "https://git.example.com/kb/blob/main", feedbackURL: "https://example.com/report?page={url}")
    let page = SiteTestSupport.text(try render(Self.site, options: options), "demo/42/index.html")
    #expect(page.contains(#"href="https://git.example.com/kb/blob/main/Tests/KBTests/PagesV2Tests.swift#L"#))
    #expect(
      page.contains(#"href="https://example.com/report?page=/demo/42/">Report a problem with this page"#))
    #expect(!SiteTestSupport.text(try render(Self.site), "demo/42/index.html").contains("Edit this entry"))
  }

  @Test("troubleshooter questions are numbered 1, 2, 3 and Yes comes before No")
  func troubleshooterOrder() throws {
    let flow = Diagram(
      slug: "demo-flow", title: "Demo flow", summary: "Which scenario applies.",
      flowchart: Flowchart(
        start: "a",
        nodes: [
          .question("a", "First?"), .outcome("x", entry: "scenario-1"), .question("b", "Second?"),
          .outcome("y", entry: "scenario-1"),
        ],
        edges: [
          .answer("a", "No", to: "b"), .answer("a", "Yes", to: "x"), .answer("b", "No", to: "y"),
          .answer("b", "Yes", to: "x"),
        ]))
    let site = Fixtures.site(entries: [Fixtures.entry()], diagrams: [flow])
    let page = SiteTestSupport.text(try render(site), "troubleshoot/demo-flow/index.html")
    #expect(page.contains("Question 1 of 2") && page.contains("Question 2 of 2"))
    #expect(page.contains("→ question 2"))
    for section in page.components(separatedBy: "class=\"answers\"").dropFirst() {
      let yes = section.range(of: ">Yes<")
      let no = section.range(of: ">No<")
      #expect(yes != nil && no != nil && yes!.lowerBound < no!.lowerBound)
    }
  }

  @Test("the codes page groups entries by product and the index pages list diagrams")
  func groupedPages() throws {
    let tree = try render(Self.site)
    let codes = SiteTestSupport.text(tree, "codes/index.html")
    #expect(
      codes.contains(##"<a href="#product-demo">Demo</a>"##) && codes.contains(#"<h2 id="product-demo">"#))
    #expect(SiteTestSupport.text(tree, "diagrams/index.html").contains(">Demo launch</a>"))
    #expect(SiteTestSupport.text(tree, "troubleshoot/index.html").contains(">Demo flow</a>"))
    #expect(!SiteTestSupport.text(tree, "troubleshoot/index.html").contains(">Demo launch</a>"))
  }
}

@Suite("long names break after underscores")
struct BreakableNameTests {
  @Test("escaped, with <wbr> after each underscore, as Foundation's replace would write it")
  func sameAsReplacing() {
    for name in ["THE_LONG_ANSWER", "", "x", "__", "_a_", "<a_b>&'\"", "naïve_Ünïcode_名前", "no underscores"] {
      #expect(
        EntrySummary.breakingAfterUnderscores(name)
          == name.htmlEscaped.replacingOccurrences(of: "_", with: "_<wbr>"), "\(name)")
    }
  }
}
