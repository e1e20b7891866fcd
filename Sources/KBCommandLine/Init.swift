import ArgumentParser
import Foundation
import KBStarter

/// `kb init DIR --name NAME`: a new knowledge base package, ready for `make site`.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: NewPackage.summary
  )

  @Argument(help: "The folder to create the package in.")
  var folder: String

  @Option(help: "The knowledge base's name, shown as the site title.")
  var name: String

  @Option(help: "The URL of a published kb to depend on, instead of this kb checkout.")
  var kbURL: String?

  @Option(help: "The version of the published kb (with --kb-url).")
  var kbVersion: String?

  var request: NewPackage { NewPackage(folder: folder, name: name, kbURL: kbURL, kbVersion: kbVersion) }

  func validate() throws {
    if let problem = request.problem { throw ValidationError(problem) }
  }

  func run() throws {
    do {
      for line in try request.write() { print(line) }
    } catch {
      printError("kb init: error: \(error)")
      throw ExitCode.failure
    }
  }
}
