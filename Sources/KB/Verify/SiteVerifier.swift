import Foundation

/// Checks a built site as a reader's browser would meet it, without Python or a browser: every
/// page parses (its elements open and close in order), every internal link and `#fragment` leads
/// to a file and an `id` that exist, and every JSON file, the search index among them, loads.
package struct SiteVerifier {
  /// One problem, at the site-relative path of the file that has it.
  package struct Problem: Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var message: String

    package var description: String { "\(file): error: \(message)" }
  }

  /// What a page holds that links depend on: the ids it defines and the links it makes.
  struct Page {
    var ids: Set<String> = []
    var links: [String] = []
  }

  let folder: URL

  package init(folder: URL) { self.folder = folder }

  /// Every problem of the site; empty when it is sound.
  package func problems() throws -> [Problem] {
    let files = try Self.files(in: folder)
    guard files.contains("index.html") else {
      return [Problem(file: "index.html", message: "the site has no home page; is this a built site?")]
    }
    var problems: [Problem] = []
    var pages: [String: Page] = [:]
    for path in files.sorted() {
      let url = folder.appendingPathComponent(path)
      if path.hasSuffix(".html") {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var parser = HTMLScanner(text)
        let page = parser.scan()
        pages[path] = page
        problems += parser.problems.map { Problem(file: path, message: $0) }
      } else if path.hasSuffix(".json") {
        if (try? JSONSerialization.jsonObject(with: Data(contentsOf: url))) == nil {
          problems.append(Problem(file: path, message: "is not valid JSON"))
        }
      }
    }
    let known = Set(files)
    for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
      for link in page.links {
        if let problem = Self.check(link, from: path, files: known, pages: pages) {
          problems.append(Problem(file: path, message: problem))
        }
      }
    }
    return problems
  }

  /// Why `link`, found in the page at `path`, leads nowhere; nil when it leads somewhere.
  static func check(_ link: String, from path: String, files: Set<String>, pages: [String: Page]) -> String? {
    let trimmed = link.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { return "a link has no address" }
    if isOutside(trimmed) { return nil }
    let withoutQuery = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let address = String(withoutQuery[0].split(separator: "?", maxSplits: 1).first ?? "")
    let fragment = withoutQuery.count > 1 ? String(withoutQuery[1]) : nil
    let target: String
    if address.isEmpty {
      target = path
    } else {
      guard let resolved = resolve(address, from: path, files: files) else {
        return "link '\(link)' leads to no file of the site"
      }
      target = resolved
    }
    if let fragment, !fragment.isEmpty, let page = pages[target] {
      let id = fragment.removingPercentEncoding ?? fragment
      if !page.ids.contains(id) {
        return "link '\(link)' names '#\(fragment)', which \(target) has no id for"
      }
    }
    return nil
  }

  /// Addresses that leave the site or are not addresses of files.
  static func isOutside(_ link: String) -> Bool {
    if link.hasPrefix("//") { return true }
    guard let colon = link.firstIndex(of: ":") else { return false }
    let scheme = link[..<colon]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
      && !scheme.contains("/")
  }

  /// The site file a relative or root-relative address names, as a browser reads a static site.
  static func resolve(_ address: String, from path: String, files: Set<String>) -> String? {
    var parts: [Substring] = address.hasPrefix("/") ? [] : path.split(separator: "/").dropLast()
    for part in address.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        if parts.isEmpty { return nil }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    let joined = parts.map { $0.removingPercentEncoding ?? String($0) }.joined(separator: "/")
    let candidates =
      address.hasSuffix("/") || joined.isEmpty
      ? [joined.isEmpty ? "index.html" : joined + "/index.html"]
      : [joined, joined + "/index.html"]
    return candidates.first(where: files.contains)
  }

  /// Every file under `folder`, by its path relative to it.
  static func files(in folder: URL) throws -> [String] {
    let base = folder.standardizedFileURL.path + "/"
    guard FileManager.default.fileExists(atPath: folder.path),
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path]) }
    var paths: [String] = []
    for case let url as URL in enumerator
    where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
      paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
    }
    return paths
  }
}
