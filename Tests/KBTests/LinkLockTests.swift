import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("Permanent links")
struct LinkLockTests {
  let lockedSite = Fixtures.site(entries: [Fixtures.entry(.code("7")), Fixtures.entry(.code("42"))])

  func lockText(_ site: Site) -> String {
    LinkLock.updated(site, lockText: nil, dropping: []).lock.text
  }

  @Test("the lock holds entry pages, overview anchors and diagram steps")
  func lockContents() {
    let links = LinkLock.parse(lockText(lockedSite)).map(\.link)
    #expect(links.contains("demo/7/"))
    #expect(links.contains("demo/#7"))
    #expect(links.contains("diagrams/demo-launch/#step-launch"))
    #expect(links.contains("diagrams/demo-flow/#step-ask"))
    #expect(links.contains("troubleshoot/demo-flow/#step-ask"))
  }

  @Test("a lock written by hand or on Windows: spaces and tabs around links, comments, blank lines, CRLF")
  func handWrittenLock() {
    let text =
      "# header\n\ndemo/7/\n  demo/#7\t\n\t# indented comment\n#\n\u{00A0}a/b/\u{2003}\nc/d/\r\n x \n"
    let parsed = LinkLock.parse(text)
    #expect(parsed.map(\.link) == ["demo/7/", "demo/#7", "a/b/", "c/d/", "x"])
    #expect(parsed.map(\.line) == [3, 4, 7, 8, 9])
  }

