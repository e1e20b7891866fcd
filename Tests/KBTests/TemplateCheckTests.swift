import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("Templates are checked against the data their page receives")
struct TemplateCheckTests {
  let support = SiteTestSupport.self

  /// A knowledge base folder of templates holding one override.
  func overrides(_ files: [String: String]) throws -> URL {
    let folder = try support.temporaryDirectory()
    for (name, text) in files {
      let file = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
    }
    return folder
  }

  func check(_ files: [String: String]) throws -> [Diagnostic] {
    try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: overrides(files),
      output: URL(fileURLWithPath: "/nonexistent")
    ).check()
  }

  @Test("the default theme names only keys its pages have")
  func themeIsConsistent() throws {
    #expect(try check([:]).errors.isEmpty)
  }

  @Test(
    "a key the page lacks is an error at the tag's line and column, with the nearest name",
    arguments: [
      (
        "entry.mustache", "{{<layout}}{{$content}}\n\n{{#entry}}{{titel}}{{/entry}}{{/content}}{{/layout}}",
        3, 11, "'titel'", "did you mean 'title'?"
      ),
      (
        "entry.mustache", "{{<layout}}{{$content}}\n{{entry.nmae}}{{/content}}{{/layout}}", 2, 1,
        "'nmae' in 'entry.nmae'", "did you mean 'name'?"
      ),
      (
        "home.mustache",
        "{{<layout}}{{$content}}{{#productCards}}\n{{#support}}{{phoen}}{{/support}}{{/productCards}}{{/content}}{{/layout}}",
        2, 13, "'phoen'", "did you mean 'phone'?"
      ),
      ("support.mustache", "<p>\n{{{nots}}}</p>", 2, 1, "'nots'", "did you mean 'notes'?"),
      (
        "layout.mustache", "<title>{{pagetitle}}</title>{{$content}}{{/content}}", 1, 8, "'pagetitle'",
        "did you mean 'pageTitle'?"
      ),
      (
        "entry.mustache",
        "{{<layout}}{{$content}}{{=<% %>=}}\n  <%#entry%><%nmae%><%/entry%><%/content%>{{/layout}}",
        2, 13, "'nmae'", "did you mean 'name'?"
      ),
    ])
  func unknownKey(file: String, text: String, line: Int, column: Int, name: String, hint: String) throws {
    let errors = try check([file: text]).errors
    let match = errors.first { $0.location.file.hasSuffix(file) && $0.message.contains(name) }
    #expect(match?.location.line == line, "\(errors)")
    #expect(match?.column == column, "\(errors)")
    #expect(match?.message.contains(hint) == true, "\(errors)")
  }

  @Test("a key of an outer section is found from inside an inner one")
  func outerScope() throws {
    let text =
      "{{<layout}}{{$content}}{{#topics}}{{#entries}}{{anchor}} {{product.title}} {{site.title}}{{/entries}}{{/topics}}{{/content}}{{/layout}}"
    #expect(try check(["product.mustache": text]).errors.isEmpty)
  }

  @Test("a section never closed is reported at the tag that opened it, by name")
  func unclosedSection() throws {
    let errors = try check(["codes.mustache": "<h1>\n{{#rows}}\n{{title}}\n"]).errors
    #expect(errors.count == 1)
    #expect(errors.first?.location.line == 2)
    #expect(errors.first?.column == 1)
    #expect(errors.first?.message.contains("'rows'") == true, "\(errors)")
  }

  @Test("a build with a template naming an unknown key fails and writes nothing")
  func buildFails() throws {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    let builder = SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]),
      templates: try overrides([
        "redirect.mustache": "{{<layout}}{{$content}}{{targetLink}}{{/content}}{{/layout}}"
      ]),
      output: output)
    #expect(throws: BuildError.self) { try builder.build() }
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("one overridden template and one asset replace the theme's; the rest come from the theme")
  func overrideOneTemplate() throws {
    let folder = try overrides([
      "not-found.mustache": "{{<layout}}{{$content}}<h1>Lost? {{site.title}}</h1>{{/content}}{{/layout}}",
      "assets/print.css": "/* ours */",
    ])
    let tree = try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: folder,
      output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    #expect(support.text(tree, "404.html").contains("<h1>Lost? "))
    #expect(support.text(tree, "codes/index.html").contains("<h1>All error codes</h1>"))
    #expect(support.text(tree, "assets/print.css") == "/* ours */")
    #expect(support.text(tree, "assets/style.css").contains("{"))
    #expect(tree.files["index.schema.json"] != nil)
  }

  @Test("an absent optional value renders nothing, never the word nil")
  func absentOptional() throws {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.products[0].lastUpdated = nil
    let tree = try SiteBuilder(site: site, templates: nil, output: URL(fileURLWithPath: "/nonexistent"))
      .render()
    for (path, data) in tree.files where path.hasSuffix(".html") {
      let page = String(decoding: data, as: UTF8.self)
      #expect(!page.contains(">nil<") && !page.contains(" nil<") && !page.contains("Optional("), "\(path)")
    }
  }

  @Test("templates/README.md documents every key every page template receives")
  func contractIsDocumented() throws {
    let readme = try String(
      contentsOf: support.packageRoot.appendingPathComponent("templates/README.md"), encoding: .utf8)
    var missing: Set<String> = []
    var seen: Set<ObjectIdentifier> = []
    func visit(_ keys: TemplateKeys) {
      guard seen.insert(ObjectIdentifier(keys)).inserted else { return }
      for (name, opens) in keys.keys {
        if !readme.contains("`\(name)`") { missing.insert(name) }
        if let opens { visit(opens) }
      }
    }
    for page in PageTemplate.allCases {
      visit(page.keys)
      #expect(readme.contains("`\(page.rawValue)"), "\(page.rawValue)")
    }
    #expect(missing.isEmpty, "undocumented keys: \(missing.sorted())")
  }
}
