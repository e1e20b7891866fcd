import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A build's hold on its staging folder: an exclusive `flock` on a file beside the folder
/// (`.public.staging-<pid>.lock`), taken before the folder is made and let go after it is gone.
///
/// The kernel lets go of the lock when the process dies, however it dies, so a later build that
/// can take it knows the folder belongs to no running build, even one in another container whose
/// process ids this one cannot see.
final class StagingClaim {
  let path: String
  private let descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  /// Takes the claim, waiting while another process holds it.
  static func take(_ path: String) throws -> StagingClaim {
    while true {
      let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      if flock(descriptor, LOCK_EX) != 0 {
        let code = errno
        close(descriptor)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
      if isStill(descriptor, at: path) { return StagingClaim(path: path, descriptor: descriptor) }
      // The holder removed the file while this one waited for it: take the one there now.
      close(descriptor)
    }
  }

  /// The claim of a build that is gone, or nil while a process holds it or when there is none.
  static func takeAbandoned(_ path: String) -> StagingClaim? {
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, isStill(descriptor, at: path) else {
      close(descriptor)
      return nil
    }
    return StagingClaim(path: path, descriptor: descriptor)
  }

  /// Removes the file while still holding it, so no one takes a lock on a file about to vanish.
  func release() {
    unlink(path)
    close(descriptor)
  }

  /// Whether the path still names the file that is open.
  private static func isStill(_ descriptor: Int32, at path: String) -> Bool {
    var open = stat()
    var named = stat()
    return fstat(descriptor, &open) == 0 && stat(path, &named) == 0 && open.st_dev == named.st_dev
      && open.st_ino == named.st_ino
  }
}
