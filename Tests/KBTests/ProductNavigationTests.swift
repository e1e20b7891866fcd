import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// The header's product links come from `navigation.mustache`, drawn once for each depth of page
/// with the product links and nothing else.
@Suite("Product navigation")
struct ProductNavigationTests {
  let support = SiteTestSupport.self

  func builder(navigation: String) throws -> SiteBuilder {
    let folder = try support.temporaryDirectory()
    try navigation.write(
      to: folder.appendingPathComponent("navigation.mustache"), atomically: true, encoding: .utf8)
    return SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: folder,
      output: URL(fileURLWithPath: "/nonexistent"))
  }

  @Test(
    "every page shows the navigation drawn for its depth; the 404 page's links are absolute",
    arguments: [("index.html", "demo/"), ("codes/index.html", "../demo/"), ("404.html", "/demo/")])
  func drawnForEachDepth(page: String, link: String) throws {
    let tree = try builder(
      navigation: "{{#products}}<li class=\"ours\"><a href=\"{{link}}\">{{title}}</a></li>\n{{/products}}"
    )
    .render()
    #expect(
      support.text(tree, page).contains("<ul>\n<li class=\"ours\"><a href=\"\(link)\">Demo</a></li>\n<li>"))
  }

  @Test("the navigation template reads only the product links, so one drawing serves every page at a depth")
  func onlyProductLinks() throws {
    let errors = try builder(navigation: "{{#products}}{{title}}{{/products}}{{pageTitle}}").check().errors
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(error.location.file.hasSuffix("navigation.mustache") && error.location.line == 1)
    #expect(error.column == 36)
    #expect(error.message.hasPrefix("'pageTitle' is not a key of the product navigation here"), "\(error)")
  }
}
