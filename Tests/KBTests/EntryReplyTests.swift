import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// The reply support pastes into a ticket: the same text on the page, in index.json and in
/// `kb explain --format`.
@Suite("Copy as reply")
struct EntryReplyTests {
  static let published = RenderOptions(baseURL: "https://help.example.com/kb/")

  static func reply(_ entry: Entry, options: RenderOptions = published, support: Support = Fixtures.support)
    -> EntryReply
  {
    var site = Fixtures.site(entries: [entry])
    site.products[0].support = support
    return EntryReply(entry, in: site.products[0], lookup: Lookup(site), options: options)
  }

  @Test(
    "the plain text has the title, the cause, numbered steps, what to do if it persists and the short link")
  func plainText() {
    var entry = Fixtures.entry(resolution: ["Sign in again.", "Reload the **Grades** page."])
    entry.escalation = "If it still fails, write to support."
    #expect(
      Self.reply(entry).text == """
        42 THE_ANSWER: Something failed

        Cause: The thing broke.

        What to do:
        1. Sign in again.
        2. Reload the Grades page.

        If it persists: If it still fails, write to support. Demo support: open a ticket at https://support.example.com/.
        When you contact support, include:
        - The error code

        https://help.example.com/kb/e/42/

        """)
  }

  @Test("Markdown keeps emphasis, puts the code and name in code spans and links the short link")
  func markdown() {
    let entry = Fixtures.entry(resolution: ["Reload the **Grades** page."])
    let markdown = Self.reply(entry).markdown
    #expect(markdown.hasPrefix("**`42` `THE_ANSWER`: Something failed**\n\n**Cause:** The thing broke.\n"))
    #expect(markdown.contains("**What to do:**\n\n1. Reload the **Grades** page.\n"))
    #expect(markdown.hasSuffix("\n<https://help.example.com/kb/e/42/>\n"))
  }

  @Test("links to entries become full addresses; links that mean nothing outside the site become text")
  func links() {
    let entry = Fixtures.entry(
      causes: ["See [the outcome](entry:scenario-1) and [the guide](guide:missing)."])
    let reply = Self.reply(entry)
    #expect(
      reply.text.contains(
        "Cause: See the outcome (https://help.example.com/kb/demo/scenario-1/) and the guide."))
    #expect(
      reply.markdown.contains("[the outcome](https://help.example.com/kb/demo/scenario-1/) and the guide."))
  }

  @Test("several causes are listed as possible causes")
  func severalCauses() {
    let reply = Self.reply(Fixtures.entry(causes: ["The token expired.", "The clock is wrong."]))
    #expect(reply.text.contains("Possible causes:\n- The token expired.\n- The clock is wrong.\n"))
    #expect(reply.markdown.contains("**Possible causes:**\n\n- The token expired.\n- The clock is wrong.\n"))
  }

  @Test("without a site address the short link is a path, which Markdown does not autolink")
  func withoutSiteURL() {
    let reply = Self.reply(Fixtures.entry(), options: RenderOptions())
    #expect(reply.text.hasSuffix("\n/e/42/\n"))
    #expect(reply.markdown.hasSuffix("\n/e/42/\n"))
  }

  @Test("a product without a support channel is named, and Markdown characters in titles are escaped")
  func noChannel() {
    let entry = Fixtures.entry(.problem, title: "Scores *never* arrive")
    let reply = Self.reply(entry, support: Support())
    #expect(reply.text.contains("If it persists: Contact Demo support.\n"))
    #expect(reply.markdown.hasPrefix("**Scores \\*never\\* arrive**\n"))
  }

  @Test("a code with backticks still makes one code span")
  func codeSpan() {
    #expect(EntryReply.codeSpan("a`b") == "``a`b``")
    #expect(EntryReply.codeSpan("`x") == "`` `x ``")
  }

  @Test("index.json carries each entry's reply as the page copies it")
  func inIndex() throws {
    let site = Fixtures.site(entries: [Fixtures.entry()])
    let tree = try SiteBuilder(
      site: site, templates: nil, output: URL(fileURLWithPath: "/nonexistent"), options: Self.published
    ).render()
    let index = try JSONSerialization.jsonObject(with: tree.files["index.json"] ?? Data()) as? [String: Any]
    let entries = index?["entries"] as? [[String: Any]] ?? []
    let reply = entries.first { $0["id"] as? String == "demo/42" }?["reply"] as? [String: String]
    let expected = Self.reply(Fixtures.entry())
    #expect(reply == ["text": expected.text, "markdown": expected.markdown])
    let page = String(decoding: tree.files["demo/42/index.html"] ?? Data(), as: UTF8.self)
    #expect(page.contains("data-copy=\"\(expected.markdown.htmlEscaped)\""))
  }
}

@Suite("Copy as reply: hostile text")
struct EntryReplyHostileTests {
  @Test("raw HTML and script links never reach the Markdown a help desk may render")
  func inert() {
    let entry = Fixtures.entry(causes: [
      "It failed <iframe src=javascript:alert(3)></iframe> [click](javascript:alert(1)) done"
    ])
    let reply = EntryReplyTests.reply(entry)
    #expect(!reply.markdown.contains("javascript:"))
    #expect(!reply.markdown.contains("<iframe"))
    #expect(reply.markdown.contains("click"))
  }
}
