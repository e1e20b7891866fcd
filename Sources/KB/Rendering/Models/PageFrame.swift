import Mustache

/// What every page offers its template and the layout: the site, the page title and the links
/// shared by every page.
struct PageFrame: TemplateModel {
  /// A class, like `EntrySummary`: the layout reads `site.title` several times a page.
  final class SiteInfo: TemplateModel {
    let title: String
    let tagline: String

    init(title: String, tagline: String) {
      self.title = title
      self.tagline = tagline
    }

    static let schema = TemplateSchema<SiteInfo>(
      "site", [.value("title") { $0.title }, .value("tagline") { $0.tagline }])
  }

  var site: SiteInfo
  var pageTitle: String
  var root: String
  var home: String
  var codesLink: String
  var searchLink: String
  var assets: String
  var canonical: String
  var indexLink: String
  var products: [PageLink]
  /// The header's links to every product, as HTML: `navigation.mustache` drawn once for each
  /// depth of page (`ProductNavigation`).
  var productNavigation: String
  var diagramsLink: String?
  var troubleshootLink: String?
  /// `article` for entry pages, `website` for the rest (Open Graph).
  var ogType: String
  /// The page's absolute address when the site URL is known.
  var absoluteURL: String?
  /// The OpenSearch description, which needs the site URL.
  var openSearchLink: String?
  /// "Report a problem with this page", when a feedback URL is configured.
  var feedbackLink: String?
  /// The tab icon: the site's own (`Branding.favicon`) or kb's.
  var favicon: String = ""
  /// The site's logo, shown before its title in the header.
  var logo: String?
  /// The site's own style sheet, loaded after kb's.
  var extraCSS: String?
  /// CSS setting the brand colours (`--accent`) for light and dark mode.
  var brandStyle: String?
  /// The site's own links after the products in the header, and in the footer.
  var navigation: [PageLink] = []
  var footerLinks: [PageLink] = []
  /// Where "Was this page helpful?" answers go (`Site.feedback`); nil asks nothing, sends nothing.
  var feedbackEndpoint: String?
  /// Whether the search page sends searches that found nothing to the same endpoint.
  var feedbackSearches: Bool = false

  /// The window's title: the page's and the site's, or the site's alone on a page named after it.
  var documentTitle: String { Self.documentTitle(page: pageTitle, site: site.title) }

  static func documentTitle(page: String, site: String) -> String {
    page == site ? site : "\(page) · \(site)"
  }

  static let schema = TemplateSchema<Self>(
    "every page",
    [
      .model("site", SiteInfo.self) { $0.site },
      .value("pageTitle") { $0.pageTitle },
      .value("documentTitle") { $0.documentTitle },
      .value("root") { $0.root },
      .value("home") { $0.home },
      .value("codesLink") { $0.codesLink },
      .value("searchLink") { $0.searchLink },
      .value("assets") { $0.assets },
      .value("canonical") { $0.canonical },
      .value("indexLink") { $0.indexLink },
      .model("products", PageLink.self) { $0.products },
      .value("productNavigation") { $0.productNavigation },
      .value("diagramsLink") { $0.diagramsLink },
      .value("troubleshootLink") { $0.troubleshootLink },
      .value("ogType") { $0.ogType },
      .value("absoluteURL") { $0.absoluteURL },
      .value("openSearchLink") { $0.openSearchLink },
      .value("feedbackLink") { $0.feedbackLink },
      .value("favicon") { $0.favicon },
      .value("logo") { $0.logo },
      .value("extraCSS") { $0.extraCSS },
      .value("brandStyle") { $0.brandStyle },
      .model("navigation", PageLink.self) { $0.navigation },
      .model("footerLinks", PageLink.self) { $0.footerLinks },
      .value("feedbackEndpoint") { $0.feedbackEndpoint },
      .value("feedbackSearches") { $0.feedbackSearches },
    ])
}

/// A page's own model with the frame around it; the page's keys come first.
struct Page<Body: TemplateModel>: MustacheParent, TemplateContext {
  var frame: PageFrame
  var body: Body

  func child(named name: String) -> Any? { body.child(named: name) ?? frame.child(named: name) }

  func templateValue(named name: String) -> TemplateValue? {
    body.templateValue(named: name) ?? frame.templateValue(named: name)
  }

  func templateValue(id: Int) -> TemplateValue? {
    body.templateValue(id: id) ?? frame.templateValue(id: id)
  }

  static var keys: TemplateKeys {
    Body.schema.keys.merging(PageFrame.schema.keys, name: Body.schema.keys.name)
  }
}

/// A titled link: a product, a topic or a diagram in breadcrumbs and navigation. A class, like
/// `EntrySummary`: every page's navigation lists one per product.
final class PageLink: TemplateModel {
  let title: String
  let link: String
  let slug: String

  init(title: String, link: String, slug: String = "") {
    self.title = title
    self.link = link
    self.slug = slug
  }

  static let schema = TemplateSchema<PageLink>(
    "link",
    [.value("title") { $0.title }, .value("link") { $0.link }, .value("slug") { $0.slug }])
}

/// A block of rendered CommonMark.
struct ProseBlock: TemplateModel {
  var html: String

  static let schema = TemplateSchema<Self>("prose", [.value("html") { $0.html }])
}
