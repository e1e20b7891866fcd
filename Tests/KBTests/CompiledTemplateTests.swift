import Foundation
import KBModel
import KBTestSupport
import Mustache
import Testing

@testable import KB

/// The compiled renderer against swift-mustache, the reference: whole sites and general Mustache
/// must come out byte for byte the same.
@Suite("Compiled templates")
struct CompiledTemplateTests {
  static func renderBoth(_ site: Site) throws -> (compiled: OutputTree, reference: OutputTree) {
    let templates = SiteTestSupport.templates
    let builder = SiteBuilder(site: site, templates: templates, output: URL(fileURLWithPath: "/nonexistent"))
    let compiled = try TemplateSet(overrides: templates, renderer: .compiled)
    let reference = try TemplateSet(overrides: templates, renderer: .reference)
    #expect(compiled.compiled != nil, "the default theme renders with the compiled renderer")
    #expect(reference.compiled == nil)
    return (
      try builder.render(with: compiled, spillingTo: nil),
      try builder.render(with: reference, spillingTo: nil)
    )
  }

  static func expectSame(_ trees: (compiled: OutputTree, reference: OutputTree)) {
    #expect(trees.compiled.files.keys.sorted() == trees.reference.files.keys.sorted())
    var differing: [String] = []
    for (path, data) in trees.reference.files where trees.compiled.files[path] != data {
      differing.append(path)
    }
    #expect(differing.isEmpty, "pages that differ: \(differing.sorted().prefix(10))")
  }

  @Test("The bundled site renders byte-identical with both renderers")
  func bundledSite() throws {
    let trees = try Self.renderBoth(KBContentSite.site)
    #expect(trees.reference.files.count > 100)
    Self.expectSame(trees)
  }

  @Test("A site of hostile and unusual entries renders byte-identical with both renderers")
  func unusualSite() throws {
    let attack = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> & 'quoted' é\u{301} <\u{301}"
    let entries = [
      Fixtures.entry(),
      Fixtures.entry(
        .apiError("\"><b>\(attack)", status: 400), title: attack,
        causes: [attack, "Two\n\nparagraphs with `code` and *emphasis*."],
        resolution: [Step(attack, sample: CodeSample("shell", "</code><script>x</script>\n  indented"))]),
      Fixtures.entry(.code("7", name: "LONG_SYMBOLIC_NAME"), title: "Seven", related: ["scenario-1"]),
    ]
    Self.expectSame(try Self.renderBoth(Fixtures.site(entries: entries)))
  }

  /// A value with every kind of key, for templates written to probe Mustache's corners.
  struct Probe: TemplateModel {
    var title = "A <b>&</b> 'title'"
    var empty = ""
    var absent: String? = nil
    var count = 3
    var missingCount: Int? = nil
    var yes = true
    var no = false
    var words = ["one", "two"]
    var none: [String] = []
    var link = PageLink(title: "Linked", link: "../x/", slug: "x")
    var links = [PageLink(title: "First", link: "1/"), PageLink(title: "Second", link: "2/")]
    var noLinks: [PageLink] = []

    static let schema = TemplateSchema<Self>(
      "probe",
      [
        .value("title") { $0.title }, .value("empty") { $0.empty }, .value("absent") { $0.absent },
        .value("count") { $0.count }, .value("missingCount") { $0.missingCount },
        .value("yes") { $0.yes }, .value("no") { $0.no }, .value("words") { $0.words },
        .value("none") { $0.none }, .model("link", PageLink.self) { $0.link },
        .model("links", PageLink.self) { $0.links }, .model("noLinks", PageLink.self) { $0.noLinks },
      ])
  }

