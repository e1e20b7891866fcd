#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether a process id belongs to a running process, to tell what a dead build left behind.
enum RunningProcess {
  /// True when a process has the id, even one this user may not signal; false only when none has.
  static func exists(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno != ESRCH
  }

  /// The process id a leftover file name ends with (`.public.staging-4711`), or nil.
  static func pid(after prefix: String, in name: String) -> Int32? {
    guard name.hasPrefix(prefix) else { return nil }
    let digits = name.dropFirst(prefix.count)
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
    return Int32(digits)
  }
}
