import ArgumentParser
import Foundation
import KB

/// `kb verify public/`: the built site as a reader meets it, checked without Python or a browser.
struct Verify: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Checks a built site: every page parses, every internal link and #fragment leads somewhere, every JSON file loads."
  )

  @Argument(help: "The folder of the built site.")
  var folder = "public"

  func run() throws {
    let problems: [SiteVerifier.Problem]
    do {
      problems = try SiteVerifier(folder: URL(fileURLWithPath: folder)).problems()
    } catch {
      printError("kb verify: error: cannot read \(folder): \(error.localizedDescription)")
      throw ExitCode.failure
    }
    for problem in problems { print("\(folder)/\(problem)") }
    if !problems.isEmpty {
      printError("kb verify: \(problems.count) problem(s) in \(folder)/")
      throw ExitCode.failure
    }
    print("kb verify: every page parses, every link leads somewhere and every JSON file loads (\(folder)/)")
  }
}
