import ArgumentParser
import Foundation
import Hummingbird
import KB
import KBTooling

#if canImport(Glibc)
  import Glibc
#endif

/// `kb serve`: builds, serves `public/` on loopback, and rebuilds and reloads on every edit.
@main
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kb serve",
    abstract: "Builds the site, serves it, and rebuilds and reloads open tabs on every edit."
  )

  @Option(help: "The port to listen on.")
  var port = 8000

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The folder to build into and serve.")
  var output = "public"

  @Option(help: "The folder holding the Mustache templates and assets.")
  var templates = "templates"

  @Option(help: "The content folder to watch.")
  var content = "content"

  @Option(
    help: """
      The knowledge base's executable used for rebuilds (its file name is its SwiftPM product), \
      recompiled in its own configuration when content changes; `kb serve` passes itself.
      """)
  var kb: String

  func run() async throws {
    if let problem = PortProbe.problem(host: host, port: port) {
      printError("kb serve: error: \(problem)")
      throw ExitCode.failure
    }
    if let warning = ServeHost.exposureWarning(host: host, port: port) { printError(warning) }
    let kbPath = URL(fileURLWithPath: kb).resolvingSymlinksInPath()
    // SwiftPM names an executable after its product and puts it in a folder named after its
    // configuration, so both are read from the path.
    let configuration =
      kbPath.deletingLastPathComponent().lastPathComponent == "release" ? "release" : "debug"
    let rebuilder = Rebuilder(
      kb: kbPath, product: kbPath.lastPathComponent, configuration: configuration, output: output,
      templates: templates)
    let hub = ReloadHub()

    // In a package, compile first: content may have changed since kb was last built, and the
    // release kb may not exist yet.
    let inPackage = FileManager.default.fileExists(atPath: "Package.swift")
    if inPackage {
      say("kb serve: compiling \(kbPath.lastPathComponent) (\(configuration)) if content changed")
    }
    let first = rebuilder.rebuild(compile: inPackage ? .swiftBuild : .none)
    await Self.report(first, hub: hub)
    let folders = [content, templates].map { URL(fileURLWithPath: $0) }
    let replay = Self.replay(after: first, current: .plan(nil), rebuilder: rebuilder)
    Task.detached {
      await Self.watch(
        folders, rebuilder: rebuilder, hub: hub, lastSucceeded: first.succeeded, replay: replay)
    }

    let files = StaticFiles(root: URL(fileURLWithPath: output))
    let responder = CallbackResponder<BasicRequestContext> { request, _ in
      try await Self.respond(to: request, files: files, hub: hub)
    }
    let host = self.host
    let port = self.port
    let app = Application(
      responder: responder,
      configuration: .init(address: .hostname(host, port: port), serverName: "kb serve"),
      onServerRunning: { _ in
        say("kb serve: serving \(files.root.path) at http://\(host):\(port)/ (Ctrl+C to stop)")
      }
    )
    StopSignals.closeStreams(of: hub)
    do {
      try await app.runService()
    } catch {
      printError("kb serve: error: cannot serve on \(host):\(port): \(error)")
      throw ExitCode.failure
    }
  }

  static func watch(
    _ folders: [URL], rebuilder: Rebuilder, hub: ReloadHub, lastSucceeded: Bool, replay: Rebuilder.Replay
  ) async {
    // What the last successful `swift build` planned: a Swift edit that adds or removes no file
    // runs the commands it affects; anything else, or a failed compile, goes through SwiftPM.
    var replay = replay
    var watcher = SourceWatcher(folders: folders)
    let signal = ChangeSignal(folders: folders)
    // The content passed the last build's check when it succeeded; while neither Swift files nor
    // the lock change, a rebuild need check the templates only.
    var checked = lastSucceeded
    var lockStamp = SourceWatcher.stamp(of: LinkLock.defaultPath)
    while !Task.isCancelled {
      // Woken by the file system as soon as a file is written, or after a short wait where it
      // cannot tell; either way the watcher's comparison says what changed.
      _ = await waitOffTheTaskPool { signal.wait() }
      guard var change = watcher.poll() else { continue }
      // Editors often write a file in several steps; wait for the burst to settle.
      try? await Task.sleep(for: .milliseconds(30))
      if let more = watcher.poll() {
        change.paths += more.paths
        change.needsCompile = change.needsCompile || more.needsCompile
      }
      let compile = change.needsCompile
      let stamp = SourceWatcher.stamp(of: LinkLock.defaultPath)
      let contentChecked = checked && !compile && stamp == lockStamp
      say(
        "kb serve: \(change.paths.count) file(s) changed; \(compile ? "recompiling content and " : "")rebuilding"
      )
      var how = Rebuilder.Compile.none
      if compile {
        let edited = change.paths.filter { $0.hasSuffix(".swift") }
        how = replay.current?.commands(after: edited).map { .planned($0) } ?? .swiftBuild
      }
      let outcome = await waitOffTheTaskPool { [how] in
        rebuilder.rebuild(compile: how, contentChecked: contentChecked)
      }
      replay = Self.replay(after: outcome, current: replay, rebuilder: rebuilder)
      // A failed build may have failed on the content: the next one checks it again.
      checked = outcome.succeeded
      lockStamp = stamp
      await report(outcome, hub: hub)
    }
  }

  /// Whether and what to replay after `outcome`; says so, once, when SwiftPM's lock is not where
  /// kb looks for it and every recompile goes through `swift build` from then on.
  static func replay(
    after outcome: Rebuilder.Outcome, current: Rebuilder.Replay, rebuilder: Rebuilder
  ) -> Rebuilder.Replay {
    let next = rebuilder.plan(after: outcome, current: current)
    if case .lockNotFound(let path) = next, case .plan = current {
      say(
        "kb serve: SwiftPM's build lock is not at \(path) after swift build, so this toolchain locks elsewhere; "
          + "every recompile goes through swift build from now on (slower, but never beside another build)")
    }
    return next
  }

  /// Runs blocking work on a thread of its own rather than one of the task pool's.
  static func waitOffTheTaskPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(returning: work()) }
    }
  }

  static func report(_ outcome: Rebuilder.Outcome, hub: ReloadHub) async {
    if outcome.succeeded {
      say(outcome.lines.last ?? "kb serve: rebuilt")
      let compiled =
        outcome.compileSeconds.map {
          String(format: ", %.2f s of it compiling", $0)
            + (outcome.compiledDirectly ? " (the commands SwiftPM planned, without replanning)" : "")
        } ?? ""
      say(
        "kb serve: rebuilt in \(String(format: "%.2f", outcome.seconds)) s\(compiled); reloading open pages")
      await hub.succeeded()
    } else {
      for line in outcome.lines { printError(line) }
      printError(
        "kb serve: rebuild failed after \(String(format: "%.2f", outcome.seconds)) s; still serving the last good site"
      )
      await hub.failed(outcome.lines)
    }
  }

  static func respond(to request: Request, files: StaticFiles, hub: ReloadHub) async throws -> Response {
    let path = request.uri.path
    guard request.method == .get || request.method == .head else {
      return Response(status: .methodNotAllowed)
    }
    if path == ReloadScript.events {
      let stream = await hub.subscribe()
      return Response(
        status: .ok,
        headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
        body: ResponseBody { writer in
          for await message in stream { try await writer.write(ByteBuffer(string: message)) }
          try await writer.finish(nil)
        }
      )
    }
    if path == ReloadScript.path {
      return text(ReloadScript.source, type: "text/javascript; charset=utf-8")
    }
    switch files.resolve(path) {
    case .redirect(let location):
      return Response(status: .movedPermanently, headers: [.location: location])
    case .file(let url):
      return file(url)
    case .notFound:
      let notFound = files.root.appendingPathComponent("404.html")
      var response =
        FileManager.default.fileExists(atPath: notFound.path)
        ? file(notFound) : text("Not found\n", type: "text/plain")
      response.status = .notFound
      return response
    }
  }

  static func file(_ url: URL) -> Response {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return Response(status: .notFound)
    }
    let type = StaticFiles.contentType(of: url.path)
    if type.hasPrefix("text/html") {
      let html = StaticFiles.injectReload(
        into: String(decoding: data, as: UTF8.self), script: ReloadScript.path)
      return text(html, type: type)
    }
    return Response(
      status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  static func text(_ text: String, type: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}

/// Writes a progress line to standard output at once, even when it is a pipe or a log file.
func say(_ message: String) {
  FileHandle.standardOutput.write(Data((message + "\n").utf8))
}

func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
