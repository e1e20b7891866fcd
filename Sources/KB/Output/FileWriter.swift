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
  ///
  /// A file that already holds exactly these bytes is left alone, and one with other bytes is
  /// rewritten in place: when kb reuses the previous build's folder as its staging folder, a
  /// rebuild then creates no inode for a page that did not change, which is where a rebuild
  /// spent most of its time. A file with other hard links is replaced, never changed, so a copy
  /// made with `cp -l` keeps what it held.
  static func write(_ data: Data, to path: String) -> FileWriteError? {
    data.withUnsafeBytes { write(bytes: $0, to: path) }
  }

  /// A page's text written from its own UTF-8 storage, without copying it into a `Data` first.
  static func write(_ text: String, to path: String) -> FileWriteError? {
    var text = text
    return text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0), to: path) }
  }

  static func write(bytes data: UnsafeRawBufferPointer, to path: String) -> FileWriteError? {
    // Most pages are the only file in a new folder, so making the folder first saves a failed
    // `open` per page.
    if path.hasSuffix("/index.html"), let slash = path.lastIndex(of: "/"),
      let problem = makeFolder(String(path[..<slash]))
    {
      return problem
    }
    let flags = O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW
    var descriptor = open(path, flags, 0o644)
    if descriptor < 0, errno == ENOENT, let slash = path.lastIndex(of: "/") {
      if let problem = makeFolder(String(path[..<slash])) { return problem }
      descriptor = open(path, flags, 0o644)
    }
    guard descriptor >= 0 else { return FileWriteError(path: path, code: errno) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return closing(descriptor, path, FileWriteError(path: path, code: errno))
    }
    if status.st_nlink > 1 {
      close(descriptor)
      guard unlink(path) == 0 else { return FileWriteError(path: path, code: errno) }
      descriptor = open(path, flags | O_EXCL, 0o644)
      guard descriptor >= 0 else { return FileWriteError(path: path, code: errno) }
      status.st_size = 0
    }
    if Int(status.st_size) == data.count, !data.isEmpty, holds(descriptor, data) {
      return closing(descriptor, path, nil)
    }
    if let problem = writeAll(data, to: descriptor, path: path) { return closing(descriptor, path, problem) }
    if Int(status.st_size) > data.count, ftruncate(descriptor, off_t(data.count)) != 0 {
      return closing(descriptor, path, FileWriteError(path: path, code: errno))
    }
    return closing(descriptor, path, nil)
  }

  /// Whether an open file, read from its start, holds exactly `data` (whose size it has).
  private static func holds(_ descriptor: Int32, _ data: UnsafeRawBufferPointer) -> Bool {
    var existing = [UInt8](repeating: 0, count: data.count)
    let read = existing.withUnsafeMutableBytes { buffer in
      pread(descriptor, buffer.baseAddress, buffer.count, 0)
    }
    guard read == data.count else { return false }
    return existing.withUnsafeBytes { old in
      guard let oldBytes = old.baseAddress, let newBytes = data.baseAddress else { return false }
      return memcmp(oldBytes, newBytes, data.count) == 0
    }
  }

  /// Writes every byte from the descriptor's current offset.
  private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, path: String)
    -> FileWriteError?
  {
    guard let base = buffer.baseAddress else { return nil }
    var offset = 0
    while offset < buffer.count {
      let written = systemWrite(descriptor, base + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return FileWriteError(path: path, code: errno)
      }
      offset += written
    }
    return nil
  }

  /// Closes a descriptor and returns the first problem: the one given, or the close's own.
  private static func closing(_ descriptor: Int32, _ path: String, _ problem: FileWriteError?)
    -> FileWriteError?
  {
    if close(descriptor) != 0, problem == nil { return FileWriteError(path: path, code: errno) }
    return problem
  }

  /// A file written piece by piece, for outputs too large to hold whole. It always replaces what
  /// was there, which never changes a file that other hard links share.
  final class Stream {
    let path: String
    private var descriptor: Int32 = -1
    private(set) var count = 0
    private(set) var problem: FileWriteError?

    init(path: String) {
      self.path = path
      if unlink(path) != 0, errno != ENOENT {
        problem = FileWriteError(path: path, code: errno)
        return
      }
      let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW
      descriptor = open(path, flags, 0o644)
      if descriptor < 0, errno == ENOENT, let slash = path.lastIndex(of: "/") {
        if let failure = FileWriter.makeFolder(String(path[..<slash])) {
          problem = failure
          return
        }
        descriptor = open(path, flags, 0o644)
      }
      if descriptor < 0 { problem = FileWriteError(path: path, code: errno) }
    }

    func write(_ text: String) {
      guard problem == nil, descriptor >= 0 else { return }
      var text = text
      text.withUTF8 { bytes in
        problem = FileWriter.writeAll(UnsafeRawBufferPointer(bytes), to: descriptor, path: path)
        count += bytes.count
      }
    }

    /// Closes the file; the first problem of the whole stream, if any.
    func close() -> FileWriteError? {
      guard descriptor >= 0 else { return problem }
      let failure = FileWriter.closing(descriptor, path, problem)
      descriptor = -1
      return failure
    }
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
