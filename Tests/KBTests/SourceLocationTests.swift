import Foundation
import KBModel
import Testing

@testable import KB

@Suite("Diagnostics name files relative to the package root")
struct SourceLocationTests {
  @Test(
    "a file under any content folder, and any file of the package a message names, is shown from the nearest Package.swift",
    arguments: ["content", "kb-content", "docs/errors"])
  func relativeToPackage(folder: String) throws {
    let root = SiteTestSupport.scratch.appendingPathComponent("kb-root-\(UUID().uuidString)")
    let file = root.appendingPathComponent("\(folder)/Product/Errors.swift")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "// swift-tools-version:6.0\n".write(
      to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    let other = root.appendingPathComponent("\(folder)/Product/Other.swift")
    let diagnostic = Diagnostic(
      .error, SourceLocation(filePath: file.path, line: 7),
      "already used at \(SourceLocation(filePath: other.path, line: 3))")
    #expect(
      diagnostic.description
        == "\(folder)/Product/Errors.swift:7: error: already used at \(folder)/Product/Other.swift:3")
  }

  @Test("a file in no package keeps its full path")
  func outsidePackage() {
    let path = "/nonexistent-\(UUID().uuidString)/content/Errors.swift"
    #expect(
      Diagnostic(.warning, SourceLocation(filePath: path, line: 3), "m").description
        == "\(path):3: warning: m")
  }
}
