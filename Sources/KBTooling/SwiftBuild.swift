import Foundation

/// Runs `swift build`: the one place kb's executables (`kb-compile`, `kb serve` and the `kb`
/// that builds the preview server) start SwiftPM.
package enum SwiftBuild {
  package struct Result: Sendable {
    /// The exit status of `swift build`; 127 when it could not be started.
    package var status: Int32
    /// What it printed, standard output and standard error together.
    package var output: String
    /// On failure, the writer's errors (`CompilerOutput.errors`); empty on success.
    package var errors: [String]

    package var succeeded: Bool { status == 0 }
  }

  /// Runs `swift build ARGUMENTS` in `packageRoot` and waits for it, its output captured.
  package static func run(
    _ arguments: [String], packageRoot: String = FileManager.default.currentDirectoryPath
  ) -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", "build"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      let message = "error: cannot run swift build: \(error.localizedDescription)"
      return Result(status: 127, output: message, errors: [message])
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let status = process.terminationStatus
    return Result(
      status: status, output: output,
      errors: status == 0 ? [] : CompilerOutput.errors(output, packageRoot: packageRoot))
  }
}
