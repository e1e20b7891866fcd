import ArgumentParser
import Foundation
import KB
import KBTooling

#if canImport(Glibc)
  import Glibc
#endif

/// Hands over to `kb-serve`, building it first if needed; it has its own product so that
/// `make site` never compiles the HTTP server.
struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Builds the site, serves it on 127.0.0.1 and rebuilds on every edit (see kb-serve --help).",
    discussion: "Options: --port (default 8000), --host, --output, --templates, --content."
  )

  @Argument(parsing: .allUnrecognized, help: "Options passed on to kb-serve.")
  var options: [String] = []

  func run() throws {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    // The server's own speed hardly matters, so it is always the quicker-to-compile debug build;
    // rebuilds use this kb, recompiled in its own configuration.
    let server = BuildProducts.executable("kb-serve", configuration: "debug", besides: me)
    if !FileManager.default.isExecutableFile(atPath: server.path) {
      print(
        "kb serve: building the preview server (swift build --product kb-serve); this happens once and takes a few minutes"
      )
      let build = SwiftBuild.run(["--product", "kb-serve"])
      guard build.succeeded else {
        for line in build.errors { printError(line) }
        printError("kb serve: error: building kb-serve failed")
        throw ExitCode.failure
      }
    }
    let chosen = options.contains { $0 == "--kb" || $0.hasPrefix("--kb=") }
    let arguments = [server.path] + (chosen ? [] : ["--kb", me.path]) + options
    var cArguments = arguments.map { strdup($0) } + [nil]
    execv(server.path, &cArguments)
    printError("kb serve: error: cannot start \(server.path): \(String(cString: strerror(errno)))")
    throw ExitCode.failure
  }
}
