import ArgumentParser
import Foundation
import KB
import KBModel
import KBTooling

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Checks the content and builds the site into public/, replacing it only on success."
  )

  @Option(help: "Where the site is published, e.g. / or https://help.example.com/kb/.")
  var baseURL = "/"

  @OptionGroup var publishing: PublishingOptions

  @Option(help: "The folder to build into.")
  var output = "public"

  @Option(help: "The folder of templates and assets that replace the default theme's.")
  var templates = "templates"

  @Flag(help: "List every file written.")
  var verbose = false

  @Option(help: "The lock file of published links.")
  var lock = LinkLock.defaultPath

  @Flag(
    help:
      "This build is the one deployed: record the links it publishes for the first time in the lock, together with the output."
  )
  var publish = false

  @Option(help: "Also write a copy that works opened from disk (file://) into this folder.")
  var offline: String?

  @Option(help: "The content folder, searched for entries no topic lists.")
  var content = "content"

  @Option(
    help: ArgumentHelp(
      "Split the search index into parts loaded as a query needs them above this many entries.",
      valueName: "entries"))
  var searchShardsAbove: Int?

  @Flag(help: "Print how long each stage of the build took to standard error.")
  var timings = false

  /// Set by `kb serve` for a rebuild after a template-only edit: this executable's content and
  /// the lock passed the check in the previous build, so only the templates are checked again.
  @Flag(help: .hidden)
  var contentAlreadyChecked = false

  func validate() throws {
    if let searchShardsAbove, searchShardsAbove < 0 {
      throw ValidationError("--search-shards-above must be 0 or more")
    }
  }

  func run() throws {
    let start = Date()
    var options = try publishing.renderOptions(baseURL: baseURL)
    if let searchShardsAbove { options.searchShardsAbove = searchShardsAbove }
    var builder = SiteBuilder(
      site: try KnowledgeBase.site(),
      templates: URL(fileURLWithPath: templates),
      output: URL(fileURLWithPath: output),
      options: options,
      lockFile: URL(fileURLWithPath: lock),
      contentFolder: URL(fileURLWithPath: content)
    )
    // The content is compiled into this executable: while it is the same file, with the same
    // options, the index files of the previous build still hold.
    builder.indexKey = IndexKey.current(options: builder.options)
    builder.contentAlreadyChecked = contentAlreadyChecked
    builder.timings = timings
    builder.publish = publish
    do {
      let summary = try builder.build()
      for warning in summary.warnings { printError(warning.description) }
      if verbose {
        for file in summary.files { print("  \(output)/\(file)") }
      }
      let seconds = Date().timeIntervalSince(start)
      print(
        "kb build: \(summary.pages) pages, \(summary.entries) entries, \(summary.bytes) bytes in \(output)/ (\(String(format: "%.2f", seconds)) s)"
      )
      if !summary.newLinks.isEmpty {
        print("kb build: \(summary.newLinks.count) new link(s) added to \(lock); commit it with the content")
      }
      if !summary.unrecordedLinks.isEmpty {
        print(
          "kb build: \(summary.unrecordedLinks.count) link(s) not in \(lock) yet; the deploy's `kb build --publish` records them"
        )
      }
      if let offline {
        let copy = SiteBuilder(
          site: try KnowledgeBase.site(),
          templates: URL(fileURLWithPath: templates),
          output: URL(fileURLWithPath: offline),
          options: RenderOptions(
            baseURL: baseURL, offline: true, searchShardsAbove: options.searchShardsAbove),
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
