import ArgumentParser
import Foundation
import KB

struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Creates content files for writers to fill in.",
    subcommands: [NewEntry.self]
  )
}

struct NewEntry: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entry",
    abstract: "Writes a new entry file with every field shown, in the product's folder."
  )

  @Option(help: "The product slug, e.g. class-lti.")
  var product: String

  @Option(help: "The error code, e.g. 1025.")
  var code: String

  @Option(help: "A short title saying what went wrong.")
  var title: String

  func run() throws {
    let scaffold: EntryScaffold
    do {
      scaffold = try EntryScaffold(site: try KnowledgeBase.site(), product: product, code: code, title: title)
    } catch let problem as EntryScaffold.Problem {
      printError("kb new entry: error: \(problem)")
      throw ExitCode.failure
    }
    if FileManager.default.fileExists(atPath: scaffold.path) {
      printError("kb new entry: error: \(scaffold.path) already exists")
      throw ExitCode.failure
    }
    do {
      try scaffold.text.write(toFile: scaffold.path, atomically: true, encoding: .utf8)
    } catch {
      printError("kb new entry: error: cannot write \(scaffold.path): \(error.localizedDescription)")
      throw ExitCode.failure
    }
    print(
      "kb new entry: wrote \(scaffold.path); add `\(scaffold.variable)` to a topic's entries, fill it in, then run make check"
    )
  }
}
