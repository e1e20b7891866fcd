import ArgumentParser
import KB
import KBModel
import KBTestSupport
import Testing

@testable import KBCommandLine

@Suite("what the commands print and publish runs nothing")
struct TerminalSafetyTests {
  static let hostile = [
    "\u{1B}]0;owned\u{7}", "\u{1B}[2J\u{1B}[H", "\u{1B}]52;c;ZXZpbA==\u{7}", "\r", "\u{9B}31m", "\u{202E}",
    "\u{7F}",
    "\u{0}",
  ]

  /// An entry whose every printed string holds `bad`.
  static func site(_ bad: String) -> Site {
    let entry = Entry(
      .code("42", name: "THE" + bad), slug: "forty" + bad, title: "Title" + bad,
      symptoms: [.message("Message" + bad), .sees("Seen" + bad)], causes: ["Cause" + bad],
      resolution: [Step("Step" + bad, sample: .shell("code" + bad, title: "Sample" + bad))],
      variants: [PlatformVariant("Canvas" + bad, steps: [Step("Variant" + bad)])], escalation: "Call" + bad)
    var site = Fixtures.site(entries: [entry])
    site.products[0].title += bad
    site.products[0].topics[0].title += bad
    return site
  }

  static func hasControl(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || VisibleText.isBidiControl($0)
    }
  }

  @Test("kb explain escapes every control character writer text holds", arguments: hostile)
  func explain(_ bad: String) throws {
    guard case .found(let text) = EntryText.explain("42", site: Self.site(bad)) else {
      Issue.record("42 not found")
      return
    }
    #expect(!Self.hasControl(text), "\(text.debugDescription)")
    #expect(text.contains("Title\\u{"))
  }

  @Test("kb link, the choices and the not-found message escape them too", arguments: hostile)
  func others(_ bad: String) {
    var site = Self.site(bad)
    site.products.append(
      Product(
        slug: "other", title: "Other" + bad, summary: "Other.", support: Fixtures.support,
        topics: [
          Topic(slug: "t", title: "T", intro: "T.", entries: [Fixtures.entry(.code("42"), title: "T" + bad)])
        ]))
    for answer in [
      EntryText.link("demo/forty" + bad, site: site), EntryText.explain("42", site: site),
      EntryText.explain("nothing" + bad, site: site),
    ] {
      switch answer {
      case .found(let text), .choices(let text), .notFound(let text):
        #expect(!Self.hasControl(text), "\(text.debugDescription)")
      }
    }
  }

  static let scriptAddresses = [
    "javascript:alert(1)", "JavaScript:alert(document.domain)", " javascript:alert(1)",
    "\u{1}javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
    "&#106;avascript:alert(1)", "javascript&colon;alert(1)", "javascript%3Aalert(1)", "jav\tascript:alert(1)",
  ]

  @Test("every address option refuses script and file schemes, naming the option", arguments: scriptAddresses)
  func options(_ address: String) throws {
    for flag in ["--site-url", "--edit-url", "--feedback-url"] {
      let options = try PublishingOptions.parse([flag, address])
      #expect(throws: ValidationError.self, "\(flag) \(address)") { try options.renderOptions() }
      do {
        _ = try options.renderOptions()
      } catch let error as ValidationError {
        #expect(error.message.hasPrefix("\(flag) '"))
        #expect(!Self.hasControl(error.message))
      }
    }
    let options = try PublishingOptions.parse([])
    #expect(throws: ValidationError.self, "--base-url \(address)") {
      try options.renderOptions(baseURL: address)
    }
  }

  @Test("web addresses and site paths are accepted")
  func accepted() throws {
    let options = try PublishingOptions.parse([
      "--edit-url", "https://github.com/acme/help/blob/main/", "--feedback-url",
      "https://forms.example.com/?page={url}&title={title}",
    ])
    let render = try options.renderOptions(baseURL: "/kb/")
    #expect(render.baseURL == "/kb/")
    let site = try PublishingOptions.parse(["--site-url", "https://help.example.com/kb"]).renderOptions()
    #expect(site.siteURL == "https://help.example.com/kb/")
  }

  @Test(
    "kb new entry writes what was typed as a one-line Swift literal, control characters escaped",
    arguments: hostile + ["a\r\nb", "\u{2028}", "say \"hi\" \\ there"])
  func scaffoldLiteral(_ typed: String) {
    let literal = EntryScaffold.quoted("Title" + typed)
    #expect(!Self.hasControl(literal) && !literal.contains("\n") && !literal.contains("\u{2028}"))
    #expect(literal.hasPrefix("\"Title") && literal.hasSuffix("\""))
  }

  @Test(
    "kb init refuses a name or a dependency with control characters, which would write Makefile commands",
    arguments: [
      ["acme", "--name", "Acme\n\nsite:\n\trm -rf ~"], ["acme", "--name", "Acme\r\tevil"],
      ["acme", "--name", "A\u{1B}]0;x\u{7}"],
      ["acme", "--name", "Acme", "--kb-url", "https://x.example/kb.git\nall:", "--kb-version", "1.0.0"],
      ["acme", "--name", "Acme", "--kb-url", "https://x.example/kb.git", "--kb-version", "1.0.0\n"],
    ])
  func initName(_ arguments: [String]) {
    #expect(throws: (any Error).self) { try Init.parse(arguments) }
  }

  @Test("kb init takes an ordinary name")
  func initOrdinary() throws {
    let command = try Init.parse(["acme", "--name", "Acme Help — Ünïcode 启动"])
    #expect(command.name == "Acme Help — Ünïcode 启动")
  }
}
