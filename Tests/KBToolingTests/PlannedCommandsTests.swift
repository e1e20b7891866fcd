import Foundation
import Testing

@testable import KBTooling

/// A package of the shape `kb init` makes, as SwiftPM's llbuild manifest describes it: a model
/// module, a content module reading the model, an executable module reading both, its link, a
/// test module reading the content, and the file lists and package-structure step around them.
@Suite("an edit that adds no file runs the commands SwiftPM planned for it, and only those")
struct PlannedCommandsTests {
  let root: URL
  let manifest: String

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("planned-\(UUID().uuidString)")
    let files = [
      "Sources/Model/Entry.swift", "content/Site.swift", "content/Errors/Upload.swift",
      "Sources/app/main.swift", "Tests/AppTests/SiteTests.swift", "Package.swift",
    ]
    for file in files {
      let url = root.appendingPathComponent(file)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("// \(file)\n".utf8).write(to: url)
    }
    let r = root.path
    let build = "\(r)/.build/x86_64-unknown-linux-gnu/release"
    func list(_ items: [String]) -> String {
      "[" + items.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }
    func command(_ name: String, tool: String, inputs: [String], outputs: [String], args: [String] = [])
      -> String
    {
      var text =
        "  \"\(name)\":\n    tool: \(tool)\n    inputs: \(list(inputs))\n    outputs: \(list(outputs))\n"
      if !args.isEmpty { text += "    description: \"Doing \(name)\"\n    args: \(list(args))\n" }
      return text + "\n"
    }
    let content = ["\(r)/content/Site.swift", "\(r)/content/Errors/Upload.swift"]
    manifest =
      """
      client:
        name: basic
        file-system: device-agnostic
      tools: {}
      targets:
        "main": ["<app-release.exe>"]
      default: "main"
      nodes:
        "\(r)/content/":
          is-directory-structure: true
      commands:

      """
      + command(
        "PackageStructure", tool: "package-structure-tool", inputs: ["\(r)/content/", "\(r)/Package.swift"],
        outputs: ["<PackageStructure>"])
      + command(
        "\(build)/Content.build/sources", tool: "write-auxiliary-file",
        inputs: ["<sources-file-Content>"] + content, outputs: ["\(build)/Content.build/sources"])
      + command(
        "C.Model-release.module", tool: "shell", inputs: ["\(r)/Sources/Model/Entry.swift"],
        outputs: ["\(build)/Model.build/Entry.swift.o", "\(build)/Modules/Model.swiftmodule"],
        args: ["/usr/bin/swiftc", "-module-name", "Model"])
      + command(
        "C.Content-release.module", tool: "shell",
        inputs: content + ["\(build)/Modules/Model.swiftmodule", "\(build)/Content.build/sources"],
        outputs: [
          "\(build)/Content.build/Site.swift.o", "\(build)/Content.build/Upload.swift.o",
          "\(build)/Modules/Content.swiftmodule",
        ],
        args: ["/usr/bin/swiftc", "-module-name", "Content", "@\(build)/Content.build/sources"])
      + command(
        "<Content-release.module>", tool: "phony",
        inputs: ["\(build)/Content.build/Site.swift.o", "\(build)/Content.build/Upload.swift.o"],
        outputs: ["<Content-release.module>"])
      + command(
        "C.app-release.module", tool: "shell",
        inputs: [
          "\(r)/Sources/app/main.swift", "\(build)/Modules/Content.swiftmodule", "<Content-release.module>",
        ],
        outputs: ["\(build)/app.build/main.swift.o"], args: ["/usr/bin/swiftc", "-module-name", "app"])
      + command(
        "C.AppTests-release.module", tool: "shell",
        inputs: ["\(r)/Tests/AppTests/SiteTests.swift", "\(build)/Modules/Content.swiftmodule"],
        outputs: ["\(build)/AppTests.build/SiteTests.swift.o"],
        args: ["/usr/bin/swiftc", "-module-name", "AppTests"])
      + command(
        "C.app-release.exe", tool: "shell",
        inputs: [
          "\(build)/Model.build/Entry.swift.o", "\(build)/Content.build/Site.swift.o",
          "\(build)/Content.build/Upload.swift.o", "\(build)/app.build/main.swift.o",
        ],
        outputs: ["\(build)/app"], args: ["/usr/bin/swiftc", "-o", "\(build)/app"])
  }

  func planned() throws -> PlannedCommands {
    try #require(PlannedCommands(manifest: manifest, product: "app", configuration: "release"))
  }

  func names(after files: [String]) throws -> [String]? {
    try planned().commands(after: files.map { root.appendingPathComponent($0).path })?.map(\.name)
  }

  @Test("the executable's commands, each after the commands making what it reads; no test module")
  func closureInOrder() throws {
    let names = try planned().commands.map(\.name)
    #expect(!names.contains("C.AppTests-release.module") && !names.contains("PackageStructure"))
    #expect(names.last == "C.app-release.exe")
    for (before, after) in [
      ("C.Model-release.module", "C.Content-release.module"),
      ("C.Content-release.module", "C.app-release.module"),
      ("C.app-release.module", "C.app-release.exe"),
    ] {
      let first = try #require(names.firstIndex(of: before))
      let second = try #require(names.firstIndex(of: after))
      #expect(first < second, "\(before) before \(after)")
    }
  }

  @Test("a content edit recompiles the content and what reads its module, then links")
  func contentEdit() throws {
    #expect(
      try names(after: ["content/Errors/Upload.swift"])
        == ["C.Content-release.module", "C.app-release.module", "C.app-release.exe"])
    let arguments = try planned().commands(after: [root.appendingPathComponent("content/Site.swift").path])?
      .first?.arguments
    #expect(arguments?.first == "/usr/bin/swiftc")
    #expect(arguments?.contains("Content") == true)
  }

  @Test("a model edit recompiles everything downstream of the model")
  func modelEdit() throws {
    #expect(
      try names(after: ["Sources/Model/Entry.swift"])
        == [
          "C.Model-release.module", "C.Content-release.module", "C.app-release.module", "C.app-release.exe",
        ])
  }

  @Test("only SwiftPM can tell: a new file, a removed one, the manifest, a test")
  func fallsBackToSwiftPM() throws {
    try Data("// new\n".utf8).write(to: root.appendingPathComponent("content/Errors/New.swift"))
    #expect(try names(after: ["content/Errors/New.swift"]) == nil)
    #expect(try names(after: ["content/Site.swift", "content/Errors/New.swift"]) == nil)
    #expect(try names(after: ["Package.swift"]) == nil)
    #expect(try names(after: ["Tests/AppTests/SiteTests.swift"]) == nil)
    try FileManager.default.removeItem(at: root.appendingPathComponent("content/Site.swift"))
    #expect(try names(after: ["content/Site.swift"]) == nil)
  }

  @Test("a manifest without the product, or not SwiftPM's, plans nothing")
  func noPlan() {
    #expect(PlannedCommands(manifest: manifest, product: "other", configuration: "release") == nil)
    #expect(PlannedCommands(manifest: manifest, product: "app", configuration: "debug") == nil)
    #expect(
      PlannedCommands(manifest: "client:\n  name: basic\n", product: "app", configuration: "release") == nil)
  }
}

