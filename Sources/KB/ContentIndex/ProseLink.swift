import KBModel

/// The link forms prose may use instead of site URLs.
enum ProseLink: Equatable, Sendable {
  /// `entry:product/slug` or `entry:slug`.
  case entry(EntryRef)
  /// `diagram:slug` or `diagram:slug#step`.
  case diagram(slug: String, step: String?)
  /// `guide:slug` or `guide:slug#section`: an outside guide declared in the product.
  case guide(slug: String, section: String?)

  static let entryScheme = "entry:"
  static let diagramScheme = "diagram:"
  static let guideScheme = "guide:"

  init?(_ url: String) {
    if url.hasPrefix(Self.entryScheme) {
      self = .entry(EntryRef(String(url.dropFirst(Self.entryScheme.count))))
    } else if url.hasPrefix(Self.diagramScheme) {
      let rest = url.dropFirst(Self.diagramScheme.count)
      let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      self = .diagram(slug: String(parts[0]), step: parts.count > 1 ? String(parts[1]) : nil)
    } else if url.hasPrefix(Self.guideScheme) {
      let rest = url.dropFirst(Self.guideScheme.count)
      let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      self = .guide(slug: String(parts[0]), section: parts.count > 1 ? String(parts[1]) : nil)
    } else {
      return nil
    }
  }
}
