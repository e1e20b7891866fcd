import ArgumentParser
import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB
@testable import KBCommandLine
@testable import KBStarter

/// What another team's package shows (its files, the guide, every command's help, a new entry's
/// scaffold and check messages' examples) names nothing of the products kb's own content covers.
@Suite("nothing of ours in a team's tools")
struct NeutralWordsTests {
  /// Words of the bundled knowledge base's domain, matched as whole words in any case.
  static let ourWords = [
    "Class LTI", "class-lti", "Zoom", "Canvas", "Moodle", "Blackboard", "Skillable", "SCORM", "LTI", "LMS",
    "lab", "lab-api", "instructor", "instructors", "1014", "FAILED_TO_CREATE_CLASS", "course",
  ]

  static func ourWordsIn(_ text: String) -> [String] {
    ourWords.filter { word in
      let escaped = NSRegularExpression.escapedPattern(for: word)
      return text.range(
        of: "(?<![A-Za-z0-9_-])\(escaped)(?![A-Za-z0-9_-])", options: [.regularExpression, .caseInsensitive])
        != nil
    }
  }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  static let guide =
    (try? String(
      contentsOf: packageRoot.appendingPathComponent("docs/writing-content.md"), encoding: .utf8)) ?? ""

  @Test("the scan finds our words, and only as words")
  func scanWorks() {
    #expect(Self.ourWordsIn("Open the Lab page") == ["lab"])
    #expect(Self.ourWordsIn("see class-lti/1014/") == ["class-lti", "1014"])
    #expect(Self.ourWordsIn("a label, a collaborator, multiplied, 10140").isEmpty)
  }

  @Test("every file kb init writes, the writers' guide included")
  func initPackage() throws {
    #expect(Self.guide.contains("## Adding an entry"))
    let package = StarterPackage(name: "Acme Help", dependency: .path("/src/kb"), writingGuide: Self.guide)
    #expect(package.files["WRITING.md"] == Self.guide)
    #expect(package.files["README.md"]?.contains("WRITING.md") == true)
    for (path, text) in package.files {
      #expect(Self.ourWordsIn(text).isEmpty, "\(path) names \(Self.ourWordsIn(text))")
    }
  }

  static let commands: [any ParsableCommand.Type] = [
    KBCommand.self, Check.self, Build.self, Serve.self, Lock.self, New.self, NewEntry.self, Init.self,
    Explain.self, Link.self,
  ]

  @Test("the help of every command")
  func help() {
    for command in Self.commands {
      let help = KBCommand.helpMessage(for: command)
      #expect(!help.isEmpty)
      #expect(Self.ourWordsIn(help).isEmpty, "\(command) help names \(Self.ourWordsIn(help))")
    }
  }

  @Test("a new entry's scaffold in a package with its own roles")
  func scaffold() throws {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.roles = [Role("merchant", "The merchant"), .support]
    let scaffold = try EntryScaffold(
      site: site, product: "demo", kind: .code("card_velocity_exceeded", name: nil, status: 402),
      title: "Too many charges")
    #expect(scaffold.text.contains(".code(\"card_velocity_exceeded\", status: 402),"))
    #expect(scaffold.text.contains(".merchant, .support"))
    #expect(scaffold.text.contains("searchTerms:") && scaffold.text.contains("lastReviewed:"))
    #expect(Self.ourWordsIn(scaffold.text).isEmpty, "\(Self.ourWordsIn(scaffold.text))")
  }

  @Test("a check message's example comes from the package's own guides, or is generic")
  func checkExamples() {
    var site = Fixtures.site(entries: [Fixtures.entry(resolution: ["Follow steps 3-5."])])
    let generic = Validator.check(site).errors.map(\.message)
    #expect(generic.contains { $0.contains("guide:setup-guide#install") }, "\(generic)")
    site.products[0].guides = [
      Guide(
        slug: "integration", title: "Integration guide",
        sections: [GuideSection("webhooks", title: "Webhooks")])
    ]
    let own = Validator.check(site).errors.map(\.message)
    #expect(own.contains { $0.contains("[steps 3-5 of Webhooks](guide:integration#webhooks)") }, "\(own)")
    for message in generic + own { #expect(Self.ourWordsIn(message).isEmpty, "\(message)") }
  }
}
