import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

#if canImport(Glibc)
  import Glibc
#endif

/// Publishing the site and recording its links are one step: both happen or neither does, and
/// what a killed build leaves behind is cleaned up by the next one, never what a live build uses.
@Suite("Publishing the site and the lock together")
struct LinkLockPublishingTests {
  static let older = Fixtures.site(entries: [Fixtures.entry(.code("42"))])
  static let newer = Fixtures.site(entries: [Fixtures.entry(.code("7")), Fixtures.entry(.code("42"))])

  let root: URL
  var lock: URL { root.appendingPathComponent("links.lock") }
  var output: URL { root.appendingPathComponent("public") }
  let olderLock = LinkLock.updated(older, lockText: nil, dropping: []).lock.text

  init() throws {
    root = try SiteTestSupport.temporaryDirectory()
    try Data(olderLock.utf8).write(to: lock)
  }

  func builder(_ site: Site, publish: Bool) -> SiteBuilder {
    var builder = SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: output, lockFile: lock)
    builder.publish = publish
    return builder
  }

  func leftovers() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root.path).filter {
      $0 != "links.lock" && $0 != "public" && !$0.hasPrefix(".public.spare") && $0 != ".public.carried"
    }.sorted()
  }

  @Test("a lock that cannot take the new links fails the publication before the output is replaced")
  func unwritableLockKeepsOutput() throws {
    try builder(Self.older, publish: false).build()
    let before = SiteTestSupport.snapshot(output)
    #expect(chmod(lock.path, 0o444) == 0)
    defer { chmod(lock.path, 0o644) }
    #expect(throws: BuildError.self) { try builder(Self.newer, publish: true).build() }
    #expect(SiteTestSupport.snapshot(output) == before)
    #expect(try String(contentsOf: lock, encoding: .utf8) == olderLock)
    #expect(try leftovers().isEmpty)
  }

  @Test("a publication writes the lock through a file beside it and leaves nothing else")
  func publicationLeavesNothingBeside() throws {
    let summary = try builder(Self.newer, publish: true).build()
    #expect(summary.newLinks == ["demo/#7", "demo/7/", "e/7/"])
    #expect(LinkLock.parse(try String(contentsOf: lock, encoding: .utf8)).map(\.link).contains("demo/7/"))
    #expect(try leftovers().isEmpty)
  }

  @Test("a lock reached through a symbolic link is written where the link leads, keeping its mode")
  func symbolicLinkLock() throws {
    let real = root.appendingPathComponent("real.lock")
    try FileManager.default.moveItem(at: lock, to: real)
    try FileManager.default.createSymbolicLink(atPath: lock.path, withDestinationPath: "real.lock")
    #expect(chmod(real.path, 0o664) == 0)
    try builder(Self.newer, publish: true).build()
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: lock.path) == "real.lock")
    #expect(LinkLock.parse(try String(contentsOf: real, encoding: .utf8)).map(\.link).contains("demo/7/"))
    var status = stat()
    #expect(stat(real.path, &status) == 0 && status.st_mode & 0o7777 == 0o664)
  }

  /// Records what the writer did with it, and fails where told.
  final class Companion: AtomicWriter.Companion {
    var failsStage = false
    var failsCommit = false
    var calls: [String] = []

    struct Failure: Error {}

    func stage() throws {
      calls.append("stage")
      if failsStage { throw Failure() }
    }

    func commit() throws {
      calls.append("commit")
      if failsCommit { throw Failure() }
    }

    func abandon() { calls.append("abandon") }
  }

  @Test(
    "when the companion cannot be staged or put in place, the previous output stays, or comes back",
    arguments: [(true, false), (false, true)])
  func companionFailureKeepsOutput(failsStage: Bool, failsCommit: Bool) throws {
    let writer = AtomicWriter(output: output)
    var previous = OutputTree()
    previous.add(file: "index.html", data: Data("old".utf8))
    try writer.write(previous)
    var next = OutputTree()
    next.add(file: "index.html", data: Data("new".utf8))
    next.add(file: "more.html", data: Data("more".utf8))
    let companion = Companion()
    companion.failsStage = failsStage
    companion.failsCommit = failsCommit
    #expect(throws: Companion.Failure.self) {
      _ = try writer.write(alongside: companion) { _, _ in next }
    }
    #expect(SiteTestSupport.snapshot(output) == ["index.html": Data("old".utf8)])
    #expect(companion.calls == (failsStage ? ["stage", "abandon"] : ["stage", "commit", "abandon"]))
    #expect(try leftovers().isEmpty)
  }

  @Test("the lock is read again before it is written: a lock that became a folder fails the recording")
  func lockChangedDuringBuild() throws {
    let pending = LinkLock.newLinks(lockFile: lock, locked: [], reachable: ["demo/7/"])
    let recording = LinkLock.Recording(pending)
    try FileManager.default.removeItem(at: lock)
    try FileManager.default.createDirectory(at: lock, withIntermediateDirectories: false)
    #expect(throws: LockRecordingFailure.self) { try recording.stage() }
    var isFolder: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: lock.path, isDirectory: &isFolder) && isFolder.boolValue)
  }

  // MARK: What killed builds leave behind

  /// The id of a process that has exited.
  static func deadPID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  func makeFolder(_ name: String) throws {
    let folder = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: folder.appendingPathComponent("index.html"))
  }

  func exists(_ name: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path)
  }

  @Test("a build removes the staging and swap folders of builds that died, with or without a claim file")
  func removesAbandonedFolders() throws {
    let dead = try Self.deadPID()
    try makeFolder(".public.staging-\(dead)")
    try makeFolder(".public.old-\(dead)")
    // A claim no process holds: its build died, whoever has its id now.
    let live = getppid()
    try makeFolder(".public.staging-\(live)")
    try Data().write(to: root.appendingPathComponent(".public.staging-\(live).lock"))
    // A claim file whose folder is already gone.
    try Data().write(to: root.appendingPathComponent(".public.staging-\(dead + 1).lock"))
    try builder(Self.older, publish: false).build()
    #expect(try leftovers().isEmpty)
  }

  @Test("a build never removes the folder of a build that is running")
  func keepsLiveFolders() throws {
    // A build holding its claim, under an id that is not this process's.
    let claimed = try Self.deadPID()
    try makeFolder(".public.staging-\(claimed)")
    let claim = try StagingClaim.take(root.appendingPathComponent(".public.staging-\(claimed).lock").path)
    defer { claim.release() }
    // A build of an older kb, without claims, whose process is running.
    let running = getppid()
    try makeFolder(".public.staging-\(running)")
    try builder(Self.older, publish: false).build()
    #expect(exists(".public.staging-\(claimed)"))
    #expect(exists(".public.staging-\(running)"))
    #expect(exists(".public.staging-\(claimed).lock"))
  }

  @Test("a build's own claim file goes when it is done, and its folders are never left")
  func ownClaimGoes() throws {
    try builder(Self.older, publish: false).build()
    #expect(!exists(".public.staging-\(getpid()).lock"))
    #expect(!exists(".public.staging-\(getpid())"))
    #expect(!exists(".public.old-\(getpid())"))
  }

  @Test("a staged lock left by a kb that died is removed by the next publication")
  func removesAbandonedStagedLock() throws {
    let dead = try Self.deadPID()
    let staged = root.appendingPathComponent(".links.lock.new-\(dead)")
    try Data("partial".utf8).write(to: staged)
    try builder(Self.newer, publish: true).build()
    #expect(!FileManager.default.fileExists(atPath: staged.path))
  }
}
