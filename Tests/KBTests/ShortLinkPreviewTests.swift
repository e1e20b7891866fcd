import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Chat tools and help desks preview a pasted short link from its own page's head.
@Suite("Short-link previews")
struct ShortLinkPreviewTests {
  static func render(_ site: Site, options: RenderOptions = RenderOptions()) throws -> OutputTree {
    try SiteBuilder(
      site: site, templates: nil, output: URL(fileURLWithPath: "/nonexistent"), options: options
    )
    .render()
  }

  static func head(_ tree: OutputTree, _ path: String) -> String {
    let page = SiteTestSupport.text(tree, path)
    return page.components(separatedBy: "</head>").first ?? ""
  }

  @Test("a short link and an old slug preview as the entry: its title, its description, its address")
  func entryPreview() throws {
    var entry = Fixtures.entry(.problem, title: "Scores never arrive")
    entry.aliases = ["old-scores"]
    let tree = try Self.render(
      Fixtures.site(entries: [entry]), options: RenderOptions(baseURL: "https://help.example.com/"))
    for path in ["e/scores-never-arrive/index.html", "e/old-scores/index.html", "demo/old-scores/index.html"]
    {
      let head = Self.head(tree, path)
      #expect(head.contains("<title>Scores never arrive · Demo KB</title>"), "\(path)")
      #expect(head.contains(#"<meta property="og:title" content="Scores never arrive">"#), "\(path)")
      #expect(head.contains(#"<meta name="twitter:title" content="Scores never arrive">"#), "\(path)")
      #expect(head.contains(#"<meta name="description" content="Something failed">"#), "\(path)")
      #expect(head.contains(#"<meta property="og:description" content="Something failed">"#), "\(path)")
      #expect(
        head.contains(#"<link rel="canonical" href="https://help.example.com/demo/scores-never-arrive/">"#),
        "\(path)")
      #expect(!head.contains("Moved"), "\(path)")
      #expect(head.contains(#"http-equiv="refresh""#), "\(path)")
    }
  }

  @Test("an old product address previews as the product")
  func productPreview() throws {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.products[0].aliases = ["old-demo"]
    let head = Self.head(try Self.render(site), "old-demo/index.html")
    #expect(head.contains("<title>Demo · Demo KB</title>"))
    #expect(head.contains(#"<meta name="description" content="A demo product.">"#))
  }
}
