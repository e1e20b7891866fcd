import Foundation

/// Maps request paths to files under the served folder, refusing anything outside it.
public struct StaticFiles: Sendable {
  public let root: URL
  private let rootPath: String

  public init(root: URL) {
    self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    self.rootPath = self.root.path.hasSuffix("/") ? self.root.path : self.root.path + "/"
  }

  public enum Resolution: Equatable, Sendable {
    case file(URL)
    /// A folder asked for without its trailing slash: send the client there.
    case redirect(String)
    case notFound
  }

  /// Resolves a raw (percent-encoded) request path; `..`, encoded traversal, absolute paths
  /// smuggled in segments, and symlinks that lead out all end as `notFound`.
  public func resolve(_ rawPath: String) -> Resolution {
    let pathOnly =
      rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
      ?? ""
    guard let decoded = pathOnly.removingPercentEncoding, decoded.hasPrefix("/"),
      !decoded.contains("\0"), !decoded.contains("\\")
    else { return .notFound }
    let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
    if segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix("~") }) { return .notFound }
    if decoded.contains("//") { return .notFound }
    var candidate = root
    for segment in segments { candidate.appendPathComponent(String(segment)) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else {
      return .notFound
    }
    if isDirectory.boolValue {
      guard decoded.hasSuffix("/") else { return .redirect(pathOnly + "/") }
      candidate.appendPathComponent("index.html")
    }
    let real = candidate.resolvingSymlinksInPath()
    guard real.path.hasPrefix(rootPath), FileManager.default.isReadableFile(atPath: real.path) else {
      return .notFound
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isFolder), !isFolder.boolValue
    else {
      return .notFound
    }
    return .file(real)
  }

  /// The Content-Type of a file, from its extension.
  public static func contentType(of path: String) -> String {
    let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
    switch ext {
    case "html": return "text/html; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "js": return "text/javascript; charset=utf-8"
    case "json": return "application/json"
    case "svg": return "image/svg+xml"
    case "png": return "image/png"
    case "ico": return "image/x-icon"
    case "xml": return "application/xml"
    case "mmd", "txt", "lock": return "text/plain; charset=utf-8"
    case "woff2": return "font/woff2"
    default: return "application/octet-stream"
    }
  }

  /// Adds the live-reload script to an HTML page; only `kb serve` does this, never the build.
  public static func injectReload(into html: String, script: String) -> String {
    let tag = "<script src=\"\(script)\" defer></script>"
    guard let head = html.range(of: "</head>") else { return html + tag }
    return html.replacingCharacters(in: head, with: tag + "</head>")
  }
}
