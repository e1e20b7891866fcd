import ArgumentParser
import Foundation
import KB
import KBModel
import KBTooling

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Checks the content, the link lock and the templates; prints every problem as file:line: error: message."
  )

  @Option(help: "The lock file of published links.")
  var lock = LinkLock.defaultPath

  @Option(help: "The folder of templates and assets that replace the default theme's.")
  var templates = "templates"

  @Option(help: "The content folder, searched for entries no topic lists.")
  var content = "content"

  func run() throws {
    let builder = SiteBuilder(
      site: try KnowledgeBase.site(), templates: URL(fileURLWithPath: templates),
      output: URL(fileURLWithPath: "public"), lockFile: URL(fileURLWithPath: lock),
      contentFolder: URL(fileURLWithPath: content))
    let diagnostics = builder.check()
    for diagnostic in diagnostics { printError(diagnostic.description) }
    let errors = diagnostics.errors.count
    let warnings = diagnostics.count - errors
    if errors > 0 {
      printError("kb check: \(errors) error(s), \(warnings) warning(s)")
      throw ExitCode.failure
    }
    print("kb check: content and templates are consistent (\(warnings) warning(s))")
  }
}
