import Foundation
import KB
import KBModel
import KBTestSupport

// `kb-test-fixtures` hands the site tests (Tests/site) output of kb's real code for content that
// is not the bundled one, so that a browser or mermaid.js can read it:
//
//   kb-test-fixtures moved-questions-site OUTPUT   builds Fixtures.movedQuestionsSite into OUTPUT
//   kb-test-fixtures feedback-site ENDPOINT OUTPUT builds the bundled content with
//                                                  Site(feedback: Feedback(endpoint: ENDPOINT))
//   kb-test-fixtures mermaid-sources STRINGS OUT   reads a JSON array of strings and writes, for
//                                                  each, the Mermaid sources of
//                                                  Fixtures.hostileDiagrams as [sequence, flowchart]
//   kb-test-fixtures export STRINGS URL OUT        reads a JSON array of strings and writes the
//                                                  `kb export` files of a site whose entries use
//                                                  each as code, name, message and title, with
//                                                  every kind of retry advice, into OUT

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("kb-test-fixtures: error: \(message)\n".utf8))
  exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch (arguments.first, arguments.count) {
  case ("moved-questions-site", 2):
    let site = Fixtures.movedQuestionsSite
    try SiteBuilder(site: site, templates: nil, output: URL(fileURLWithPath: arguments[1])).build()
  case ("feedback-site", 3):
    var site = KBContentSite.site
    site.feedback = Feedback(endpoint: arguments[1])
    try SiteBuilder(site: site, templates: nil, output: URL(fileURLWithPath: arguments[2])).build()
  case ("mermaid-sources", 3):
    let strings = try JSONDecoder().decode(
      [String].self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
    let sources = strings.map { text in
      Fixtures.hostileDiagrams(text).map { MermaidWriter.source($0) { $0.text } }
    }
    try JSONEncoder().encode(sources).write(to: URL(fileURLWithPath: arguments[2]))
  case ("export", 4):
    let strings = try JSONDecoder().decode(
      [String].self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
    let export = ErrorExport(site: Fixtures.site(entries: exportEntries(strings)), siteURL: arguments[2])
    _ = try export.write(to: URL(fileURLWithPath: arguments[3]))
  default:
    fail(
      "usage: kb-test-fixtures moved-questions-site OUTPUT | feedback-site ENDPOINT OUTPUT"
        + " | mermaid-sources STRINGS.json OUT.json | export STRINGS.json URL OUT")
  }
} catch {
  fail("\(error)")
}

/// Three entries per string, one of each identity a product emits, with an explicit slug (writers'
/// text may have none) and every kind of retry advice in turn.
func exportEntries(_ strings: [String]) -> [Entry] {
  let advice: [RetryAdvice?] = [
    nil, .retry(attempts: 1), .afterRetryAfter(defaultSeconds: 30, attempts: 2), .withBackoff(attempts: 5),
    .rereadAndRetry(attempts: 3), .later, .doNotRetry,
  ]
  return strings.enumerated().flatMap { index, text in
    let identities: [Identity] = [
      .code(text, name: text, status: 409), .apiError(text, status: 503), .screenMessage(text),
    ]
    return identities.enumerated().map { kind, identity in
      let number = index * identities.count + kind
      return Entry(
        identity, slug: "e\(number)", title: text, causes: ["Cause."], resolution: ["Fix."],
        retry: advice[number % advice.count])
    }
  }
}
