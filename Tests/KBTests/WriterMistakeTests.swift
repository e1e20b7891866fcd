import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Writer mistakes that once passed the check or got a misleading message, each reported at the
/// writer's line with what to do.
@Suite("writer mistakes get a message at their line")
struct WriterMistakeTests {
  func errors(_ entries: [Entry]) -> [Diagnostic] {
    Validator.check(Fixtures.site(entries: [Fixtures.entry()] + entries)).errors
  }

  @Test(
    "a title without ASCII letters asks for slug: with an example, and no 'already used'",
    arguments: ["🔥🔥🔥", "启动失败", "تعذر بدء المختبر", "ラボが起動しない", "실험실 시작 실패", "ไม่สามารถเริ่ม", "—", "¿?"])
  func emptySlug(_ title: String) throws {
    let line = #line + 1
    let one = Entry(.problem, title: title, causes: ["c"], resolution: ["r"])
    let two = Entry(.problem, title: title + " ", causes: ["c"], resolution: ["r"])
    let errors = errors([one, two])
    #expect(!errors.contains { $0.message.contains("already used") }, "\(errors)")
    #expect(!errors.contains { $0.message.contains("''") }, "\(errors)")
    let first = try #require(errors.first { $0.location.line == line })
    #expect(first.message.contains("gives no slug"))
    #expect(first.message.contains("add slug:"))
    let example = try #require(first.message.split(separator: "slug: \"").last?.split(separator: "\"").first)
    #expect(Slug.isValid(String(example)), "\(first.message)")
  }

