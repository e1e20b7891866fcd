import Foundation
import KBModel
import Testing

@Suite("Diagnostics name files relative to the package root")
struct SourceLocationTests {
  @Test(
    "a file under any content folder is shown from the nearest Package.swift",
    arguments: ["content", "kb-content", "docs/errors"])
  func relativeToPackage(folder: String) throws {
    let root = SiteTestSupport.scratch.appendingPathComponent("kb-root-\(UUID().uuidString)")
    let file = root.appendingPathComponent("\(folder)/Product/Errors.swift")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "// swift-tools-version:6.0\n".write(
      to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    #expect(SourceLocation(filePath: file.path, line: 7).description == "\(folder)/Product/Errors.swift:7")
  }

  @Test("a file in no package keeps its full path")
  func outsidePackage() {
    let path = "/nonexistent-\(UUID().uuidString)/content/Errors.swift"
    #expect(SourceLocation(filePath: path, line: 3).description == "\(path):3")
  }
}