@Suite("planned commands and a swift build running elsewhere")
struct SwiftPMLockTests {
  @Test("the lock is the one SwiftPM takes: the build folder's path with / as _, in the temporary folder")
  func lockPath() {
    #expect(
      PlannedCommands.swiftPMLockPath(buildFolder: "/tmp/kb-2kfull/.build", temporaryFolder: "/tmp")
        == "/tmp/_tmp_kb-2kfull_.build.lock")
    #expect(
      PlannedCommands.swiftPMLockPath(buildFolder: "/work/kb/.build", temporaryFolder: "/var/tmp/")
        == "/var/tmp/_work_kb_.build.lock")
  }

  @Test("while another process holds SwiftPM's lock, nothing runs; once it is free, the body runs")
  func heldElsewhere() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let build = "/somewhere/\(UUID().uuidString)/.build"
    let lock = PlannedCommands.swiftPMLockPath(buildFolder: build, temporaryFolder: folder.path)
    // A child process holds the lock, as a `swift build` elsewhere would.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = ["--close", lock, "sleep", "0.5"]
    try holder.run()
    var held = false
    for _ in 0..<100 where !held {
      Thread.sleep(forTimeInterval: 0.02)
      held =
        PlannedCommands.whileHoldingSwiftPMLock(buildFolder: build, temporaryFolder: folder.path) { 1 } == nil
    }
    #expect(held, "the body ran while another process held the lock")
    holder.waitUntilExit()
    #expect(
      PlannedCommands.whileHoldingSwiftPMLock(buildFolder: build, temporaryFolder: folder.path) { 7 } == 7)
  }

  @Test("without a lock file nothing runs, and kb makes none: only SwiftPM's own file counts")
  func noLockFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let build = "/somewhere/\(UUID().uuidString)/.build"
    #expect(
      PlannedCommands.whileHoldingSwiftPMLock(buildFolder: build, temporaryFolder: folder.path) { 1 } == nil)
    #expect(!PlannedCommands.swiftPMLockExists(buildFolder: build, temporaryFolder: folder.path))
  }

  /// The end-to-end proof that the derived name is SwiftPM's: a real `swift build` of a tiny
  /// package runs, and while it does the replay is refused; once it has finished, the replay runs.
  /// If this toolchain named or placed its lock otherwise, the lock file would never appear.
  @Test("a real swift build holds the lock kb takes, so the replay waits for it", .timeLimit(.minutes(10)))
  func realSwiftBuildHoldsTheLock() throws {
    let package = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString)")
    let sources = package.appendingPathComponent("Sources/tiny")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try Data(
      """
      // swift-tools-version:5.9
      import PackageDescription
      let package = Package(name: "tiny", targets: [.executableTarget(name: "tiny")])

      """.utf8
    ).write(to: package.appendingPathComponent("Package.swift"))
    try Data("print(\"tiny\")\n".utf8).write(to: sources.appendingPathComponent("main.swift"))
    defer { try? FileManager.default.removeItem(at: package) }
    let buildFolder = package.path + "/.build"
    defer {
      try? FileManager.default.removeItem(atPath: PlannedCommands.swiftPMLockPath(buildFolder: buildFolder))
    }

    let finished = DispatchSemaphore(value: 0)
    let outcome = Box()
    Thread.detachNewThread {
      outcome.result = SwiftBuild.run([], packageRoot: package.path)
      finished.signal()
    }
    var refused = false
    var ended = false
    while !ended {
      ended = finished.wait(timeout: .now() + 0.01) == .success
      if ended { break }
      guard PlannedCommands.swiftPMLockExists(buildFolder: buildFolder) else { continue }
      // Taken between SwiftPM making the file and locking it, the lock only makes SwiftPM wait.
      if PlannedCommands.whileHoldingSwiftPMLock(buildFolder: buildFolder, { true }) == nil {
        refused = true
      } else if refused {
        break
      }
    }
    if !ended { finished.wait() }
    let result = try #require(outcome.result)
    #expect(result.succeeded, "\(result.output)")
    #expect(
      PlannedCommands.swiftPMLockExists(buildFolder: buildFolder),
      "swift build made no lock at \(PlannedCommands.swiftPMLockPath(buildFolder: buildFolder))")
    #expect(refused, "the replay was never refused while swift build ran")
    #expect(PlannedCommands.whileHoldingSwiftPMLock(buildFolder: buildFolder) { 7 } == 7)
  }

  private final class Box: @unchecked Sendable {
    var result: SwiftBuild.Result?
  }
}

@Suite("swift build, run the one way kb's executables run it")
struct SwiftBuildTests {
  @Test("a failed build gives its status, its output and the writer's errors")
  func failure() throws {
    let package = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: package.appendingPathComponent("content"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: package) }
    try Data(
      """
      // swift-tools-version:5.9
      import PackageDescription
      let package = Package(name: "broken", targets: [.executableTarget(name: "broken", path: "content")])

      """.utf8
    ).write(to: package.appendingPathComponent("Package.swift"))
    try Data("let title: Int = \"unterminated\n".utf8).write(
      to: package.appendingPathComponent("content/main.swift"))
    let result = SwiftBuild.run(["--quiet"], packageRoot: package.path)
    #expect(!result.succeeded)
    #expect(result.errors.first?.hasPrefix("content/main.swift:1:") == true, "\(result.errors)")
    #expect(result.errors.allSatisfy { !$0.contains(package.path) }, "\(result.errors)")
  }
}
