import ArgumentParser
import KB

/// `kb explain CODE`: an entry as text in the terminal, as `rustc --explain` does.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Prints an entry as readable text: title, symptoms, cause, resolution and links.",
    discussion:
      "CODE is a code, symbolic name, short link key, product/slug, a message the product shows or an HTTP status. When several entries match, the choices are listed and the exit status is 2."
  )

  @Argument(help: "A code, name, message or HTTP status, e.g. E100 or \"Upload rejected\".")
  var code: String

  @Option(
    help: ArgumentHelp(
      "page: the whole entry; text, markdown or json: the reply to paste into a ticket (title, cause, numbered steps, what to do if it persists, short link).",
      valueName: "format"))
  var format: EntryText.Format = .page

  @OptionGroup var publishing: PublishingOptions

  func run() throws {
    try printAnswer(
      EntryText.explain(
        code, site: KnowledgeBase.site(), options: publishing.renderOptions(), format: format))
  }
}

extension EntryText.Format: ExpressibleByArgument {}

/// `kb link CODE`: the short link and the full link of an entry, for support to paste.
struct Link: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Prints an entry's short link and full link, one a line.",
    discussion: "Without --site-url the links start at the site root (/e/e100/)."
  )

  @Argument(help: "A code, name or message, e.g. E100.")
  var code: String

  @OptionGroup var publishing: PublishingOptions

  func run() throws {
    try printAnswer(EntryText.link(code, site: KnowledgeBase.site(), options: publishing.renderOptions()))
  }
}

/// Prints a found entry or the choices, or reports that nothing matched.
func printAnswer(_ answer: EntryText.Answer) throws {
  switch answer {
  case .found(let text):
    print(text, terminator: "")
  case .choices(let text):
    print(text, terminator: "")
    throw ExitCode(2)
  case .notFound(let message):
    printError("kb: error: \(message)")
    throw ExitCode.failure
  }
}
