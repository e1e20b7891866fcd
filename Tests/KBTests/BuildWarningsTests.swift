import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// `kb build` prints the warnings `kb check` prints: the builder hands them back.
@Suite("Warnings of a build")
struct BuildWarningsTests {
  @Test("a build that succeeds hands back the check's warnings")
  func warningsReachTheSummary() throws {
    var entry = Fixtures.entry()
    entry.symptoms.append(.status(299))
    let site = Fixtures.site(entries: [entry])
    let output = try SiteTestSupport.temporaryDirectory().appendingPathComponent("public")
    let summary = try SiteBuilder(site: site, templates: nil, output: output).build()
    let warning = "HTTP status 299 has no reason phrase in kb; it is shown as a bare number"
    #expect(summary.warnings.map(\.message).contains(warning))
    #expect(summary.warnings.allSatisfy { $0.severity == .warning })
    #expect(summary.warnings.map(\.description) == Validator.check(site).map(\.description))
  }
}
