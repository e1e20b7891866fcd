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
      Link.self,
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

/// What `index.json` and the search index are made from, as one line: the executable's identity
/// (device, inode, size, modification time; the content is compiled into it) and the options.
enum IndexKey {
  static func current(options: RenderOptions) -> String? {
    guard let executable = Bundle.main.executablePath else { return nil }
    var status = stat()
    guard stat(executable, &status) == 0 else { return nil }
    let parts: [String] = [
      "kb-index-1", executable, "\(status.st_dev)", "\(status.st_ino)", "\(status.st_size)",
      modified(status), options.baseURL, "\(options.offline)",
      options.editURL ?? "", options.feedbackURL ?? "", "\(options.searchShardsAbove)",
    ]
    return parts.joined(separator: " | ").replacingOccurrences(of: "\n", with: " ")
  }

  private static func modified(_ status: stat) -> String {
    #if os(Linux)
      "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    #else
      "\(status.st_mtimespec.tv_sec).\(status.st_mtimespec.tv_nsec)"
    #endif
  }
}
