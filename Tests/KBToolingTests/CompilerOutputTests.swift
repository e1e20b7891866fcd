import Foundation
import Testing

@testable import KBTooling

/// Real `swift build --product kb` output, captured in a scratch copy of the package at
/// /tmp/kb-scratch with content broken on purpose.
@Suite("Compiler errors as writers read them")
struct CompilerOutputTests {
  static let root = "/tmp/kb-scratch"

  static func captured(_ name: String) throws -> String {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "CompilerOutput")
    return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("an unterminated string is one error, without the invented missing argument or its note")
  func unterminatedString() throws {
    #expect(
      CompilerOutput.errors(try Self.captured("unterminated-string.txt"), packageRoot: Self.root) == [
        "content/ClassLTI/ClassRecordsAndZoom.swift:20:16: error: unterminated string literal"
      ])
  }

  @Test("a syntax error in one file keeps the type error of another")
  func twoFiles() throws {
    #expect(
      CompilerOutput.errors(try Self.captured("syntax-and-type-errors.txt"), packageRoot: Self.root + "/")
        == [
          "content/ClassLTI/ClassRecordsAndZoom.swift:20:16: error: unterminated string literal",
          "content/SCORM/ScormLaunch.swift:16:16: error: cannot convert value of type 'Int' to expected argument type 'String'",
        ])
  }

  @Test("a field really left out is reported, without the note into kb's own sources")
  func missingTitle() throws {
    #expect(
      CompilerOutput.errors(try Self.captured("missing-title.txt"), packageRoot: Self.root) == [
        "content/SCORM/ScormLaunch.swift:16:48: error: missing argument for parameter 'title' in call"
      ])
  }

  @Test("output without any diagnostic is shown as it is, so nothing is hidden")
  func noDiagnostics() {
    let output = "error: Dependencies could not be resolved\n/tmp/kb-scratch/Package.swift is broken\n"
    #expect(
      CompilerOutput.errors(output, packageRoot: Self.root) == [
        "error: Dependencies could not be resolved", "Package.swift is broken",
      ])
  }
}
