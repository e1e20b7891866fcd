import Foundation
import KBModel
import Mustache
import KBTestSupport
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
    let texts = Self.corners.mapValues { TemplateSet.escapingPragma + $0 }
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    let library = MustacheLibrary(templates: try texts.mapValues { try MustacheTemplate(string: $0) })
    let theme = try #require(CompiledTheme(sources: texts))
    let page = Page(frame: Self.frame, body: Probe())
    let expected = try #require(library.render(page, withTemplate: "main"))
    #expect(theme.render(page, with: "main") == expected)
    #expect(expected.contains("&lt;b&gt;"))
  }

  @Test(
    "Templates with transforms, dynamic partials or other content types fall back to swift-mustache",
    arguments: [
      "{{uppercased(title)}}", "{{>*dynamic}}", "{{% CONTENT_TYPE: JSON }}", "{{#first()}}x{{/first()}}",
    ])
  func fallback(template: String) {
    #expect(CompiledTheme(sources: ["main": template]) == nil)
  }

  static let frame = PageFrame(
    site: .init(title: "Site", tagline: "Tag"), pageTitle: "Page", root: "../", home: "../",
    codesLink: "../codes/", searchLink: "../search/", assets: "../assets/", canonical: "x/",
    indexLink: "../index.json", products: [], productNavigation: "", ogType: "website")
}
