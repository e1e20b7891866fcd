import Foundation
import KB

/// Runs the same commands a writer would: recompile when Swift content changed, then `kb build`.
struct Rebuilder: Sendable {
  let kb: URL
  /// The SwiftPM product of the knowledge base's executable, e.g. `kb`.
  let product: String
  let configuration: String
  let output: String
  let templates: String

  struct Outcome: Sendable {
    var succeeded: Bool
    var lines: [String]
    var seconds: Double
    /// Of `seconds`, how long the recompile took; nil when there was none.
    var compileSeconds: Double? = nil
  }

  /// Recompiles when `compile`, then builds. `contentChecked` says the executable's content and
  /// the lock passed the previous build's check unchanged (so nothing was to compile), and the
  /// build checks templates only.
  func rebuild(compile: Bool, contentChecked: Bool = false) -> Outcome {
    let start = Date()
    var compileSeconds: Double?
    if compile {
      let compiled = run("/usr/bin/env", ["swift", "build", "--product", product, "-c", configuration])
      if compiled.status != 0 {
        return Outcome(
          succeeded: false,
          lines: CompilerOutput.errors(
            compiled.output, packageRoot: FileManager.default.currentDirectoryPath),
          seconds: Date().timeIntervalSince(start))
      }
      compileSeconds = Date().timeIntervalSince(start)
    }
    let built = run(
      kb.path,
      ["build", "--output", output, "--templates", templates]
        + (contentChecked ? ["--content-already-checked"] : []))
    let lines = built.output.split(separator: "\n").map(String.init)
    let problems = lines.filter { $0.contains(": error:") || $0.contains(": warning:") }
    return Outcome(
      succeeded: built.status == 0, lines: built.status == 0 ? lines : (problems.isEmpty ? lines : problems),
      seconds: Date().timeIntervalSince(start), compileSeconds: compileSeconds)
  }

  private func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      return (127, "kb serve: error: cannot run \(executable): \(error.localizedDescription)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
