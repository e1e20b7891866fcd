import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// `kb verify`: a built site whose links all lead somewhere passes; each kind of break is found.
@Suite("kb verify")
struct SiteVerifierTests {
  /// A built fixture site, written to a folder, with `change` applied to its files first.
  static func verify(_ change: (inout [String: Data]) -> Void = { _ in }) throws -> [String] {
    var files = try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry(related: ["scenario-1"])]), templates: nil,
      output: URL(fileURLWithPath: "/nonexistent")
    ).render().files
    change(&files)
    let folder = try SiteTestSupport.temporaryDirectory()
    for (path, data) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
    return try SiteVerifier(folder: folder).problems().map(\.description)
  }

  static func edit(_ files: inout [String: Data], _ path: String, _ transform: (String) -> String) {
    files[path] = Data(transform(String(decoding: files[path] ?? Data(), as: UTF8.self)).utf8)
  }

  @Test("a site kb built passes")
  func builtSitePasses() throws {
    #expect(try Self.verify() == [])
  }

  @Test(
    "each break is found in the file that has it",
    arguments: [
      (
        "demo/42/index.html", "<main id=\"main\">", "<main id=\"main\"><a href=\"../nowhere/\">x</a>",
        "demo/42/index.html: error: link '../nowhere/' leads to no file of the site"
      ),
      (
        "demo/42/index.html", "<main id=\"main\">",
        "<main id=\"main\"><a href=\"../../demo/#no-such-id\">x</a>",
        "demo/42/index.html: error: link '../../demo/#no-such-id' names '#no-such-id', which demo/index.html has no id for"
      ),
      (
        "demo/42/index.html", "<main id=\"main\">", "<main id=\"main\"><div>",
        "demo/42/index.html: error: </main> closes <main> while <div> inside it is still open"
      ),
      (
        "demo/42/index.html", "<main id=\"main\">", "<main id=\"main\"><a href=\"x>",
        "demo/42/index.html: error: </main> closes <main> while <a> inside it is still open"
      ),
      ("index.json", "{", "{,", "index.json: error: is not valid JSON"),
    ])
  func breaks(path: String, find: String, replace: String, problem: String) throws {
    let problems = try Self.verify { files in
      Self.edit(&files, path) { $0.replacingOccurrences(of: find, with: replace) }
    }
    #expect(problems.contains(problem), "\(problems)")
  }

  @Test("outside addresses are not followed; root-relative ones are")
  func addresses() {
    #expect(SiteVerifier.isOutside("https://example.com/x"))
    #expect(SiteVerifier.isOutside("mailto:help@example.com"))
    #expect(!SiteVerifier.isOutside("../demo/42/"))
    let files: Set<String> = ["index.html", "demo/42/index.html", "assets/style.css"]
    #expect(SiteVerifier.resolve("/demo/42/", from: "codes/index.html", files: files) == "demo/42/index.html")
    #expect(
      SiteVerifier.resolve("../assets/style.css", from: "codes/index.html", files: files)
        == "assets/style.css")
    #expect(SiteVerifier.resolve("../../..", from: "codes/index.html", files: files) == nil)
  }
}
