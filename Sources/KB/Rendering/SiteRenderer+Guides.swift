import KBModel

extension SiteRenderer {
  /// What a prose link becomes: `guide:` links lead to the guide's page and its heading when
  /// the knowledge base publishes it, to its outside address when it has one, and lose their
  /// link otherwise; every other link goes through `resolveLink`.
  func rewriteProseLink(_ url: String, product: String, links: LinkBuilder) -> CommonMark.LinkRewrite {
    guard case .guide(let slug, let section) = ProseLink(url) else {
      return resolveLink(url, product: product, links: links).map(CommonMark.LinkRewrite.replace) ?? .keep
    }
    guard let guide = site.products.first(where: { $0.slug == product })?.guide(slug) else { return .unlink }
    if guide.isPage {
      let anchor = section.flatMap { guide.linkableSection($0)?.anchor }
      let page = SitePaths.guide(slug, in: product)
      return .replace(links.link(anchor.map { SitePaths.guideSection($0, guide: slug, in: product) } ?? page))
    }
    return guide.url(section: section).map(CommonMark.LinkRewrite.replace) ?? .unlink
  }

  /// The guides of a product that are pages of the knowledge base.
  static func guidePages(of product: Product) -> [Guide] { product.guides.filter(\.isPage) }

  /// Links to a product's guide pages, as its overview and the home page list them.
  func guideLinks(_ product: Product, links: LinkBuilder) -> [PageLink] {
    Self.guidePages(of: product).map { guide in
      PageLink(
        title: guide.title, link: links.link(SitePaths.guide(guide.slug, in: product.slug)), slug: guide.slug)
    }
  }

  /// Renders a guide page: its text, each heading with its anchor, after a list of its sections.
  func addGuidePage(_ guide: Guide, product: Product, to tree: inout OutputTree) throws {
    guard let body = guide.body else { return }
    let path = SitePaths.guide(guide.slug, in: product.slug)
    let links = links(path)
    let sections = guide.linkableSections
    let html = CommonMark.html(
      body, links: { url in rewriteProseLink(url, product: product.slug, links: links) },
      headingIDs: sections.map(\.anchor))
    let model = GuidePage(
      guide: GuidePage.Info(title: guide.title, body: html),
      product: PageLink(title: product.title, link: links.link(SitePaths.product(product.slug))),
      sections: sections.map { PageLink(title: $0.title, link: "#" + $0.anchor) })
    try tree.add(path, html: page(.guide, path: path, title: guide.title, model))
  }
}
