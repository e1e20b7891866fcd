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
    abstract:
      "Writes a new entry file with every field shown, in the product's folder, and lists it in --topic."
  )

  @Option(help: "The product slug, e.g. payments-api.")
  var product: String

  @Option(help: "An error code the product returns, e.g. card_declined or E100.")
  var code: String?

  @Option(help: "The code's symbolic name, spelled exactly as emitted, e.g. CARD_DECLINED.")
  var name: String?

  @Option(help: "An error message an API returns, e.g. \"Session not found\".")
  var apiError: String?

  @Option(help: "The HTTP status of the code or the API error, e.g. 402.")
  var status: Int?

  @Option(help: "A message shown in the user's browser, e.g. \"Access Denied\".")
  var message: String?

  @Option(help: "A problem without any code, by the slug of its page, e.g. receipts-not-sent.")
  var problem: String?

  @Option(help: "A short title saying what went wrong.")
  var title: String

  @Option(help: "The slug of the topic whose entries: list the new entry.")
  var topic: String?

  func run() throws {
    let scaffold: EntryScaffold
    do {
      let kind = try EntryScaffold.Kind.from(
        code: code, name: name, apiError: apiError, status: status, message: message, problem: problem)
      scaffold = try EntryScaffold(
        site: try KnowledgeBase.site(), product: product, kind: kind, title: title, topic: topic,
        readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
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
      if let edit = scaffold.topicEdit {
        try edit.text.write(toFile: edit.file, atomically: true, encoding: .utf8)
      }
    } catch {
      printError("kb new entry: error: cannot write: \(error.localizedDescription)")
      throw ExitCode.failure
    }
    print("kb new entry: wrote \(scaffold.path); \(scaffold.nextStep); fill it in, then run make check")
  }
}
