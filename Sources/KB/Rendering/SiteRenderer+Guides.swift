import KBModel

extension SiteRenderer {
  /// What a prose link becomes: `guide:` links lead to the guide's address, or lose their link
  /// when the guide has none; every other link goes through `resolveLink`.
  func rewriteProseLink(_ url: String, product: String, links: LinkBuilder) -> CommonMark.LinkRewrite {
    guard case .guide(let slug, let section) = ProseLink(url) else {
      return resolveLink(url, product: product, links: links).map(CommonMark.LinkRewrite.replace) ?? .keep
    }
    let guide = site.products.first { $0.slug == product }?.guide(slug)
    return guide?.url(section: section).map(CommonMark.LinkRewrite.replace) ?? .unlink
  }
}
