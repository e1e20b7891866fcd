import ArgumentParser
import KB
import KBModel

/// Where the site is published and where its source and feedback live: they change links and
/// meta data in the output, not the content, so they are options of the build, not of the content.
struct PublishingOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The site's absolute address, e.g. https://help.example.com/kb/; gives absolute canonical links and writes sitemap.xml and opensearch.xml.",
      valueName: "url"))
  var siteURL: String?

  @Option(
    help: ArgumentHelp(
      "Where source files can be read online, e.g. https://github.com/acme/help/blob/main/; entry pages link to their file and line.",
      valueName: "url"))
  var editURL: String?

  @Option(
    help: ArgumentHelp(
      "Where readers report a problem; {url} and {title} are replaced by the page's.", valueName: "url"))
  var feedbackURL: String?

  /// The options for a build at `baseURL`, which `--site-url` replaces; every address is checked
  /// by the rule content addresses follow (`WebAddress`), so none can run script when clicked.
  func renderOptions(baseURL: String = "/") throws -> RenderOptions {
    try Self.checkAddresses([
      ("--site-url", siteURL, .absolute), ("--base-url", baseURL, .absoluteOrPath),
      ("--edit-url", editURL, .absolute), ("--feedback-url", feedbackURL, .absolute),
    ])
    return RenderOptions(baseURL: siteURL ?? baseURL, editURL: editURL, feedbackURL: feedbackURL)
  }

  /// Refuses the first option whose address is not one of its form, naming the option.
  static func checkAddresses(_ options: [(flag: String, value: String?, form: WebAddress.Form)]) throws {
    for option in options {
      guard let value = option.value, let problem = WebAddress.problem(value, option.form) else { continue }
      throw ValidationError("\(option.flag) '\(VisibleText.escaped(value))' \(problem)")
    }
  }
}
