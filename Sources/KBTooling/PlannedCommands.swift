import Foundation

/// The commands SwiftPM planned for one executable product, read from the build manifest it
/// writes for llbuild (`.build/CONFIGURATION.yaml`). After an edit that adds, removes or renames
/// no file, running the few commands the edited files feed is the same compile `swift build`
/// would run, without SwiftPM loading and planning the whole package graph first, which is most
/// of a one-file recompile (bench/RESULTS.md).
package struct PlannedCommands: Sendable {
  package struct Command: Sendable, Equatable {
    package var name: String
    package var tool: String
    package var inputs: [String]
    package var outputs: [String]
    /// The program and its arguments; empty unless `tool` is `shell`.
    package var arguments: [String]
  }

  /// Everything the product's executable is made from, each command after those it needs.
  package let commands: [Command]

  /// Reads a manifest's text; nil when it names no executable called `product` in `configuration`
  /// or is not in the form SwiftPM writes.
  package init?(manifest text: String, product: String, configuration: String) {
    guard let all = Self.parse(text) else { return nil }
    let isExecutable = { (command: Command) in
      command.tool == "shell" && command.name.hasSuffix(".exe")
        && command.outputs.contains { path in
          let url = URL(fileURLWithPath: path)
          return url.lastPathComponent == product
            && url.deletingLastPathComponent().lastPathComponent == configuration
        }
    }
    guard let executable = all.first(where: isExecutable) else { return nil }
    var producer: [String: Int] = [:]
    for (index, command) in all.enumerated() {
      for output in command.outputs { producer[output] = index }
    }
    // Depth first from the executable, each command listed after the commands making its inputs.
    var ordered: [Command] = []
    var visited = Set<String>()
    func visit(_ command: Command) {
      guard visited.insert(command.name).inserted else { return }
      for input in command.inputs {
        if let index = producer[input] { visit(all[index]) }
      }
      ordered.append(command)
    }
    visit(executable)
    commands = ordered
  }

  /// The manifest SwiftPM wrote for `configuration` under `buildFolder`, or nil when there is none
  /// (another build system, or no build yet).
  package static func load(buildFolder: String = ".build", product: String, configuration: String)
    -> PlannedCommands?
  {
    guard
      let text = try? String(
        contentsOfFile: manifestPath(buildFolder: buildFolder, configuration: configuration), encoding: .utf8)
    else { return nil }
    return PlannedCommands(manifest: text, product: product, configuration: configuration)
  }

  package static func manifestPath(buildFolder: String = ".build", configuration: String) -> String {
    "\(buildFolder)/\(configuration).yaml"
  }

  /// The file SwiftPM locks while it builds into `buildFolder` (an absolute path): its name is the
  /// folder's path with `/` as `_`, in the temporary folder (`TMPDIR`, else `/tmp`), as
  /// swift-tools-support-core's `FileLock` names it.
  package static func swiftPMLockPath(buildFolder: String, temporaryFolder: String? = nil) -> String {
    let folder = temporaryFolder ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let name = buildFolder.replacingOccurrences(of: "/", with: "_") + ".lock"
    return (folder.hasSuffix("/") ? folder : folder + "/") + name
  }

  /// Whether SwiftPM's lock file for `buildFolder` is where `swiftPMLockPath` says. A `swift build`
  /// creates it, so after one it must exist; when it does not, this toolchain names or places its
  /// lock otherwise, and holding the derived file would keep no `swift build` out.
  package static func swiftPMLockExists(buildFolder: String, temporaryFolder: String? = nil) -> Bool {
    FileManager.default.fileExists(
      atPath: swiftPMLockPath(buildFolder: buildFolder, temporaryFolder: temporaryFolder))
  }

  /// Runs `body` holding SwiftPM's lock on `buildFolder`, so no `swift build` writes the same
  /// files meanwhile; nil, without running it, when a `swift build` holds the lock now (it then
  /// goes first, and the caller can run `swift build` after it) or when there is no lock file:
  /// kb never makes one, since a file SwiftPM does not use would keep nothing out.
  package static func whileHoldingSwiftPMLock<T>(
    buildFolder: String, temporaryFolder: String? = nil, _ body: () -> T
  ) -> T? {
    let path = swiftPMLockPath(buildFolder: buildFolder, temporaryFolder: temporaryFolder)
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return nil }
    defer { flock(descriptor, LOCK_UN) }
    return body()
  }

  /// The commands to run, in order, after the Swift files `changed` (absolute paths) were edited;
  /// nil when only SwiftPM can tell what to do: a file that no longer exists, one no command of
  /// the executable reads (a new file, the manifest, a test), or an affected step that is not a
  /// plain command.
  package func commands(after changed: [String]) -> [Command]? {
    guard !changed.isEmpty else { return [] }
    let read = Set(commands.flatMap(\.inputs))
    for path in changed {
      guard read.contains(path), FileManager.default.fileExists(atPath: path) else { return nil }
    }
    var stale = Set(changed)
    var affected: [Command] = []
    for command in commands where command.inputs.contains(where: stale.contains) {
      switch command.tool {
      case "shell" where !command.arguments.isEmpty: affected.append(command)
      case "phony": break
      // Lists of file names (a module's sources, a product's objects): the same while no file
      // is added or removed, so what reads them is not out of date on their account.
      case "write-auxiliary-file": continue
      default: return nil
      }
      stale.formUnion(command.outputs)
    }
    return affected
  }

  /// The `commands:` part of an llbuild manifest as SwiftPM writes it: each command a quoted name
  /// at two spaces, then `key: value` at four, lists as JSON arrays on one line.
  static func parse(_ text: String) -> [Command]? {
    guard let start = text.range(of: "\ncommands:\n") else { return nil }
    var result: [Command] = []
    var current: Command?
    for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("  \""), line.hasSuffix("\":"), !line.hasPrefix("   ") {
        if let current { result.append(current) }
        let name = line.dropFirst(3).dropLast(2)
        current = Command(name: String(name), tool: "", inputs: [], outputs: [], arguments: [])
        continue
      }
      guard line.hasPrefix("    "), current != nil, let colon = line.firstIndex(of: ":") else {
        if !line.hasPrefix(" ") { break }
        continue
      }
      let key = line[line.index(line.startIndex, offsetBy: 4)..<colon]
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      switch key {
      case "tool": current?.tool = String(value)
      case "inputs": current?.inputs = strings(value)
      case "outputs": current?.outputs = strings(value)
      case "args": current?.arguments = strings(value)
      default: continue
      }
    }
    if let current { result.append(current) }
    return result.isEmpty ? nil : result
  }

  private static func strings(_ json: Substring) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
  }
}
