import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("kb build")
struct SiteBuildTests {
  let support = SiteTestSupport.self

  func render(_ site: Site, options: RenderOptions = RenderOptions()) throws -> OutputTree {
    try SiteBuilder(
      site: site, templates: support.templates, output: URL(fileURLWithPath: "/nonexistent"), options: options
    ).render()
  }

  static let goldenEntry: Entry = {
    var entry = Fixtures.entry(
      .code("42", name: "THE_ANSWER"),
      title: "The answer is <wrong>",
      causes: ["The **thing** broke; see [scenario one](entry:scenario-1)."],
      resolution: [
        "Restart it.",
        Step("Check the health endpoint:", sample: .shell("curl -s https://api.example.com/health")),
      ],
      happensAt: "demo-launch#launch"
    )
    entry.retry = .afterRetryAfter(defaultSeconds: 60, attempts: 3)
    entry.sourceNotes = [
      SourceNote(says: "the answer is `41`", "It is 42; see [scenario one](entry:scenario-1).")
    ]
    return entry
  }()

  @Test("an entry page matches its golden file")
  func goldenEntryPage() throws {
    let tree = try render(Fixtures.site(entries: [Self.goldenEntry]))
    try support.assertGolden(support.text(tree, "demo/42/index.html"), "entry-page.html")
  }

  @Test("index.json matches its golden file")
  func goldenIndex() throws {
    let tree = try render(Fixtures.site(entries: [Self.goldenEntry]))
    try support.assertGolden(support.text(tree, "index.json"), "index.json")
  }

  /// Each process hashes with its own random seed, so a dictionary's order that leaked into the
  /// output would differ between two processes, never between two renders in one.
  @Test("builds by two kb processes are byte-identical")
  func deterministic() throws {
    // The debug kb sits beside the test bundle SwiftPM runs.
    let kb = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("kb")
    let root = try support.temporaryDirectory()
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_DETERMINISTIC_HASHING"] = nil
    for folder in ["a", "b"] {
      let lock = root.appendingPathComponent("\(folder).lock")
      try FileManager.default.copyItem(at: support.packageRoot.appendingPathComponent("links.lock"), to: lock)
      let process = Process()
      process.executableURL = kb
      process.arguments = [
        "build", "--output", root.appendingPathComponent(folder).path, "--lock", lock.path,
      ]
      process.currentDirectoryURL = support.packageRoot
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(kb.path) build")
    }
    let first = support.snapshot(root.appendingPathComponent("a"))
    #expect(first.count > 100)
    #expect(first == support.snapshot(root.appendingPathComponent("b")))
  }

  /// Hostile prose is refused by `kb check`; rendering it anyway proves the renderer is safe on
  /// its own.
  @Test("hostile content renders inert in every output file")
  func hostileContent() throws {
    let attack = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> [click](javascript:alert(1))"
    let entry = Entry(
      .apiError("\"><img src=x onerror=alert(2)>", status: 400),
      title: "<script>alert('title')</script>",
      symptoms: [.message(attack), .sees(attack)],
      causes: [attack, "<iframe src=javascript:alert(3)></iframe>"],
      resolution: [Step(attack, sample: CodeSample("shell", "</code><script>alert(4)</script>"))],
      aliases: ["<svg onload=alert(5)>"]
    )
    let site = Fixtures.site(entries: [entry, Fixtures.entry()])
    #expect(Validator.check(site).errors.contains { $0.message.contains("is read as raw HTML") })
    let builder = SiteBuilder(
      site: site, templates: support.templates, output: URL(fileURLWithPath: "/nonexistent"))
    let tree = try builder.render(with: TemplateSet(overrides: support.templates), spillingTo: nil)
    #expect(tree.files.count > 5)
    for (path, data) in tree.files where !path.hasPrefix("assets/") {
      let text = String(decoding: data, as: UTF8.self).lowercased()
      #expect(!text.contains("<script>"), "\(path) holds a script element")
      #expect(!text.contains("<img"), "\(path) holds an injected img")
      #expect(!text.contains("<iframe"), "\(path) holds an injected iframe")
      #expect(!text.contains("<svg onload"), "\(path)")
      for tag in Self.tags(in: text) {
        #expect(!Self.hasEventHandler(tag), "\(path): \(tag)")
        #expect(!Self.hasScriptURL(tag), "\(path): \(tag)")
      }
    }
    let index = support.text(tree, "index.json")
    #expect(!index.contains("<"), "index.json holds an unescaped angle bracket")
  }

