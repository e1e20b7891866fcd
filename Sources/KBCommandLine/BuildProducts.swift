import Foundation

/// Where SwiftPM puts the executables of one configuration next to those of another.
enum BuildProducts {
  /// `name` as built in `configuration` (`debug` or `release`), found from any executable of the
  /// same build folder, e.g. `.build/…/debug/kb-serve` from `.build/…/release/kb`.
  static func executable(_ name: String, configuration: String, besides binary: URL) -> URL {
    binary.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(configuration).appendingPathComponent(name)
  }

  /// The configuration an executable was built in, read from its folder.
  static func configuration(of binary: URL) -> String {
    binary.deletingLastPathComponent().lastPathComponent == "release" ? "release" : "debug"
  }
}
