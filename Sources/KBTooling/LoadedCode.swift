import Foundation

/// The executable's machine code, as far as the process holds it in memory.
package enum LoadedCode {
  /// Lets go of the memory pages of the executable's code that the process has read so far.
  ///
  /// The content of a knowledge base is Swift code that runs once, to make the site's values:
  /// a large knowledge base makes hundreds of megabytes of machine code, which would stay resident
  /// for the whole build after running once. The pages are mapped from the executable file, so dropping them loses
  /// nothing: a page that runs again is read back from the file system's cache, as at start-up.
  /// Only the executable's code mappings are dropped; its data, the shared libraries and the
  /// values made from the content stay. Where `/proc` cannot be read, nothing happens.
  package static func releaseExecutablePages() {
    guard let executable, let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
    else { return }
    for range in codeRanges(inMaps: maps, executable: executable) {
      guard let address = UnsafeMutableRawPointer(bitPattern: range.lowerBound) else { continue }
      _ = madvise(address, Int(range.upperBound - range.lowerBound), Int32(MADV_DONTNEED))
    }
  }

  /// The address ranges of `executable`'s code in a `/proc/PID/maps` text: mappings that are
  /// readable, executable, private and backed by that file.
  static func codeRanges(inMaps maps: String, executable: String) -> [Range<UInt>] {
    maps.split(separator: "\n").compactMap { line in
      let fields = mappingFields(line)
      guard isCode(fields, of: executable) else { return nil }
      let bounds = fields[0].split(separator: "-")
      guard bounds.count == 2, let start = UInt(bounds[0], radix: 16), let end = UInt(bounds[1], radix: 16),
        end > start
      else { return nil }
      return start..<end
    }
  }

  /// How much of the executable's code is resident, in bytes, from `/proc/self/smaps`; nil where
  /// it cannot be read.
  package static func residentCodeBytes() -> Int? {
    guard let executable, let smaps = try? String(contentsOfFile: "/proc/self/smaps", encoding: .utf8)
    else { return nil }
    var total = 0
    var inCode = false
    for line in smaps.split(separator: "\n") {
      let fields = mappingFields(line)
      if let first = fields.first, first.contains("-"), fields.count >= 5 {
        inCode = isCode(fields, of: executable)
      } else if inCode, fields.count >= 2, fields[0] == "Rss:", let kilobytes = Int(fields[1]) {
        total += kilobytes * 1024
      }
    }
    return total
  }

  /// The path of the running executable, from `/proc`.
  private static var executable: String? {
    try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  }

  /// A line of `/proc/PID/maps` (or a mapping's line of `smaps`) in its fields: address,
  /// permissions, offset, device, inode and path, the path kept whole.
  private static func mappingFields(_ line: Substring) -> [Substring] {
    line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
  }

  /// Whether a mapping is readable, executable, private and backed by `executable`.
  private static func isCode(_ fields: [Substring], of executable: String) -> Bool {
    fields.count == 6 && fields[1] == "r-xp" && fields[5].trimmingCharacters(in: .whitespaces) == executable
  }
}
