import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files with plain `open`, `write` and `close`, safely from several threads at once.
///
/// `Data.write(to:)` calls `fsync` for every file, which made writing the disk-bound part of a
/// build. kb writes into a staging folder that is swapped in only after every write succeeded, so
/// a crash during a build still leaves the previous output in place without it.
enum FileWriter {
  /// Writes one file, creating its folders; returns the error instead of throwing so worker
  /// threads can hand it on.
  static func write(_ data: Data, to path: String) -> FileWriteError? {
    // Most pages are the only file in a new folder, so making the folder first saves a failed
    // `open` per page.
    if path.hasSuffix("/index.html"), let slash = path.lastIndex(of: "/"),
      let problem = makeFolder(String(path[..<slash]))
    {
      return problem
    }
    var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if descriptor < 0, errno == ENOENT, let slash = path.lastIndex(of: "/") {
      if let problem = makeFolder(String(path[..<slash])) { return problem }
      descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    }
    guard descriptor >= 0 else { return FileWriteError(path: path, code: errno) }
    var problem: FileWriteError?
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          problem = FileWriteError(path: path, code: errno)
          return
        }
        offset += written
      }
    }
    if close(descriptor) != 0, problem == nil { problem = FileWriteError(path: path, code: errno) }
    return problem
  }

  /// Creates a folder and any missing parents; another thread creating the same one is fine.
  static func makeFolder(_ path: String) -> FileWriteError? {
    if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
    guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
      return FileWriteError(path: path, code: errno)
    }
    if let problem = makeFolder(String(path[..<slash])) { return problem }
    return mkdir(path, 0o755) == 0 || errno == EEXIST
      ? nil : FileWriteError(path: path, code: errno)
  }
}

/// The C library's `write`, which methods named `write` hide inside types.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

/// A failed `open`, `write`, `close` or `mkdir`, with the file and the system's reason.
struct FileWriteError: Error, LocalizedError, Sendable {
  var path: String
  var code: Int32

  var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
}
