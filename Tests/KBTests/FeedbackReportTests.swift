import KBModel
import KBTestSupport
import Testing

@testable import KB

/// `kb report`: what the feedback endpoint collected, turned into work for writers.
@Suite("kb report")
struct FeedbackReportTests {
  static let lines = """
    {"kind":"vote","page":"demo/42/","entry":"demo/42","helpful":false}
    {"kind":"vote","page":"demo/42/","entry":"demo/42","helpful":true}
    {"kind":"vote","page":"demo/42/","entry":"demo/42","helpful":false,"time":"2026-12-01"}
    {"kind":"comment","page":"demo/42/","entry":"demo/42","comment":"Which thing?"}
    {"kind":"vote","page":"demo/7/","entry":"demo/7","helpful":true}

    {"kind":"search","page":"search/","query":"thing won't restart"}
    {"kind":"search","page":"search/","query":"Thing wont restart"}
    {"kind":"search","page":"search/","query":"refund policy"}
    not json
    {"kind":"rating","page":"x/"}
    {"kind":"vote","entry":"demo/42","helpful":false}
    """

  @Test("pages with a no vote or a comment are listed, most no votes first, with their comments")
  func pages() {
    let report = FeedbackReport(lines: Self.lines)
    #expect(
      report.pages == [
        FeedbackReport.PageVotes(
          page: "demo/42/", entry: "demo/42", helpful: 1, unhelpful: 2, comments: ["Which thing?"])
      ])
  }

  @Test("searches that read the same are counted together, the most typed spelling first")
  func searches() {
    let report = FeedbackReport(lines: Self.lines)
    #expect(report.searches.map(\.count) == [2, 1])
    #expect(report.searches.first?.spellings.count == 2)
    #expect(report.searches.last?.spellings == ["refund policy"])
  }

  @Test("lines that are not feedback are reported by number and skipped")
  func badLines() {
    #expect(FeedbackReport(lines: Self.lines).badLines.map(\.line) == [10, 11, 12])
  }

  @Test("a search is matched to the entry whose words it shares, and the words it lacks are named")
  func suggestions() {
    let site = Fixtures.site(entries: [
      Fixtures.entry(title: "The thing will not restart", causes: ["The thing crashed."]),
      Fixtures.entry(.code("7"), title: "Upload rejected", causes: ["The file is too large."]),
    ])
    let text = FeedbackReport(lines: Self.lines).printed(site: site)
    #expect(text.contains("2 of 3 said no  demo/42/  42 THE_ANSWER: The thing will not restart\n"))
    #expect(text.contains("      “Which thing?”\n"))
    #expect(text.contains("closest: demo/42 (42 THE_ANSWER: The thing will not restart)"))
    #expect(text.contains("“refund policy”\n      no entry is close"))
    let lacking = FeedbackReport(lines: #"{"kind":"search","query":"thing crashes on restart loop"}"#)
    #expect(lacking.printed(site: site).contains("a Synonyms group joining “loop”"))
  }
}

@Suite("Placeholder slugs")
struct PlaceholderSlugTests {
  @Test(
    "a placeholder word and a number, or a number without a code, is a placeholder",
    arguments: [
      ("scenario-3", true), ("entry-12", true), ("item7", true), ("42", true), ("launch-3", false),
      ("scenario", false), ("session-already-exists", false), ("scenario-3b", false),
    ])
  func placeholder(slug: String, expected: Bool) {
    #expect(Validator.isPlaceholderSlug(slug) == expected)
  }

  @Test("the suggestion comes from the title; a title that says no more gives none")
  func suggestion() {
    #expect(
      Validator.readableSlug(fromTitle: "Launching user lacks the Learner role")
        == "launching-user-lacks-the-learner-role")
    #expect(Validator.readableSlug(fromTitle: "Scenario one") == nil)
  }

  @Test("an entry with a code keeps its numeric slug without a warning")
  func codes() {
    let site = Fixtures.site(entries: [Fixtures.entry(.code("1014"))])
    #expect(!Validator.check(site).contains { $0.message.contains("says nothing") })
  }
}
