import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// A theme is configured, not forked: `Site(branding:)` sets the logo, tab icon, colours, an
/// extra style sheet and links, checked at the `Branding(` line; a stray template is reported.
@Suite("branding and template overrides")
struct BrandingTests {
  static func site(_ branding: Branding) -> Site {
    var site = Fixtures.site(entries: [Fixtures.entry()])
    site.branding = branding
    return site
  }

  /// A templates folder holding `files`, each with a little text.
  static func templates(_ files: [String]) throws -> URL {
    let folder = try SiteTestSupport.temporaryDirectory()
    for file in files {
      let url = folder.appendingPathComponent(file)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("x".utf8).write(to: url)
    }
    return folder
  }

  static let full = Branding(
    logo: "assets/logo.svg", favicon: "assets/icon.png", colors: BrandColors(light: "#0a5cff", dark: "#7af"),
    extraCSS: "assets/brand.css", footerLinks: [NavigationLink("Status", "https://status.example.com/")],
    navigation: [NavigationLink("API reference", "https://docs.example.com/api/")])

  @Test("every page shows the logo, favicon, colours, style sheet and links")
  func rendered() throws {
    let templates = try Self.templates(["assets/logo.svg", "assets/icon.png", "assets/brand.css"])
    let builder = SiteBuilder(
      site: Self.site(Self.full), templates: templates, output: URL(fileURLWithPath: "/nonexistent"))
    #expect(builder.check().isEmpty, "\(builder.check())")
    let page = SiteTestSupport.text(try builder.render(), "demo/42/index.html")
    #expect(page.contains(#"<link rel="icon" href="../../assets/icon.png">"#))
    #expect(page.contains(#"<link rel="stylesheet" href="../../assets/brand.css">"#))
    #expect(page.contains(":root { --accent: #0a5cff; }"))
    #expect(page.contains("@media (prefers-color-scheme: dark) { :root { --accent: #7af; } }"))
    #expect(
      page.contains(#"<img class="brand-logo" src="../../assets/logo.svg" alt="" height="32">Demo KB</a>"#))
    #expect(page.contains(#"<li><a href="https://docs.example.com/api/">API reference</a></li>"#))
    #expect(page.contains(#" · <a href="https://status.example.com/">Status</a></p>"#))
  }

  @Test("a site without branding links kb's favicon, which the build ships")
  func defaultFavicon() throws {
    let tree = try SiteBuilder(
      site: Fixtures.site(entries: [Fixtures.entry()]), templates: nil,
      output: URL(fileURLWithPath: "/nonexistent")
    ).render()
    #expect(
      SiteTestSupport.text(tree, "index.html").contains(#"<link rel="icon" href="./assets/favicon.svg">"#))
    #expect(!SiteTestSupport.text(tree, "index.html").contains("<style>"))
    #expect(tree.files["assets/favicon.svg"] != nil)
  }

  @Test(
    "bad settings are errors at the Branding( line",
    arguments: [
      (Branding(colors: BrandColors(light: "blue")), "branding light colour 'blue' is not a colour"),
      (Branding(colors: BrandColors(light: "#fff", dark: "#12345")), "branding dark colour '#12345' is not"),
      (Branding(logo: "/tmp/logo.svg"), "branding logo '/tmp/logo.svg' is not a file in templates/assets/"),
      (Branding(extraCSS: "assets/../secret.css"), "branding extraCSS 'assets/../secret.css' is not a file"),
      (
        Branding(footerLinks: [NavigationLink("Status", "status.example.com")]),
        "footer link 'Status' has the address"
      ),
      (
        Branding(navigation: [NavigationLink("", "https://x.example.com/")]), "navigation link title is empty"
      ),
    ])
  func badSettings(branding: Branding, message: String) {
    let errors = Validator.check(Self.site(branding)).errors
    #expect(errors.count == 1 && errors[0].message.hasPrefix(message), "\(errors)")
    #expect(errors.first?.location.line == branding.location.line)
  }

  @Test("a file the branding names must be in templates/assets/")
  func missingFile() throws {
    let templates = try Self.templates(["assets/logo.svg"])
    let branding = Branding(logo: "assets/logo.svg", favicon: "assets/favicn.png")
    let problems = SiteBuilder(
      site: Self.site(branding), templates: templates, output: URL(fileURLWithPath: "/nonexistent")
    ).check()
    #expect(
      problems.map(\.message) == [
        "branding favicon 'assets/favicn.png' does not exist; put the file at templates/assets/favicn.png"
      ])
    #expect(problems.first?.location.line == branding.location.line)
  }

  @Test("a template file that replaces nothing is a warning with the name it was meant to have")
  func strayTemplate() throws {
    let templates = try Self.templates(["entyr.mustache", "README.md", "assets/logo.svg", "entry.mustache"])
    let problems = TemplateFolderCheck.unknownFiles(in: templates)
    #expect(
      problems.map(\.message) == [
        "'entyr.mustache' replaces no file of kb's theme and is not used; did you mean 'entry.mustache'?; new files belong in templates/assets/"
      ])
    #expect(problems.first?.severity == .warning)
    #expect(problems.first?.location.file == "templates/entyr.mustache")
  }
}
