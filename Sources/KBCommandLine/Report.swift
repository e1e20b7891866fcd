import ArgumentParser
import Foundation
import KB
import KBModel

/// `kb report FILE`: what readers told the site, from the lines its feedback endpoint collected.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Lists the pages readers found unhelpful and the searches that found nothing.",
    discussion: """
      FILE holds what the feedback endpoint (Site(feedback:)) received, one JSON object a line: \
      {"kind":"vote","page":…,"entry":…,"helpful":false}, {"kind":"comment","page":…,"comment":…} \
      or {"kind":"search","query":…}. Searches that read the same are counted together, each with \
      the entry whose words are closest: extend its searchTerms or synonyms, or write a new entry.
      """
  )

  @Argument(help: "The collected lines, e.g. feedback.jsonl.")
  var file: String

  func run() throws {
    let text: String
    do {
      text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      printError(
        "kb: error: cannot read \(VisibleText.escaped(file)) as UTF-8 text: \(error.localizedDescription)")
      throw ExitCode.failure
    }
    let report = FeedbackReport(lines: text)
    for bad in report.badLines {
      printError("\(VisibleText.escaped(file)):\(bad.line): warning: \(bad.problem); line skipped")
    }
    print(report.printed(site: try KnowledgeBase.site()), terminator: "")
  }
}
