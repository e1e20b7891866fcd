import ArgumentParser
import Foundation
import KB

/// `kb export`: the errors' codes, statuses, retry advice and pages as code a product compiles in,
/// so every error it raises can link to its fix.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Writes every error's code or name, HTTP status, title, retry advice and page as Swift, TypeScript and an RFC 9457 problem-type registry.",
    discussion:
      "The files are \(ErrorExport.swiftFile), \(ErrorExport.typeScriptFile) and \(ErrorExport.registryFile). They depend on the content and --site-url only; a file whose bytes would not change is left alone."
  )

  @Option(
    help: ArgumentHelp(
      "The site's absolute address, e.g. https://help.example.com/kb/; every page address and problem type starts with it.",
      valueName: "url"))
  var siteURL: String

  @Option(help: "The folder to write the files into.")
  var output = "export"

  @Option(help: "The content folder, searched for entries no topic lists.")
  var content = "content"

  func validate() throws {
    try PublishingOptions.checkAddresses([("--site-url", siteURL, .absolute)])
  }

  func run() throws {
    let site = try KnowledgeBase.site()
    let diagnostics = ErrorExport.check(site, contentFolder: URL(fileURLWithPath: content))
    for diagnostic in diagnostics { printError(diagnostic.description) }
    if diagnostics.hasErrors {
      printError("kb export: \(diagnostics.errors.count) error(s) in the content; nothing was written")
      throw ExitCode.failure
    }
    let export = ErrorExport(site: site, siteURL: siteURL)
    do {
      let written = try export.write(to: URL(fileURLWithPath: output))
      let files = ErrorExport.fileNames.joined(separator: ", ")
      print(
        "kb export: \(export.problems.count) problem type(s) in \(output)/ (\(files)); "
          + (written.isEmpty ? "nothing changed" : "\(written.count) file(s) written"))
    } catch {
      printError("kb export: error: \(error.description)")
      throw ExitCode.failure
    }
  }
}
