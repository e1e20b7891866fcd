import ArgumentParser
import Foundation
import KB
import KBModel
import KBTooling

/// `kb` and its subcommands.
public struct KBCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    // Each knowledge base's executable has its own name, e.g. `acme-help`; usage shows it.
    commandName: CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "kb",
    abstract: "Checks and builds a troubleshooting knowledge base written as Swift values.",
    subcommands: [
      Check.self, Build.self, Verify.self, Serve.self, Lock.self, New.self, Init.self, Explain.self,
      Link.self, Export.self, Report.self,
    ]
  )

  public init() {}

  /// Parses the command line and runs the command on `site`, then exits.
  /// The content's code has run by the time `site` is handed over, so its pages are let go.
  public static func main(site: Site) {
    LoadedCode.releaseExecutablePages()
    KnowledgeBase.$current.withValue(site) { main() }
  }
}

/// The knowledge base the commands work on, which the `kb` executable hands over.
///
/// The commands live in this library rather than in the executable so that an edit to the
/// content recompiles the executable's one file, not every command (a second of each rebuild
/// in release, where a module compiles as a whole).
enum KnowledgeBase {
  @TaskLocal static var current: Site?

  static func site() throws -> Site {
    guard let site = current else {
      printError("kb: error: no knowledge base was handed to the commands")
      throw ExitCode.failure
    }
    return site
  }
}
