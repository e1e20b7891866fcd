import Foundation

/// Turns site paths into links that work from a given page: relative, so the site works at the
/// root, under a sub-path and opened from disk.
struct LinkBuilder: Sendable {
  /// The directory depth of the page being rendered (`lab-api/5/` is 2).
  let depth: Int
  /// Append `index.html` to directory links, for copies opened straight from disk.
  let explicitIndex: Bool

  /// `pagePath` is a page's directory path such as `lab-api/5/`; every page is a directory.
  /// Links start here instead of being relative: for pages served at any address, like 404.html.
  let absoluteBase: String?

  /// What every link starts with: the base, or `../` once per level.
  private let prefix: String

  init(pagePath: String, explicitIndex: Bool = false, absoluteBase: String? = nil) {
    self.depth = pagePath.split(separator: "/").count
    self.explicitIndex = explicitIndex
    self.absoluteBase = absoluteBase
    self.prefix = absoluteBase ?? String(repeating: "../", count: depth)
  }

  /// The prefix that leads from the page back to the site root, e.g. `../../`.
  var root: String {
    prefix.isEmpty ? "./" : prefix
  }

  func link(_ target: String) -> String {
    var path = target
    var fragment = ""
    // Found among the bytes: `firstIndex(of:)` on the characters was a visible part of a build.
    if let hash = target.utf8.firstIndex(of: UInt8(ascii: "#")) {
      path = String(target[..<hash])
      fragment = String(target[hash...])
    }
    if explicitIndex, path.isEmpty || path.hasSuffix("/") { path += "index.html" }
    let joined = prefix + path
    return (joined.isEmpty ? "./" : joined) + fragment
  }
}
