import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and replacing the lock file with the file system's own answers, so every refusal
/// says why, and nothing is ever replaced that kb was not clearly allowed to replace.
package enum LockFileAccess {
  enum ReadFailure: Error {
    case missing
    case unreadable(String)
  }

  /// The file's bytes; a folder, a device or a pipe is unreadable, not missing.
  static func bytes(_ path: String) -> Result<[UInt8], ReadFailure> {
    var status = stat()
    guard stat(path, &status) == 0 else {
      let code = errno
      var link = stat()
      if code == ENOENT, lstat(path, &link) == 0 {
        return .failure(.unreadable("it is a symbolic link to a file that does not exist"))
      }
      return .failure(code == ENOENT ? .missing : .unreadable(reason(code)))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .failure(.unreadable("it is a folder, not a file"))
    default: return .failure(.unreadable("it is not a regular file"))
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.unreadable(reason(errno))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(reason(errno)))
      }
      if count == 0 { return .success(bytes) }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  /// Why the lock at `path` must not be replaced, or nil when it may be. A lock whose mode has no
  /// write bit is read-only even for root, who could write it anyway: someone made it so on
  /// purpose. Replacing takes a new file in its folder too.
  package static func refusal(_ path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return reason(errno) }
    if status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 {
      return "it is read-only (mode \(String(status.st_mode & 0o7777, radix: 8)))"
    }
    if access(path, W_OK) != 0 { return "you may not write it (\(reason(errno)))" }
    let folder = (path as NSString).deletingLastPathComponent
    if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
      return "its folder takes no new file, which replacing it needs (\(reason(errno)))"
    }
    return nil
  }

  /// Where a new lock is written beside the lock at `path` before it is renamed over it.
  static func stagedPath(beside path: String, pid: Int32 = getpid()) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).new-\(pid)").path
  }

  /// Writes `text` beside the lock at `path`, with the lock's permissions, and returns where; the
  /// lock itself is not touched. Removes what a kb that died before renaming left there.
  static func stage(_ text: String, beside path: String) throws -> String {
    let staged = stagedPath(beside: path)
    removeAbandoned(beside: path)
    unlink(staged)
    var status = stat()
    let mode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    let descriptor = open(staged, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw LockWriteFailure(reason(errno)) }
    var failure: Int32?
    Array(text.utf8).withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == nil, fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if let failure {
      unlink(staged)
      throw LockWriteFailure(reason(failure))
    }
    return staged
  }

  /// Puts a staged lock in place in one step.
  static func commit(_ staged: String, over path: String) throws {
    guard rename(staged, path) == 0 else {
      let code = errno
      unlink(staged)
      throw LockWriteFailure(reason(code))
    }
  }

  /// Replaces the lock at `path` (through a symbolic link, the file it leads to) with `text`,
  /// after `refusal` allows it.
  package static func replace(_ path: String, with text: String) throws {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    if let refusal = refusal(target) { throw LockWriteFailure(refusal) }
    try commit(try stage(text, beside: target), over: target)
  }

  /// Writes a new lock where there is none, never over a file.
  package static func create(_ path: String, with text: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw LockWriteFailure(reason(errno)) }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
      let code = errno
      unlink(path)
      throw LockWriteFailure(reason(code))
    }
  }

  /// Removes staged locks beside `path` whose kb is no longer running.
  private static func removeAbandoned(beside path: String) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let prefix = ".\(url.lastPathComponent).new-"
    for item in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      if let pid = RunningProcess.pid(after: prefix, in: item), pid != getpid(), !RunningProcess.exists(pid) {
        unlink(folder + "/" + item)
      }
    }
  }

  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

/// Why a lock could not be written; the lock is unchanged.
package struct LockWriteFailure: Error, CustomStringConvertible {
  package let description: String

  init(_ reason: String) {
    description = reason
  }
}
