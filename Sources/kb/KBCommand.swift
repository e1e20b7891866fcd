import ArgumentParser
import Foundation
import KB
import KBContent

@main
struct KBCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kb",
    abstract: "Builds the troubleshooting knowledge base from the Swift content in content/.",
    subcommands: [Check.self, Build.self, Serve.self, Lock.self, New.self]
  )
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Checks the content and prints every problem as file:line: error: message."
  )

  @Option(help: "The lock file of published links.")
  var lock = LinkLock.defaultPath

  func run() throws {
    let diagnostics = ContentCheck.run(knowledgeBase, lockFile: URL(fileURLWithPath: lock))
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

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Checks the content and builds the site into public/, replacing it only on success."
  )

  @Option(help: "Where the site is published, e.g. / or https://help.example.com/kb/.")
  var baseURL = "/"

  @Option(help: "The folder to build into.")
  var output = "public"

  @Option(help: "The folder holding the Mustache templates and assets.")
  var templates = "templates"

  @Flag(help: "List every file written.")
  var verbose = false

  @Option(help: "The lock file of published links.")
  var lock = LinkLock.defaultPath

  @Option(help: "Also write a copy that works opened from disk (file://) into this folder.")
  var offline: String?

  func run() throws {
    let start = Date()
    let builder = SiteBuilder(
      site: knowledgeBase,
      templates: URL(fileURLWithPath: templates),
      output: URL(fileURLWithPath: output),
      options: RenderOptions(baseURL: baseURL),
      lockFile: URL(fileURLWithPath: lock)
    )
    do {
      let summary = try builder.build()
      if verbose {
        for file in summary.files { print("  \(output)/\(file)") }
      }
      let seconds = Date().timeIntervalSince(start)
      print(
        "kb build: \(summary.pages) pages, \(summary.entries) entries, \(summary.bytes) bytes in \(output)/ (\(String(format: "%.2f", seconds)) s)"
      )
      if let offline {
        let copy = SiteBuilder(
          site: knowledgeBase,
          templates: URL(fileURLWithPath: templates),
          output: URL(fileURLWithPath: offline),
          options: RenderOptions(baseURL: baseURL, offline: true),
          lockFile: URL(fileURLWithPath: lock)
        )
        let copySummary = try copy.build()
        print(
          "kb build: offline copy, \(copySummary.pages) pages in \(offline)/ (open \(offline)/index.html)")
      }
    } catch let error as BuildError {
      printError(error.description)
      throw ExitCode.failure
    }
  }
}
