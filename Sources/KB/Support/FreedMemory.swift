import Foundation

/// Memory the build has freed but the allocator still holds.
enum FreedMemory {
  /// Hands the allocator's free pages back to the system, in every thread's arena.
  ///
  /// glibc keeps what the check's and the big pages' threads freed for reuse, where it adds to
  /// the process's resident memory until the end of the build; called between the stages that
  /// free the most, it keeps a large build's peak at what it holds rather than what it once held.
  static func giveBack() {
    _ = trim?(0)
  }

  /// glibc's `malloc_trim`, which the Glibc module does not import; nil with another C library.
  private static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
    unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
  }
}
