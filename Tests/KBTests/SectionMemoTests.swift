import Foundation
import Mustache
import Testing

@testable import KB

/// A section over a list of objects keeps its output for the next page with the same list, and
/// only when nothing outside the list could change it.
@Suite("kept section output")
struct SectionMemoTests {
  struct Outer: TemplateModel {
    var heading: String
    var code: String = "outer"
    var links: [PageLink] = []
    var entries: [EntrySummary] = []

    static let schema = TemplateSchema<Self>(
      "outer",
      [
        .value("heading") { $0.heading }, .value("code") { $0.code },
        .model("links", PageLink.self) { $0.links }, .model("entries", EntrySummary.self) { $0.entries },
      ])
  }

  static func summary(code: String?) -> EntrySummary {
    EntrySummary(
      slug: "s", title: "T", kind: "k", link: "l", url: "u", productTitle: "P", oneLine: "",
      code: code, name: nil, httpStatus: nil, deprecated: false, anchorAliases: [], shortLink: "",
      shortURL: "", seen: nil)
  }

  /// The theme, and the memo of the template's first node, a section.
  static func theme(_ text: String) throws -> (CompiledTheme, SectionMemo) {
    let theme = try #require(CompiledTheme(sources: ["t": text]))
    guard case .section(_, let content)? = theme.templates["t"]?.nodes.first else {
      throw CancellationError()
    }
    return (theme, content.memo)
  }

  let links = [PageLink(title: "A & B", link: "a/"), PageLink(title: "C", link: "c/")]

  @Test("a list read alone is written once and kept; the same values in new objects are not taken for it")
  func keptForTheSameObjects() throws {
    let (theme, memo) = try Self.theme("{{#links}}<a href=\"{{link}}\">{{title}}</a>{{/links}}")
    let first = theme.render(Outer(heading: "1", links: links), with: "t")
    #expect(first == "<a href=\"a/\">A &amp; B</a><a href=\"c/\">C</a>")
    #expect(memo.keptCount == 1)
    #expect(theme.render(Outer(heading: "2", links: links), with: "t") == first)
    #expect(memo.keptCount == 1)
    let copies = links.map { PageLink(title: $0.title + "!", link: $0.link) }
    #expect(
      theme.render(Outer(heading: "3", links: copies), with: "t")
        == "<a href=\"a/\">A &amp; B!</a><a href=\"c/\">C!</a>")
    #expect(memo.keptCount == 2)
  }

  @Test("a section reading a name from outside its items is never kept")
  func outerNameNotKept() throws {
    let (theme, memo) = try Self.theme("{{#links}}{{heading}}:{{title}} {{/links}}")
    #expect(theme.render(Outer(heading: "1", links: links), with: "t") == "1:A &amp; B 1:C ")
    #expect(theme.render(Outer(heading: "2", links: links), with: "t") == "2:A &amp; B 2:C ")
    #expect(memo.keptCount == 0)
  }

  @Test("an absent value in an item, found further out, is never kept")
  func absentValueClimbs() throws {
    let (theme, memo) = try Self.theme("{{#entries}}[{{code}}]{{/entries}}")
    let entries = [Self.summary(code: "1"), Self.summary(code: nil)]
    #expect(theme.render(Outer(heading: "", code: "X", entries: entries), with: "t") == "[1][X]")
    #expect(theme.render(Outer(heading: "", code: "Y", entries: entries), with: "t") == "[1][Y]")
    #expect(memo.keptCount == 0)
  }

  @Test("a name no value has is looked up everywhere, so it is never kept either")
  func missingNameNotKept() throws {
    let (theme, memo) = try Self.theme("{{#links}}{{title}}{{nowhere}}{{/links}}")
    #expect(theme.render(Outer(heading: "", links: links), with: "t") == "A &amp; BC")
    #expect(theme.render(Outer(heading: "", links: links), with: "t") == "A &amp; BC")
    #expect(memo.keptCount == 0)
  }
}

extension SectionMemoTests {
  @Test("new lists on every page fill the memo, then it gives up; a long output is never kept")
  func givesUp() throws {
    let (theme, memo) = try Self.theme("{{#links}}{{title}}{{/links}}")
    for number in 0..<(SectionMemo.capacity + SectionMemo.tries + 2) {
      let fresh = [PageLink(title: "\(number)", link: "")]
      #expect(theme.render(Outer(heading: "", links: fresh), with: "t") == "\(number)")
    }
    #expect(memo.keptCount == SectionMemo.capacity)
    guard case .no = memo.answer(for: links, escaping: .html) else {
      Issue.record("the memo did not give up")
      return
    }
    let (longTheme, longMemo) = try Self.theme("{{#links}}{{title}}{{/links}}")
    let long = [PageLink(title: String(repeating: "x", count: SectionMemo.largest + 1), link: "")]
    _ = longTheme.render(Outer(heading: "", links: long), with: "t")
    #expect(longMemo.keptCount == 0)
  }
}
