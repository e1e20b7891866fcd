import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KBCommandLine

@Suite("kb new entry")
struct EntryScaffoldTests {
  static let site = KBContentSite.site

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func read(_ path: String) -> String? {
    try? String(contentsOf: Self.packageRoot.appendingPathComponent(path), encoding: .utf8)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let product: String
    let kind: EntryScaffold.Kind
    let path: String
    let identity: String
    var testDescription: String { path }
  }

  @Test(
    "every identity kind gets its file, named with the product's prefix, and its identity line",
    arguments: [
      Case(
        product: "class-lti", kind: .code("1099", name: nil), path: "content/ClassLTI/ClassEntry1099.swift",
        identity: #".code("1099"),  // name: "SYMBOLIC_NAME", status: 402 when it has them"#),
      Case(
        product: "scorm-api", kind: .code("card_velocity_exceeded", name: nil, status: 402),
        path: "content/SCORM/ScormCardVelocityExceeded.swift",
        identity: #".code("card_velocity_exceeded", status: 402),"#),
      Case(
        product: "class-lti", kind: .code("1098", name: "FAILED_TO_X"),
        path: "content/ClassLTI/ClassEntry1098.swift",
        identity: #".code("1098", name: "FAILED_TO_X"),"#),
      Case(
        product: "scorm-api", kind: .apiError("Session has expired", status: 410),
        path: "content/SCORM/ScormSessionHasExpired.swift",
        identity: #".apiError("Session has expired", status: 410),"#),
      Case(
        product: "lab-api", kind: .message("Lab is \"busy\""), path: "content/LabAPI/LabLabIsBusy.swift",
        identity: #".screenMessage("Lab is \"busy\""),"#),
      Case(
        product: "lab-lti", kind: .problem(slug: "grades-stuck"),
        path: "content/LabLTI/LabLTIGradesStuck.swift",
        identity: ".problem,\n    slug: \"grades-stuck\","),
    ])
  func kinds(_ example: Case) throws {
    let scaffold = try EntryScaffold(
      site: Self.site, product: example.product, kind: example.kind, title: "New")
    #expect(scaffold.path == example.path)
    let stem = example.path.split(separator: "/").last?.dropLast(".swift".count) ?? ""
    #expect(scaffold.variable == stem.prefix(1).lowercased() + stem.dropFirst())
    #expect(scaffold.text.contains("var \(scaffold.variable): Entry {\n  Entry(\n    \(example.identity)\n"))
    #expect(scaffold.topicEdit == nil)
    #expect(
      scaffold.nextStep.contains(
        "add `\(scaffold.variable),` to the entries: of a topic of '\(example.product)'"))
  }

  @Test("--topic adds the entry at the end of a topic's list, or after a topic's expression")
  func registers() throws {
    let listed = try EntryScaffold(
      site: Self.site, product: "lab-api", kind: .code("999", name: nil), title: "New", topic: "scoring",
      readFile: Self.read)
    let edit = try #require(listed.topicEdit)
    #expect(edit.file == "content/LabAPI/LabScoring.swift")
    let original = try #require(Self.read(edit.file))
    #expect(
      edit.text
        == original.replacingOccurrences(
          of: "      )\n    ]\n  )\n}", with: "      ),\n      labEntry999,\n    ]\n  )\n}"))
    let summed = try EntryScaffold(
      site: Self.site, product: "class-lti", kind: .code("1099", name: nil), title: "New",
      topic: "launch-request-validation",
      readFile: Self.read)
    #expect(
      summed.topicEdit?.text.contains(
        "entries: classRequestChecks + classLaunchDataChecks + [classEntry1099]") == true)
  }

  @Test("an unknown topic gets a suggestion; a topic file kb cannot edit gets the exact line to add")
  func topicProblems() throws {
    #expect(throws: EntryScaffold.Problem.self) {
      try EntryScaffold(
        site: Self.site, product: "lab-api", kind: .code("999", name: nil), title: "N", topic: "scorin")
    }
    let unread = try EntryScaffold(
      site: Self.site, product: "lab-api", kind: .code("999", name: nil), title: "N", topic: "scoring")
    #expect(unread.topicEdit == nil)
    #expect(
      unread.nextStep.hasPrefix(
        "add `labEntry999,` to the entries: of topic 'scoring' at content/LabAPI/LabScoring.swift:"))
  }

  @Test(
    "wrong input is refused",
    arguments: [
      (EntryScaffold.Kind.code("1014", name: nil), "code 1014 already exists at content/ClassLTI/"),
      (.code("10 14", name: nil), "code '10 14' contains spaces"),
      (.apiError("Oops", status: 999), "HTTP status 999 is not between 100 and 599"),
      (.message(" "), "the message is empty"),
      (.problem(slug: "Bad Slug"), "slug 'Bad Slug' must be"),
    ])
  func refused(_ kind: EntryScaffold.Kind, _ message: String) {
    do {
      _ = try EntryScaffold(site: Self.site, product: "class-lti", kind: kind, title: "T")
      Issue.record("accepted \(kind)")
    } catch {
      #expect("\(error)".hasPrefix(message), "\(error)")
    }
  }

  @Test("the options name exactly one identity")
  func options() throws {
    #expect(
      try EntryScaffold.Kind.from(
        code: "1", name: "N", apiError: nil, status: nil, message: nil, problem: nil) == .code("1", name: "N")
    )
    #expect(
      try EntryScaffold.Kind.from(
        code: nil, name: nil, apiError: "E", status: 404, message: nil, problem: nil)
        == .apiError("E", status: 404))
    #expect(throws: EntryScaffold.Problem.self) {
      try EntryScaffold.Kind.from(
        code: "1", name: nil, apiError: "E", status: nil, message: nil, problem: nil)
    }
    #expect(throws: EntryScaffold.Problem.self) {
      try EntryScaffold.Kind.from(
        code: nil, name: nil, apiError: nil, status: 404, message: "M", problem: nil)
    }
  }

  @Test(
    "file and property names are Swift's for any code",
    arguments: [
      ("card_velocity_exceeded", "CardVelocityExceeded", "cardVelocityExceeded"),
      ("CARD_DECLINED", "CardDeclined", "cardDeclined"),
      ("1014", "Entry1014", "entry1014"),
      ("3ds-required", "Entry3dsRequired", "entry3dsRequired"),
      ("E.42/x", "E42X", "e42X"),
    ])
  func codeNames(code: String, file: String, property: String) {
    let name = EntryScaffold.name(for: .code(code, name: nil))
    #expect(name == file)
    #expect(EntryScaffold.lowerCamelCase(name) == property)
  }

  @Test(
    "a property starts with its leading acronym in lower case",
    arguments: [("LTIGrades", "ltiGrades"), ("ScormX", "scormX"), ("APIKey", "apiKey"), ("URL", "url")])
  func lowerCamelCase(name: String, property: String) {
    #expect(EntryScaffold.lowerCamelCase(name) == property)
  }
}
