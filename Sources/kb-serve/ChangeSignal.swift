import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Wakes the watcher as soon as something under the watched folders is written, instead of on
/// the next poll. The watcher still compares files to find what changed; this only says when to
/// look. Without inotify (another system, or no watches left) every wait lasts the fallback
/// interval, which is polling as before.
final class ChangeSignal: @unchecked Sendable {
  private let folders: [URL]
  private let fallback: Int32
  #if canImport(Glibc)
    private let descriptor: Int32
  #endif

  /// - Parameter fallbackMilliseconds: how long a wait lasts when nothing wakes it.
  init(folders: [URL], fallbackMilliseconds: Int32 = 100) {
    self.folders = folders
    self.fallback = fallbackMilliseconds
    #if canImport(Glibc)
      descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
    #endif
    watchFolders()
  }

  deinit {
    #if canImport(Glibc)
      if descriptor >= 0 { close(descriptor) }
    #endif
  }

  /// Blocks until a file under the folders is written, created, moved or deleted, or until
  /// `timeoutMilliseconds` pass (the fallback interval when nil); true when woken by a change.
  func wait(timeoutMilliseconds: Int32? = nil) -> Bool {
    let timeout = timeoutMilliseconds ?? fallback
    #if canImport(Glibc)
      guard descriptor >= 0 else {
        usleep(UInt32(timeout) * 1000)
        return false
      }
      var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, timeout) > 0 else { return false }
      drain()
      // A folder made since is watched too.
      watchFolders()
      return true
    #else
      usleep(UInt32(timeout) * 1000)
      return false
    #endif
  }

  #if canImport(Glibc)
    private static let events = UInt32(
      IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)

    private func drain() {
      var buffer = [UInt8](repeating: 0, count: 16_384)
      while read(descriptor, &buffer, buffer.count) > 0 {}
    }
  #endif

  /// Adds a watch on every folder under the watched ones; adding one twice changes nothing.
  private func watchFolders() {
    #if canImport(Glibc)
      guard descriptor >= 0 else { return }
      for folder in folders {
        _ = inotify_add_watch(descriptor, folder.path, Self.events)
        guard
          let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isDirectoryKey])
        else { continue }
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
          _ = inotify_add_watch(descriptor, url.path, Self.events)
        }
      }
    #endif
  }
}
