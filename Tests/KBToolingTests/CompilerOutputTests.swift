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

  /// The sources the label errors were captured from, by the path the compiler printed.
  static func capturedSource(_ path: String) -> String? {
    let name = URL(fileURLWithPath: path).lastPathComponent
    return try? captured(name + ".txt")
  }

  @Test("a misspelled label of a kb initializer gets a plain line at the label's own line")
  func misspelledLabels() throws {
    let errors = CompilerOutput.errors(
      try Self.captured("argument-labels.txt"), packageRoot: Self.root, readSource: Self.capturedSource)
    let plain = errors.filter { !$0.contains("incorrect argument label") }
    #expect(
      plain == [
        "content/Errors.swift:7: error: Entry(…) has no label 'titel:'; did you mean 'title:'?",
        "content/Errors.swift:16: error: Entry(…) has no label 'cause:'; did you mean 'causes:'?",
        "content/Errors.swift:25:17: error: extra argument 'severity' in call",
        "content/Errors.swift:31: error: Product(…) has no label 'sumary:'; did you mean 'summary:'?",
        "content/Errors.swift:35: error: Topic(…) has no label 'tilte:'; did you mean 'title:'?",
        "content/More.swift:11: error: Entry(…) has no label 'actor:'; did you mean 'actors:'?",
        "content/More.swift:19: error: Entry(…) has no label 'retyr:'; did you mean 'retry:'?",
        "content/More.swift:23:46: error: missing argument for parameter 'title' in call",
        "content/More.swift:32:6: error: instance member 'code' cannot be used on type 'Identity'",
        "content/More.swift:32:6: error: cannot call value of non-function type 'String?'",
        "content/More.swift:41: error: Support(…) has no label 'ticketUrl:'; did you mean 'ticketURL:'?",
      ])
    // Each plain line comes right after the compiler's own error for the call.
    #expect(errors.count == plain.count + 7)
    #expect(errors.first?.hasPrefix("content/Errors.swift:5:10: error: incorrect argument label") == true)
    #expect(errors.dropFirst().first == plain.first)
  }

  @Test("without the source, the plain line stands at the call's line and names no initializer")
  func misspelledLabelWithoutSource() throws {
    let errors = CompilerOutput.errors(
      try Self.captured("argument-labels.txt"), packageRoot: Self.root, readSource: { _ in nil })
    #expect(
      errors.contains(
        "content/Errors.swift:5: error: this call has no label 'titel:'; did you mean 'title:'?"))
  }
}
