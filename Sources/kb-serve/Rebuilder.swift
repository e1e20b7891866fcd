import Foundation
import KB
import KBTooling

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
    /// Whether the recompile ran SwiftPM's planned commands itself rather than `swift build`.
    var compiledDirectly = false
    /// Whether `swift build` ran, which plans anew.
    var ranSwiftBuild = false
  }

  enum Compile: Sendable {
    case none
    /// `swift build` of the product: plans the package, then compiles what changed.
    case swiftBuild
    /// The commands `swift build` planned that the edit affects (`PlannedCommands`); when one
    /// fails, `swift build` runs after all, for its messages.
    case planned([PlannedCommands.Command])

    var compiles: Bool {
      if case .none = self { false } else { true }
    }
  }

  /// Recompiles as `compile` says, then builds. `contentChecked` says the executable's content and
  /// the lock passed the previous build's check unchanged (so nothing was to compile), and the
  /// build checks templates only.
  func rebuild(compile: Compile, contentChecked: Bool = false) -> Outcome {
    let start = Date()
    var compileSeconds: Double?
    var compiledDirectly = false
    if case .planned(let commands) = compile {
      // Any failure goes through `swift build` below, which reports it; so does a `swift build`
      // running elsewhere (`make site` in another terminal): ours then waits for it.
      compiledDirectly =
        PlannedCommands.whileHoldingSwiftPMLock(buildFolder: Self.buildFolder) { runAll(commands) } ?? false
      if compiledDirectly { compileSeconds = Date().timeIntervalSince(start) }
    }
    let ranSwiftBuild = compile.compiles && !compiledDirectly
    if ranSwiftBuild {
      let compiled = SwiftBuild.run(["--product", product, "-c", configuration])
      if !compiled.succeeded {
        return Outcome(
          succeeded: false, lines: compiled.errors, seconds: Date().timeIntervalSince(start),
          ranSwiftBuild: true)
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
      seconds: Date().timeIntervalSince(start), compileSeconds: compileSeconds,
      compiledDirectly: compiledDirectly, ranSwiftBuild: ranSwiftBuild)
  }

  /// The plan to follow after `outcome`: when `swift build` ran it planned anew, so its plan is
  /// read again if it compiled and dropped if it failed; otherwise `current` stays. After a
  /// `swift build` that compiled, SwiftPM's lock file must be where kb looks for it; when it is
  /// not, there is no plan, now or later (`.lockNotFound`): replaying without SwiftPM's lock could
  /// compile beside a `swift build` elsewhere on the same files.
  func plan(after outcome: Outcome, current: Replay) -> Replay {
    guard case .plan = current, outcome.ranSwiftBuild else { return current }
    guard outcome.compileSeconds != nil else { return .plan(nil) }
    guard PlannedCommands.swiftPMLockExists(buildFolder: Self.buildFolder) else {
      return .lockNotFound(PlannedCommands.swiftPMLockPath(buildFolder: Self.buildFolder))
    }
    return .plan(
      PlannedCommands.load(product: product, configuration: configuration).map {
        Plan(commands: $0, configuration: configuration)
      })
  }

  /// Whether edits may replay SwiftPM's planned commands.
  enum Replay: Sendable {
    /// The plan of the last `swift build` that compiled, if any.
    case plan(Plan?)
    /// SwiftPM's lock was not at this path after a `swift build`: every recompile goes through
    /// `swift build` from then on.
    case lockNotFound(String)

    var current: Plan? {
      if case .plan(let plan) = self { plan } else { nil }
    }
  }

  /// The build folder SwiftPM locks, where `kb serve` runs (the package root).
  static var buildFolder: String { FileManager.default.currentDirectoryPath + "/.build" }

  /// `PlannedCommands` while the manifest, the resolved versions and SwiftPM's own manifest are
  /// the ones they were read with; any change to those and only `swift build` knows the plan.
  struct Plan: Sendable {
    let commands: PlannedCommands
    let configuration: String
    let stamps: [String?]

    init(commands: PlannedCommands, configuration: String) {
      self.commands = commands
      self.configuration = configuration
      stamps = Self.stamps(configuration: configuration)
    }

    static func stamps(configuration: String) -> [String?] {
      ["Package.swift", "Package.resolved", PlannedCommands.manifestPath(configuration: configuration)]
        .map(SourceWatcher.stamp(of:))
    }

    func commands(after changed: [String]) -> [PlannedCommands.Command]? {
      guard Self.stamps(configuration: configuration) == stamps else { return nil }
      return commands.commands(after: changed)
    }
  }

  /// Runs each command in turn, its output unread unless it fails; false at the first failure.
  private func runAll(_ commands: [PlannedCommands.Command]) -> Bool {
    for command in commands {
      guard let program = command.arguments.first,
        run(program, Array(command.arguments.dropFirst())).status == 0
      else { return false }
    }
    return true
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
