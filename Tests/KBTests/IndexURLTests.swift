import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// `index.json`'s `urlTemplate` gives every entry's page, whatever its code looks like.
@Suite("index.json: urlTemplate")
struct IndexURLTests {
  struct Index {
    let template: String
    let entries: [(product: String, slug: String, url: String)]
  }

  static func index(_ site: Site, baseURL: String) throws -> Index {
    var text = ""
    IndexWriter(site: site, lookup: Lookup(site), options: RenderOptions(baseURL: baseURL)).write {
      text += $0
    }
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let template = try #require(object["urlTemplate"] as? String)
    let entries = try #require(object["entries"] as? [[String: Any]]).map { entry in
      (
        product: entry["product"] as? String ?? "", slug: entry["slug"] as? String ?? "",
        url: entry["url"] as? String ?? ""
      )
    }
    return Index(template: template, entries: entries)
  }

  static func expand(_ template: String, product: String, slug: String) -> String {
    template.replacingOccurrences(of: "{product}", with: product).replacingOccurrences(
      of: "{slug}", with: slug)
  }

  static let underscoredSite = Fixtures.site(entries: [
    Fixtures.entry(.code("card_declined", status: 402)),
    Fixtures.entry(.code("Insufficient_Funds.v2")),
    Fixtures.entry(.apiError("Order not found", status: 404)),
  ])

  @Test("the template gives every bundled entry's url", arguments: ["/", "https://help.example.com/docs/"])
  func bundled(baseURL: String) throws {
    let index = try Self.index(KBContentSite.site, baseURL: baseURL)
    #expect(index.entries.count > 50)
    for entry in index.entries {
      #expect(Self.expand(index.template, product: entry.product, slug: entry.slug) == baseURL + entry.url)
    }
  }

  @Test("the template gives the page of a code with underscores, capitals and dots")
  func underscoredCodes() throws {
    let index = try Self.index(Self.underscoredSite, baseURL: "/")
    let tree = try SiteBuilder(
      site: Self.underscoredSite, templates: SiteTestSupport.templates,
      output: URL(fileURLWithPath: "/nonexistent"), options: RenderOptions()
    ).render()
    #expect(index.entries.map(\.slug).contains("card-declined"))
    for entry in index.entries {
      let url = Self.expand(index.template, product: entry.product, slug: entry.slug)
      #expect(url == "/" + entry.url)
      #expect(tree.files[String(url.dropFirst()) + "index.html"] != nil, "\(url) has no page")
    }
  }
}