  @Test("removing a locked entry fails the check, naming the link and the lock line")
  func removedEntryFails() throws {
    let text = lockText(lockedSite)
    let without = Fixtures.site(entries: [Fixtures.entry(.code("42"))])
    let errors = LinkLock.check(without, lockText: text, lockPath: "links.lock")
    #expect(errors.map(\.message).filter { $0.contains("'demo/7/'") }.count == 1)
    #expect(errors.map(\.message).filter { $0.contains("'demo/#7'") }.count == 1)
    let line = try #require(LinkLock.parse(text).first { $0.link == "demo/7/" }).line
    #expect(
      errors.contains {
        $0.description.hasPrefix("links.lock:\(line): error: published link 'demo/7/' would disappear")
      })
  }

  @Test("an alias keeps the old link working and produces a redirect page")
  func aliasRedirects() throws {
    let text = lockText(lockedSite)
    let moved = Entry(.code("8"), title: "Renumbered", causes: ["c"], resolution: ["r"], aliases: ["7"])
    let site = Fixtures.site(entries: [moved, Fixtures.entry(.code("42"))])
    #expect(LinkLock.check(site, lockText: text, lockPath: "links.lock").isEmpty)
    #expect(Validator.check(site).errors.isEmpty)
    let tree = try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    let redirect = SiteTestSupport.text(tree, "demo/7/index.html")
    #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../demo/8/\">"))
    #expect(redirect.contains("<link rel=\"canonical\" href=\"/demo/8/\">"))
    #expect(redirect.contains("data-target=\"../../demo/8/\""))
    #expect(
      SiteTestSupport.text(tree, "e/7/index.html").contains("url=../../demo/8/"), "the old short link too")
    let overview = SiteTestSupport.text(tree, "demo/index.html")
    #expect(overview.contains("<span id=\"7\"></span>"), "the old overview anchor leads to the new row")
  }

  @Test("a deprecated entry keeps its page, with a notice and its replacement")
  func deprecatedKeepsPage() throws {
    let text = lockText(lockedSite)
    let old = Entry(
      .code("7"), title: "Old", causes: ["c"], resolution: ["r"],
      deprecation: Deprecation("Replaced by a clearer entry.", replacement: "42"))
    let site = Fixtures.site(entries: [old, Fixtures.entry(.code("42"))])
    #expect(LinkLock.check(site, lockText: text, lockPath: "links.lock").isEmpty)
    let tree = try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    let page = SiteTestSupport.text(tree, "demo/7/index.html")
    #expect(page.contains("This entry is deprecated."))
    #expect(page.contains("href=\"../../demo/42/\""))
  }

  @Test("a publishing build adds the links it publishes for the first time; removing one still fails")
  func publishRecordsNewLinks() throws {
    let root = try SiteTestSupport.temporaryDirectory()
    let lock = root.appendingPathComponent("links.lock")
    let older = Fixtures.site(entries: [Fixtures.entry(.code("42"))])
    try lockText(older).write(to: lock, atomically: true, encoding: .utf8)
    var builder = SiteBuilder(
      site: lockedSite, templates: SiteTestSupport.templates, output: root.appendingPathComponent("public"),
      lockFile: lock)
    builder.publish = true
    let summary = try builder.build()
    #expect(summary.newLinks == ["demo/#7", "demo/7/", "e/7/"])
    let recorded = try String(contentsOf: lock, encoding: .utf8)
    #expect(recorded == lockText(lockedSite))
    #expect(try builder.build().newLinks.isEmpty)
    #expect(throws: BuildError.self) {
      try SiteBuilder(
        site: older, templates: SiteTestSupport.templates, output: root.appendingPathComponent("public"),
        lockFile: lock
      ).build()
    }
  }

  @Test("a build that does not publish never writes the lock, and names the links it does not hold yet")
  func previewLeavesLock() throws {
    let root = try SiteTestSupport.temporaryDirectory()
    let lock = root.appendingPathComponent("links.lock")
    let older = lockText(Fixtures.site(entries: [Fixtures.entry(.code("42"))]))
    try older.write(to: lock, atomically: true, encoding: .utf8)
    let summary = try SiteBuilder(
      site: lockedSite, templates: SiteTestSupport.templates, output: root.appendingPathComponent("public"),
      lockFile: lock
    ).build()
    #expect(summary.newLinks.isEmpty)
    #expect(summary.unrecordedLinks == ["demo/#7", "demo/7/", "e/7/"])
    #expect(try String(contentsOf: lock, encoding: .utf8) == older)
  }

  @Test("a link built only in a preview is never protected: renaming it before publishing needs no drop")
  func previewPromisesNothing() throws {
    let root = try SiteTestSupport.temporaryDirectory()
    let lock = root.appendingPathComponent("links.lock")
    try lockText(Fixtures.site(entries: [Fixtures.entry(.code("42"))])).write(
      to: lock, atomically: true, encoding: .utf8)
    let output = root.appendingPathComponent("public")
    try SiteBuilder(site: lockedSite, templates: SiteTestSupport.templates, output: output, lockFile: lock)
      .build()
    let renamed = Fixtures.site(entries: [Fixtures.entry(.code("8")), Fixtures.entry(.code("42"))])
    var publishing = SiteBuilder(
      site: renamed, templates: SiteTestSupport.templates, output: output, lockFile: lock)
    publishing.publish = true
    #expect(try publishing.build().newLinks == ["demo/#8", "demo/8/", "e/8/"])
  }

  @Test("dropping a link takes the explicit flag")
  func dropping() {
    let text = lockText(lockedSite)
    let without = Fixtures.site(entries: [Fixtures.entry(.code("42"))])
    let result = LinkLock.updated(without, lockText: text, dropping: ["demo/7/", "demo/#7", "e/7/"])
    #expect(!result.lock.links.contains("demo/7/"))
    #expect(LinkLock.check(without, lockText: result.lock.text, lockPath: "links.lock").isEmpty)
    #expect(LinkLock.updated(without, lockText: text, dropping: ["nowhere/"]).unknownDrops == ["nowhere/"])
  }

  @Test("short links redirect unique codes and disambiguate shared ones")
  func shortLinks() throws {
    let other = Product(
      slug: "other", title: "Other", summary: "Other.", support: Fixtures.support,
      topics: [Topic(slug: "t", title: "T", intro: "T.", entries: [Fixtures.entry(.code("42"))])])
    var site = Fixtures.site(entries: [Fixtures.entry(.code("7")), Fixtures.entry(.code("42"))])
    site.products.append(other)
    let tree = try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    #expect(SiteTestSupport.text(tree, "e/7/index.html").contains("url=../../demo/7/"))
    let shared = SiteTestSupport.text(tree, "e/42/index.html")
    #expect(shared.contains("href=\"../../demo/42/\"") && shared.contains("href=\"../../other/42/\""))
  }
}