  /// Every tag of an HTML text, as written.
  static func tags(in html: String) -> [String] {
    var tags: [String] = []
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { break }
      tags.append(String(rest[open...close]))
      rest = rest[rest.index(after: close)...]
    }
    return tags
  }

  /// An `on…=` attribute outside any quoted value.
  static func hasEventHandler(_ tag: String) -> Bool {
    let attributes = tag.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
    return attributes.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil
  }

  /// A URL attribute whose value starts with `javascript:`.
  static func hasScriptURL(_ tag: String) -> Bool {
    tag.range(
      of: #"\s(href|src|action|formaction|xlink:href)\s*=\s*"?\s*javascript:"#, options: .regularExpression)
      != nil
  }

  @Test("the hostile-content checks can fail")
  func checksCanFail() {
    #expect(Self.hasEventHandler("<img src=x onerror=alert(1)>"))
    #expect(!Self.hasEventHandler("<meta content=\"&lt;img onerror=x\">"))
    #expect(Self.hasScriptURL("<a href=\"javascript:alert(1)\">"))
    #expect(!Self.hasScriptURL("<code>javascript:alert(1)</code>"))
  }

  @Test("a build with invalid content leaves public/ byte-for-byte untouched")
  func invalidContentKeepsOutput() throws {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: support.templates, output: output
    ).build()
    let before = support.snapshot(output)
    let broken = Fixtures.site(entries: [Fixtures.entry(causes: [])])
    #expect(throws: BuildError.self) {
      try SiteBuilder(site: broken, templates: support.templates, output: output).build()
    }
    #expect(support.snapshot(output) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
  }

  @Test("a broken template is reported with file, line and column, and public/ is kept")
  func brokenTemplateKeepsOutput() throws {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    let site = Fixtures.site(entries: [Fixtures.entry()])
    try SiteBuilder(site: site, templates: support.templates, output: output).build()
    let before = support.snapshot(output)
    let templates = root.appendingPathComponent("templates")
    try FileManager.default.copyItem(at: support.templates, to: templates)
    try "<h1>{{#entry}}{{title}}\n<p>{{/entri}}</p>".write(
      to: templates.appendingPathComponent("codes.mustache"), atomically: true, encoding: .utf8)
    do {
      try SiteBuilder(site: site, templates: templates, output: output).build()
      Issue.record("the build should have failed")
    } catch let error as BuildError {
      #expect(error.description.contains("codes.mustache:2:"), "\(error.description)")
    }
    #expect(support.snapshot(output) == before)
  }

  @Test("a build told the content was already checked skips the content check, never the templates'")
  func contentAlreadyChecked() throws {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    // Content the check refuses: only a build that skips the content check gets through.
    let unchecked = Fixtures.site(entries: [Fixtures.entry(causes: [])])
    var builder = SiteBuilder(site: unchecked, templates: support.templates, output: output)
    #expect(throws: BuildError.self) { try builder.build() }
    builder.contentAlreadyChecked = true
    #expect(try builder.build().pages > 0)
    // A broken template still fails the build.
    let templates = root.appendingPathComponent("templates")
    try FileManager.default.copyItem(at: support.templates, to: templates)
    try "<h1>{{#entry}}{{title}}".write(
      to: templates.appendingPathComponent("codes.mustache"), atomically: true, encoding: .utf8)
    var broken = SiteBuilder(site: unchecked, templates: templates, output: output)
    broken.contentAlreadyChecked = true
    #expect(throws: BuildError.self) { try broken.build() }
  }

  @Test("an output that cannot be written fails cleanly and keeps what was there, even as root")
  func unwritableOutput() throws {
    let root = try support.temporaryDirectory()
    let site = Fixtures.site(entries: [Fixtures.entry()])
    // A file where the output's parent folder must be makes every write fail.
    let blocked = root.appendingPathComponent("blocked")
    try Data("not a folder".utf8).write(to: blocked)
    #expect(throws: BuildError.self) {
      try SiteBuilder(
        site: site, templates: support.templates, output: blocked.appendingPathComponent("public")
      ).build()
    }
    #expect(try Data(contentsOf: blocked) == Data("not a folder".utf8))
    // Permissions stop nothing when tests run as root (CI does), so the staging folder is made
    // impossible instead: its name, the output's plus `.staging-<pid>`, is longer than a file
    // name may be, while the output's own name is not, and holds a previous build.
    let output = root.appendingPathComponent(String(repeating: "p", count: 250))
    try SiteBuilder(site: site, templates: support.templates, output: root.appendingPathComponent("first"))
      .build()
    try FileManager.default.moveItem(at: root.appendingPathComponent("first"), to: output)
    let before = support.snapshot(output)
    #expect(before["demo/42/index.html"] != nil)
    let changed = Fixtures.site(entries: [Fixtures.entry(), Fixtures.entry(.code("7"))])
    #expect(throws: BuildError.self) {
      try SiteBuilder(site: changed, templates: support.templates, output: output).build()
    }
    #expect(support.snapshot(output) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [
        "blocked", output.lastPathComponent,
      ])
  }

  @Test("pages of entries that no longer exist do not linger")
  func removedEntriesDisappear() throws {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry(), Fixtures.entry(.code("7"))]),
      templates: support.templates, output: output
    ).build()
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("demo/7/index.html").path))
    try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: support.templates, output: output
    ).build()
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("demo/7/index.html").path))
  }

  @Test("links are relative, so a sub-path or file:// copy works")
  func relativeLinks() throws {
    let tree = try render(Fixtures.site(entries: [Self.goldenEntry]), options: RenderOptions(baseURL: "/kb"))
    let page = support.text(tree, "demo/42/index.html")
    #expect(page.contains("href=\"../../assets/style.css\""))
    #expect(page.contains("<link rel=\"canonical\" href=\"/kb/demo/42/\">"))
    #expect(page.contains("data-url=\"/kb/demo/42/\""))
  }
}
