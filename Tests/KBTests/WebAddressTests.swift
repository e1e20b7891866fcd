import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Every address kb publishes opens a web page and nothing else: one rule, `WebAddress`, for the
/// options and for every address content holds.
@Suite("addresses: only web pages, never script")
struct WebAddressTests {
  /// Script and file schemes in the spellings browsers accept or a later tool might decode.
  static let scripts: [String] = [
    "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "jAvAsCrIpT:alert(1)",
    " javascript:alert(1)", "\tjavascript:alert(1)", "\njavascript:alert(1)", "\u{1}javascript:alert(1)",
    "\u{0}javascript:alert(1)", "\u{1B}javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
    "java\rscript:alert(1)", "\u{202E}javascript:alert(1)", "\u{85}javascript:alert(1)",
    "javascript&colon;alert(1)", "javascript&#58;alert(1)", "javascript&#x3A;alert(1)",
    "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#x6a&#x61vascript:alert(1)",
    "javascript%3Aalert(1)", "javascript%3aalert(1)",
    "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:image/svg+xml,x", "vbscript:msgbox(1)", "VBScript:msgbox(1)", "file:///etc/passwd",
    "FILE:///c:/windows", "blob:https://x.example/1", "filesystem:https://x/y", "jar:file:x!/y",
    "about:blank", "chrome://settings", "view-source:https://x.example/", "ftp://x.example/",
    "ws://x.example/", "javascript://%0Aalert(1)", "javascript:", ":alert(1)",
  ]

  @Test("script and file schemes are refused as absolute addresses and as paths", arguments: scripts)
  func refusesScripts(_ address: String) throws {
    let absolute = try #require(WebAddress.problem(address, .absolute))
    let path = try #require(WebAddress.problem(address, .absoluteOrPath))
    #expect(!absolute.isEmpty && !path.isEmpty)
  }

  @Test(
    "web addresses are allowed",
    arguments: [
      "https://help.example.com/", "http://help.example.com/kb/", "HTTPS://Help.Example.com/x",
      "https://help.example.com:8443/kb/?a=1&b=2#top", "http://localhost:8000/", "http://127.0.0.1/",
      "http://[::1]:8000/", "https://x.example/feedback?u={url}&t={title}", "https://x.example/a%20b",
      "https://github.com/acme/help/blob/main/",
    ])
  func allowsWeb(_ address: String) {
    #expect(WebAddress.problem(address, .absolute) == nil)
    #expect(WebAddress.problem(address, .absoluteOrPath) == nil)
  }

  @Test(
    "paths on the site are allowed as a base URL only",
    arguments: ["/", "/kb/", "docs/", "./", "kb", "../site/"])
  func allowsPaths(_ path: String) {
    #expect(WebAddress.problem(path, .absoluteOrPath) == nil)
    #expect(WebAddress.problem(path, .absolute) != nil)
  }

  @Test(
    "addresses that are not web pages on a host are refused",
    arguments: [
      "https://", "http:///x", "https://:80/", "https://exa mple.com/", "https://example.com/ x",
      "https://example.com/\u{1B}]0;x\u{7}", "https://example.com/\"onmouseover=alert(1)",
      "https://example.com/<script>", "https://example.com\\@evil.example/", "https://ex`ample.com/",
      "https://example.com/\u{2028}", "https://exa\u{202E}mple.com/",
      "//evil.example/", "/kb/?x=javascript:alert(1)#", "/kb/&#x6A;", " https://example.com/",
      "https://example.com/ ",
    ])
  func refusesOthers(_ address: String) {
    #expect(WebAddress.problem(address, .absolute) != nil)
    #expect(WebAddress.problem(address, .absoluteOrPath) != nil)
  }

  @Test("a host without a scheme is a path on the site, not an outside address")
  func hostWithoutScheme() {
    #expect(WebAddress.problem("support.example.com", .absolute) != nil)
    #expect(WebAddress.problem("support.example.com", .absoluteOrPath) == nil)
  }

  @Test("the problem names the scheme it refused")
  func namesScheme() {
    #expect(WebAddress.problem("JavaScript:alert(1)", .absolute)?.contains("javascript: scheme") == true)
    #expect(
      WebAddress.problem("&#106;avascript:alert(1)", .absoluteOrPath)?.contains("javascript: scheme") == true)
    #expect(WebAddress.problem("data:x", .absoluteOrPath)?.contains("data: scheme") == true)
  }

  @Test("render options list every address that is not a web page")
  func renderOptions() {
    #expect(
      RenderOptions(baseURL: "/kb/", editURL: "https://e.example/", feedbackURL: nil).addressProblems.isEmpty)
    let options = RenderOptions(
      baseURL: "javascript:alert(1)//", editURL: "data:x", feedbackURL: "vbscript:x")
    #expect(options.addressProblems.count == 3)
  }

  /// Where content holds an address: each is checked by the same rule, at the writer's line.
  static let contentAddresses: [(String, @Sendable (inout Site, String) -> Void)] = [
    ("support ticket URL", { $0.products[0].support.ticketURL = $1 }),
    ("guide URL", { $0.products[0].guides = [Guide(slug: "setup", title: "Setup", url: $1)] }),
    ("link", { $0.products[0].topics[0].entries[0].causes = ["See [this](\($1))."] }),
    ("link", { $0.products[0].topics[0].intro = "See [this][ref].\n\n[ref]: \($1)" }),
    ("image", { $0.products[0].topics[0].entries[0].resolution = [Step("Look: ![the screen](\($1))")] }),
    ("image", { $0.products[0].support.notes = "![x][pic]\n\n[pic]: \($1)" }),
    ("image", { $0.products[0].diagrams[0].summary = "![alt text](\($1) \"title\")" }),
  ]

  @Test(
    "content addresses with a script scheme are refused at their line",
    arguments: [
      "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
      "&#106;avascript:alert(1)", "java&#x73;cript:alert(1)",
    ])
  func contentAddress(_ address: String) {
    for (field, write) in Self.contentAddresses {
      var site = Fixtures.site(entries: [Fixtures.entry()])
      write(&site, address)
      let errors = Validator.check(site).errors
      #expect(
        errors.contains { $0.message.hasPrefix(field) && $0.message.contains("scheme") },
        "\(field) \(address): \(errors.map(\.description))")
    }
  }

  @Test(
    "an autolink with a script scheme is refused",
    arguments: ["javascript:alert(1)", "DATA:text/html,x", "vbscript:x"])
  func autolink(_ address: String) {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.products[0].summary = "See <\(address)>."
    #expect(
      Validator.check(site).errors.contains {
        $0.message.hasPrefix("link '") && $0.message.contains("scheme")
      })
  }

  @Test("images from the web are allowed, and relative or data images are not")
  func images() {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.products[0].topics[0].entries[0].causes = ["![x](https://img.example/a.png)"]
    #expect(Validator.check(site).errors.isEmpty)
    for source in ["a.png", "/a.png", "data:image/png;base64,iVBORw0KGgo=", "javascript:alert(1)"] {
      site.products[0].topics[0].entries[0].causes = ["![x](\(source))"]
      #expect(Validator.check(site).errors.contains { $0.message.hasPrefix("image '") }, "\(source)")
    }
  }
}