  static let corners: [String: String] = [
    "main": """
    {{title}} {{{title}}} {{&title}} [{{empty}}] [{{absent}}] {{count}} [{{missingCount}}] {{yes}} {{no}}
      {{#yes}}
      shown {{title}}
      {{/yes}}
    {{^no}}not {{count}}{{/no}}{{#no}}hidden{{/no}}{{^absent}}absent{{/absent}}{{^empty}}never{{/empty}}
    {{#empty}}[{{.}}|{{title}}]{{/empty}} {{#words}}<{{.}}>{{/words}}{{^none}}none={{.}}{{/none}}
    {{#links}}
      - {{title}} {{link}} {{count}} {{.title}} [{{.count}}] {{link.title}}
    {{/links}}
    {{#link}}{{title}}/{{slug}}{{/link}} {{link.link}} {{link.nothing.deeper}} {{words.count}}
    {{! a comment }}
       {{! a standalone comment }}
    {{=<% %>=}}
    <% title %> {{title}}
    <%={{ }}=%>
      {{>partial}}
    before {{>partial}} after
    {{^noLinks}}no links: {{.}}{{/noLinks}}
    {{#count}}{{.}}{{/count}}{{#title}}{{.}}{{/title}}
    \t{{#yes}}\ttabbed{{/yes}}\r
    {{<parent}}
      {{$body}}
        overridden {{title}}
          more
      {{/body}}
    {{/parent}}
    {{<parent}}{{/parent}}
      {{$free}}free default{{/free}}
    end
    """,
    "partial": """
    partial {{title}}
      second line
    {{#links}}
    - {{title}}
    {{/links}}
      {{>nested}}
    """,
    "nested": "nested\n  line {{count}}\n",
    "parent": """
    <head>
      {{$body}}default {{title}}{{/body}}
    </head>
      {{$tail}}
      tail default
      {{/tail}}
    {{% CONTENT_TYPE: TEXT }}raw {{title}}
    """,
  ]

  @Test("Standalone lines, indentation, inheritance, delimiters and escaping match swift-mustache")
  func mustacheCorners() throws {
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    let library = MustacheLibrary(
      templates: try Self.corners.mapValues { try MustacheTemplate(string: TemplateSet.escapingPragma + $0) })
    // kb's parser starts each tree with the escaping instead of reading the pragma in the text.
    let parsed = try Self.corners.mapValues { try ParsedTemplate($0, file: "corner", escaping: .kb) }
    let theme = try #require(CompiledTheme(parsed))
    let page = Page(frame: Self.frame, body: Probe())
    let expected = try #require(library.render(page, withTemplate: "main"))
    #expect(theme.render(page, with: "main") == expected)
    #expect(expected.contains("&lt;b&gt;"))
  }

  @Test(
    "Templates with transforms or dynamic partials fall back to swift-mustache, which says why",
    arguments: [
      ("{{uppercased(title)}}", "transform 'uppercased(title)' at 1:1"),
      ("a\n  {{>*dynamic}}", "dynamic partial '*dynamic' at 2:3"),
      ("{{#first()}}x{{/first()}}", "transform 'first()' at 1:1"),
      ("{{<*parent}}{{/*parent}}", "dynamic parent '*parent' at 1:1"),
    ])
  func fallback(template: String, reason: String) throws {
    let parsed = try ParsedTemplate(template, file: "main")
    #expect(parsed.swiftMustacheOnly == [reason])
    #expect(CompiledTheme(["main": parsed]) == nil)
  }

  @Test("A theme with a transform renders with swift-mustache")
  func fallbackTheme() throws {
    let folder = try SiteTestSupport.temporaryDirectory()
    try "{{<layout}}{{$content}}<h1>{{uppercased(pageTitle)}}</h1>{{/content}}{{/layout}}".write(
      to: folder.appendingPathComponent("not-found.mustache"), atomically: true, encoding: .utf8)
    let templates = try TemplateSet(overrides: folder)
    #expect(templates.compiled == nil)
    let tree = try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: folder,
      output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    #expect(SiteTestSupport.text(tree, "404.html").contains("<h1>PAGE NOT FOUND</h1>"))
  }

  static let frame = PageFrame(
    site: .init(title: "Site", tagline: "Tag"), pageTitle: "Page", root: "../", home: "../",
    codesLink: "../codes/", searchLink: "../search/", assets: "../assets/", canonical: "x/",
    indexLink: "../index.json", products: [], productNavigation: "", ogType: "website")
}
