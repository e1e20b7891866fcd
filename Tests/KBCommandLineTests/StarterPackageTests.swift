import Foundation
import KB
import Testing

@testable import KBStarter

@Suite("kb init's package and the lock")
struct StarterPackageTests {
  let package = StarterPackage(name: "Acme Help", dependency: .path("/kb"))

  @Test("a new package starts with a lock that holds no link, so a missing lock is always a mistake")
  func startsLock() throws {
    #expect(StarterPackage.lockPath == LinkLock.defaultPath)
    let lock = try #require(package.files[LinkLock.defaultPath])
    #expect(lock == LinkLock(links: []).text)
    #expect(LinkLock.parse(lock).isEmpty)
  }

  @Test("its Makefile has the deploy's build, which records new links; make site does not")
  func publishTarget() {
    #expect(package.makefile.contains("publish: deps compile\n\t$(KB) build --publish $(KB_FLAGS)"))
    #expect(package.makefile.contains("site: deps compile\n\t$(KB) build $(KB_FLAGS)\n"))
  }

  @Test(
    "the package names kb by a path relative to itself, so it builds wherever the two are cloned side by side",
    arguments: [
      ("/work/acme-help", "/work/kb", "../kb"), ("/work/sites/acme", "/work/kb", "../../kb"),
      ("/work/kb/sites/acme", "/work/kb", "../.."), ("/work/acme/", "/work/tools/kb/", "../tools/kb"),
      ("/work/./acme", "/work/x/../kb", "../kb"),
    ])
  func relativePath(_ folder: String, _ checkout: String, _ expected: String) {
    #expect(NewPackage.relativePath(from: folder, to: checkout) == expected)
  }

  @Test("kb init writes that relative path into the manifest, not this machine's absolute one")
  func manifestPath() throws {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("kb-init-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("acme-help").path
    let checkout = parent.appendingPathComponent("tools/kb").path
    _ = try NewPackage(folder: folder, name: "Acme Help").write(checkout: checkout)
    let manifest = try String(contentsOfFile: folder + "/Package.swift", encoding: .utf8)
    #expect(manifest.contains(".package(path: \"../tools/kb\")"))
    #expect(!manifest.contains(parent.path))
  }

  @Test("the source of kb init is this checkout")
  func checkout() {
    #expect(
      NewPackage.kbCheckout().map { FileManager.default.fileExists(atPath: $0 + "/Sources/KBStarter") }
        == true)
  }
}
