import ArgumentParser
import KB
import KBContent

@main
struct KBCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kb",
    abstract: "Builds the troubleshooting knowledge base from the Swift content in content/.",
    subcommands: [Check.self]
  )
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Checks the content and prints every problem as file:line: error: message."
  )

  func run() throws {
    let diagnostics = Validator.check(knowledgeBase)
    for diagnostic in diagnostics { print(diagnostic) }
    let errors = diagnostics.errors.count
    let warnings = diagnostics.count - errors
    if errors > 0 {
      printError("kb check: \(errors) error(s), \(warnings) warning(s)")
      throw ExitCode.failure
    }
    print("kb check: content is consistent (\(warnings) warning(s))")
  }
}
