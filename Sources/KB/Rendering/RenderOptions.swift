import Foundation
import KBModel

/// Options that change the output but not the content.
public struct RenderOptions: Sendable {
  /// Where the site is published, e.g. `/` or `https://help.example.com/kb/`; always ends in `/`.
  public var baseURL: String
  /// Links name `index.html` explicitly so the copy works opened from disk.
  public var offline: Bool
  /// Where an entry's source file can be read online, e.g.
  /// `https://github.com/acme/help/blob/main/`; entry pages then link to `<editURL><file>#L<line>`.
  public var editURL: String?
  /// Where readers report a problem with a page; `{url}` and `{title}` in it are replaced by
  /// the page's address and title, percent-encoded.
  public var feedbackURL: String?
  /// Above this many entries the search index is split into parts that search pages load as a
  /// query needs them; 1,000 unless given.
  public var searchShardsAbove: Int

  public init(
    baseURL: String = "/", offline: Bool = false, editURL: String? = nil, feedbackURL: String? = nil,
    searchShardsAbove: Int? = nil
  ) {
    self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    self.offline = offline
    self.editURL = editURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    self.feedbackURL = feedbackURL
    self.searchShardsAbove = searchShardsAbove ?? SearchIndex.defaultShardAbove
  }

  /// The site's absolute address (`https://help.example.com/kb/`) when the base URL is one;
  /// sitemaps, Open Graph and OpenSearch need absolute addresses.
  public var siteURL: String? {
    let lower = baseURL.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? baseURL : nil
  }

  /// Why an address of these options could do something other than open a web page
  /// (`javascript:`, `data:`), as `option 'value' problem` lines; empty when none could.
  /// `kb` refuses such options before building; a program that builds with `SiteBuilder`
  /// should do the same.
  public var addressProblems: [String] {
    let addresses: [(String, String?, WebAddress.Form)] = [
      ("base URL", baseURL, .absoluteOrPath), ("edit URL", editURL, .absolute),
      ("feedback URL", feedbackURL, .absolute),
    ]
    return addresses.compactMap { name, value, form in
      guard let value, let problem = WebAddress.problem(value, form) else { return nil }
      return "\(name) '\(VisibleText.escaped(value))' \(problem)"
    }
  }

  /// The address of a page where the site is published: absolute with a site URL, else from the root.
  public func url(_ path: String) -> String { baseURL + path }
}
