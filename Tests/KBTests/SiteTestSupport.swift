import Foundation
import KBModel
import Testing

@testable import KB

/// Paths and helpers shared by the build tests.
enum SiteTestSupport {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let templates = packageRoot.appendingPathComponent("templates")
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  /// One folder per test process for every test's files, removed when the process exits, so
  /// test runs leave nothing in the temporary folder.
  static let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kb-tests-\(getpid())-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: SiteTestSupport.scratch) }
    return url
  }()

  static func temporaryDirectory() throws -> URL {
    let url = scratch.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func text(_ tree: OutputTree, _ path: String) -> String {
    tree.files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// Compares with a golden file beside the tests; `KB_RECORD=1 swift test` re-records it.
  static func assertGolden(
    _ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let file = golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["KB_RECORD"] == "1" {
      try actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
      actual == expected, "\(name) differs from its golden file; re-record with KB_RECORD=1",
      sourceLocation: sourceLocation)
  }

  /// Every file under a folder with its bytes, to prove a failed build touched nothing.
  static func snapshot(_ directory: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = directory.standardizedFileURL.path + "/"
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
    else { return files }
    for case let url as URL in enumerator {
      if let data = FileManager.default.contents(atPath: url.path) {
        files[String(url.standardizedFileURL.path.dropFirst(base.count))] = data
      }
    }
    return files
  }
}
