import Foundation
import KBModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LinkLock {
  /// The lock file as kb found it: its links, and every reason it cannot be taken as it is.
  package struct Reading {
    /// The lock's text; nil when there is no lock, or it cannot be read.
    package var text: String?
    /// The links, each with its line; for a lock with merge conflicts, those of every side. Nil
    /// when there is no lock, or it cannot be read: kb then writes nothing in its place.
    var links: [(link: String, line: Int)]?
    package var problems: [Diagnostic]
  }

  /// Reads the lock strictly: a lock that is missing, is not a file, cannot be read or is not
  /// UTF-8 text is an error, never taken for an empty lock.
  package static func read(_ url: URL, lockPath: String) -> Reading {
    func failure(_ message: String, line: Int = 0) -> Reading {
      Reading(
        text: nil, links: nil,
        problems: [Diagnostic(.error, SourceLocation(file: lockPath, line: line), message)])
    }
    let bytes: [UInt8]
    switch LockFileAccess.bytes(url.path) {
    case .failure(.missing):
      return failure(
        "there is no lock of published links; a knowledge base that has published keeps it with its content, so kb starts none in its place: restore it (`git checkout -- \(lockPath)`), or, if this knowledge base has never been published, create it with `kb lock --init`"
      )
    case .failure(.unreadable(let reason)):
      return failure("cannot read the lock: \(reason); kb leaves it as it is")
    case .success(let read): bytes = read
    }
    switch Self.text(of: bytes) {
    case .failure(let problem):
      return failure(
        "cannot read the lock: \(problem.reason); kb reads it as UTF-8 text only and leaves it as it is: convert it to UTF-8",
        line: problem.line)
    case .success(let text) where text.allSatisfy(\.isWhitespace):
      // kb writes a lock with its header even when it holds no link: an empty file was emptied.
      return failure(
        "the lock is an empty file, so kb takes it for one that was emptied, not for one without links: restore it (`git checkout -- \(lockPath)`), or, if this knowledge base has never been published, delete it and run `kb lock --init`"
      )
    case .success(let text):
      let scanned = scan(text)
      return Reading(text: text, links: scanned.links, problems: scanned.problems(lockPath: lockPath))
    }
  }

  struct TextProblem: Error {
    var reason: String
    var line: Int
  }

  /// The lock's bytes as UTF-8 text, a leading byte-order mark aside, or what else they are.
  static func text(of bytes: [UInt8]) -> Result<String, TextProblem> {
    let marks: [(bytes: [UInt8], name: String)] = [
      ([0x00, 0x00, 0xFE, 0xFF], "UTF-32"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32"),
      ([0xFE, 0xFF], "UTF-16"), ([0xFF, 0xFE], "UTF-16"),
    ]
    if let mark = marks.first(where: { bytes.starts(with: $0.bytes) }) {
      return .failure(TextProblem(reason: "it is \(mark.name) text, not UTF-8", line: 1))
    }
    var line = 1
    for lineBytes in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if lineBytes.contains(0) {
        return .failure(
          TextProblem(
            reason: "line \(line) holds a NUL byte (UTF-16 or binary data, not UTF-8 text)", line: line))
      }
      if String(validating: lineBytes, as: UTF8.self) == nil {
        return .failure(
          TextProblem(
            reason: "line \(line) is not UTF-8 (another encoding, such as Latin-1 or Windows-1252?)",
            line: line))
      }
      line += 1
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }
}
