import Testing

@testable import KBTooling

@Suite("kb serve warns when the preview is reachable from the network")
struct ServeHostTests {
  @Test(
    "loopback addresses keep the preview on this machine, without a warning",
    arguments: [
      "127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "app.localhost", "::1", "[::1]",
      "0:0:0:0:0:0:0:1", "::0:1", "::ffff:127.0.0.1",
    ])
  func loopback(_ host: String) {
    #expect(ServeHost.isLoopback(host))
    #expect(ServeHost.exposureWarning(host: host, port: 8000) == nil)
  }

  @Test(
    "any other address gets a warning naming it and the safe default",
    arguments: [
      "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0", "192.168.1.20", "10.0.0.5", "172.16.0.1", "fe80::1",
      "2001:db8::1", "::ffff:192.168.1.2", "example.com", "my-laptop.local", "128.0.0.1",
      "127.0.0.1.evil.com",
      "",
    ])
  func exposed(_ host: String) throws {
    #expect(!ServeHost.isLoopback(host))
    let warning = try #require(ServeHost.exposureWarning(host: host, port: 8123))
    #expect(warning.hasPrefix("kb serve: warning: --host \(host) "))
    #expect(warning.contains("8123"))
    #expect(warning.contains("--host 127.0.0.1"))
  }

  @Test("listening on every address says so")
  func everywhere() {
    #expect(ServeHost.exposureWarning(host: "0.0.0.0", port: 1)?.contains("every network") == true)
    #expect(ServeHost.exposureWarning(host: "::", port: 1)?.contains("every network") == true)
  }
}
