import Foundation
import KB
import Testing

@testable import KBCommandLine

@Suite("kb init's package and the lock")
struct StarterPackageTests {
  let package = StarterPackage(name: "Acme Help", dependency: .path("/kb"))

  @Test("a new package starts with a lock that holds no link, so a missing lock is always a mistake")
  func startsLock() throws {
    let lock = try #require(package.files[LinkLock.defaultPath])
    #expect(lock == LinkLock(links: []).text)
    #expect(LinkLock.parse(lock).isEmpty)
  }

  @Test("its Makefile has the deploy's build, which records new links; make site does not")
  func publishTarget() {
    #expect(package.makefile.contains("publish: deps compile\n\t$(KB) build --publish $(KB_FLAGS)"))
    #expect(package.makefile.contains("site: deps compile\n\t$(KB) build $(KB_FLAGS)\n"))
  }
}