  @Test("the example slug is written from the title in Latin letters where it can be")
  func exampleSlug() {
    #expect(
      Validator.exampleSlug(Entry(.problem, title: "启动失败", causes: [], resolution: [])) == "qi-dong-shi-bai")
    #expect(
      Validator.exampleSlug(Entry(.problem, title: "🔥", causes: [], resolution: [])) == "what-went-wrong")
    #expect(
      Validator.exampleSlug(Entry(.screenMessage("错误"), slug: "", title: "Lab", causes: [], resolution: []))
        == "cuo-wu")
  }

  @Test(
    "identities without ASCII letters give no slug either",
    arguments: [Identity.apiError("无法连接"), .screenMessage("⚠️"), .code("错误", name: nil)])
  func emptySlugFromIdentity(_ identity: Identity) {
    let errors = errors([Entry(identity, title: "Title", causes: ["c"], resolution: ["r"])])
    #expect(
      errors.contains { $0.message.contains("gives no slug") && $0.message.contains("add slug:") },
      "\(errors)")
  }

  @Test("an explicit empty slug is said to be empty, not 'already used'")
  func explicitEmptySlug() {
    let errors = errors([
      Entry(.code("7"), slug: "", title: "A", causes: ["c"], resolution: ["r"]),
      Entry(.code("8"), slug: "", title: "B", causes: ["c"], resolution: ["r"]),
    ])
    #expect(errors.filter { $0.message.hasPrefix("entry slug is empty") }.count == 2)
    #expect(!errors.contains { $0.message.contains("already used") })
  }

  static let longTitle = Array(repeating: "the lab could not start because", count: 65).joined(separator: " ")

  @Test("a long title without slug: is an error at its line, with a slug cut at a word boundary")
  func longTitle() throws {
    #expect(Self.longTitle.count > 2000)
    let line = #line + 1
    let entry = Entry(.problem, title: Self.longTitle, causes: ["c"], resolution: ["r"])
    let error = try #require(errors([entry]).first { $0.location.line == line })
    #expect(error.message.contains("characters long; at most 80"))
    #expect(error.message.count < 400)
    let example = try #require(error.message.split(separator: "slug: \"").last?.split(separator: "\"").first)
    #expect(example.count <= 80 && Slug.isValid(String(example)) && !example.hasSuffix("-"))
    #expect(Self.longTitle.hasPrefix(example.replacingOccurrences(of: "-", with: " ")))
  }

  @Test(
    "every slug, code and alias that names a folder is bounded",
    arguments: [
      { (entry: inout Entry) in entry.slug = String(repeating: "a", count: 81) },
      { (entry: inout Entry) in entry.slug = Array(repeating: "word", count: 40).joined(separator: "-") },
      { (entry: inout Entry) in entry.identity = .code(String(repeating: "9", count: 200)) },
      { (entry: inout Entry) in entry.aliases = [String(repeating: "old ", count: 50)] },
      { (entry: inout Entry) in entry.identity = .apiError(String(repeating: "Denied ", count: 30)) },
    ] as [@Sendable (inout Entry) -> Void])
  func bounded(_ change: @Sendable (inout Entry) -> Void) {
    var entry = Fixtures.entry(.code("77"), title: "Other")
    change(&entry)
    if case .apiError = entry.identity {
      entry.slug = Slug.derive(identity: entry.identity, title: entry.title)
    }
    #expect(errors([entry]).contains { $0.message.contains("characters long; at most 80") })
  }

  @Test("80 characters is still a slug")
  func eighty() {
    var entry = Fixtures.entry(.code("77"), title: "Other")
    entry.slug = String(repeating: "a", count: 80)
    #expect(errors([entry]).isEmpty)
  }

  @Test(
    "slugs are cut at a hyphen, or where they must be",
    arguments: [
      ("abc-def-ghi", 7, "abc-def"), ("abc-def-ghi", 8, "abc-def"), ("abcdefghij", 4, "abcd"),
      ("abc", 4, "abc"),
      ("abc-defgh", 4, "abc"),
    ])
  func shortened(_ slug: String, _ length: Int, _ expected: String) {
    #expect(Slug.shortened(slug, to: length) == expected)
  }

  @Test(
    "codes that read the same to a customer are one code, reported at the second",
    arguments: [
      ("1009", "01009"), ("01009", "1009"), ("E1009", "e1009"), ("E-1009", "e1009"), ("E_1009", "E1009"),
      ("ERR.42", "err42"), ("0", "00"), ("1009", "１００９"), ("A-01-02", "a1.2"),
    ])
  func sameCode(_ first: String, _ second: String) {
    let line = #line + 1
    let other = Entry(.code(second), slug: "second", title: "Second", causes: ["c"], resolution: ["r"])
    var site = Fixtures.site(entries: [
      Entry(.code(first), slug: "first", title: "First", causes: ["c"], resolution: ["r"]), other,
    ])
    site.products[0].topics[0].entries[0].slug = "first"
    let errors = Validator.check(site).errors.filter { $0.message.hasPrefix("code \(second)") }
    #expect(errors.count == 1, "\(Validator.check(site).errors)")
    #expect(errors.first?.location.line == line)
    #expect(errors.first?.message.contains(first) == true)
  }

  @Test(
    "codes that differ are kept apart",
    arguments: [("1009", "10090"), ("E1009", "W1009"), ("1009", "E1009"), ("1009", "1090"), ("100", "10")])
  func differentCodes(_ first: String, _ second: String) {
    #expect(Validator.codeKey(first) != Validator.codeKey(second))
  }

  @Test(
    "dates that are written right but do not exist say so",
    arguments: [
      ("2026-02-30", "February 2026 has 28 days"), ("2026-02-29", "February 2026 has 28 days"),
      ("1900-02-29", "February 1900 has 28 days"), ("2025-04-31", "April 2025 has 30 days"),
      ("2025-13-01", "no month 13"), ("2025-00-10", "no month 00"),
      ("2025-01-00", "January 2025 has 31 days"),
      ("2025-12-32", "December 2025 has 31 days"),
    ])
  func missingDate(_ date: String, _ reason: String) {
    let problem = Validator.dateProblem(date)
    #expect(problem?.hasPrefix("does not exist") == true, "\(problem ?? "nil")")
    #expect(problem?.contains(reason) == true, "\(problem ?? "nil")")
  }

  @Test(
    "real dates pass, leap days included",
    arguments: ["2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"])
  func realDate(_ date: String) {
    #expect(Validator.dateProblem(date) == nil)
  }

  @Test(
    "dates written otherwise say how to write them",
    arguments: ["03/02/2026", "2026-2-3", "26-02-03", "2026-02-03T10:00", "", "２０２６-02-03", "2026—02—03"])
  func badlyWritten(_ date: String) {
    #expect(Validator.dateProblem(date) == "is not a date written as YYYY-MM-DD")
  }

  @Test("an entry's lastReviewed that does not exist is reported at its line")
  func lastReviewed() {
    let line = #line + 1
    var entry = Fixtures.entry(.code("77"), title: "Other", line: line)
    entry.lastReviewed = "2026-02-30"
    #expect(
      errors([entry]).contains {
        $0.location.line == line
          && $0.message == "lastReviewed '2026-02-30' does not exist: February 2026 has 28 days"
      })
  }
}
