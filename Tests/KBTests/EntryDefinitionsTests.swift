import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("Entries no topic lists")
struct EntryDefinitionsTests {
  @Test("Entry( and Entry.init( are found outside comments and strings, with their var")
  func scanner() {
    let source = #"""
      import KBModel

      // Entry( in a comment
      /* Entry( in a /* nested */ block comment */
      var first: Entry {
        Entry(
          .code("1"), title: "Entry( in a string", causes: [#"raw "Entry(" text"#],
          resolution: ["""
            Entry( in a multi-line string, with "quotes"
            """]
        )
      }
      var second: [Entry] {
        [Entry.init(.problem, slug: "p", title: "t", causes: ["c"], resolution: ["r"]), KBModel.Entry(.problem, title: "x", causes: [], resolution: [])]
      }
      """#
    let found = EntryDefinitions.definitions(in: source)
    #expect(found.map(\.line) == [6, 14, 14])
    #expect(found.map(\.property) == ["first", "second", "second"])
  }

  @Test("identifiers and text outside ASCII neither hide an entry nor make one up")
  func scannerOutsideASCII() {
    let source = #"""
      var café: Entry {
        Entry(.code("é1"), title: "naïve — Entry( in a string ✓", causes: ["ünïcode"], resolution: ["r"])
      }
      /* ✓ Entry( in a comment with a 🚀 */
      var straße: [Entry] { [Entry(.problem, title: "x", causes: [], resolution: [])] }
      var notAnEntryÉntry: Int { ÉEntry(1) + Entryé(2) }
      """#
    let found = EntryDefinitions.definitions(in: source)
    #expect(found.map(\.line) == [2, 5])
    #expect(found.map(\.property) == ["café", "straße"])
  }

  @Test("an entry written in content/ but in no topic is reported at its file and line")
  func unlisted() throws {
    let root = try SiteTestSupport.temporaryDirectory()
    let folder = root.appendingPathComponent("content/Demo")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // Locations are relative to the package that holds the file.
    try "// swift-tools-version:6.0\n".write(
      to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    let source = """
      import KBModel

      var demoErrors: [Entry] {
        [
          Entry(.code("42"), title: "Listed", causes: ["c"], resolution: ["r"]),
        ]
      }

      var demoForgotten: Entry {
        Entry(.code(""), title: "", causes: [""], resolution: [""])
      }

      """
    let file = folder.appendingPathComponent("DemoErrors.swift")
    try source.write(to: file, atomically: true, encoding: .utf8)
    // The site as compiled from that file: only the listed entry is reached through a topic.
    let listed = Fixtures.entry(.code("42"), file: file.path, line: 5)
    let site = Fixtures.site(entries: [listed])
    let diagnostics = ContentCheck.run(site, contentFolder: root.appendingPathComponent("content"))
    let reported = diagnostics.filter { $0.message.contains("in no topic") }
    #expect(
      reported.map(\.description) == [
        "content/Demo/DemoErrors.swift:10: error: this entry is in no topic, so it is not published; add `demoForgotten` to the entries: of a topic, or delete it"
      ])
    #expect(ContentCheck.run(site).allSatisfy { !$0.message.contains("in no topic") })
  }

  @Test("every entry of the bundled content is published")
  func bundledContent() {
    let content = SiteTestSupport.packageRoot.appendingPathComponent("content")
    let definitions = EntryDefinitions.scan(folder: content)
    #expect(definitions.count == KBContentSite.site.products.reduce(0) { $0 + $1.entries.count })
    #expect(EntryDefinitions.unpublished(KBContentSite.site, definitions: definitions).isEmpty)
  }
}
