import Foundation
import KBModel

/// Renders every page and file of the site into memory.
struct SiteRenderer: Sendable {
  let site: Site
  let lookup: Lookup
  let templates: TemplateSet
  let options: RenderOptions
  /// Diagram drawings already made, shared by the threads rendering pages.
  let drawings = Memo<String>()
  /// Each product's support block by the depth of the pages showing it (its notes' links
  /// depend on that only): every entry page of a product shows the same one.
  let supportBlocks = Memo<SupportBlock>()
  /// The site's name and tagline, as every page's frame offers them.
  let siteInfo: PageFrame.SiteInfo
  /// What every summary of an entry shows whatever the page, by `EntryFacts.key`.
  let entryFacts: [String: EntryFacts]
  /// Every diagram of the site with its product, in site order.
  let allDiagrams: [(product: Product, diagram: Diagram)]
  /// The diagrams that have a troubleshooter.
  let allFlowcharts: [(product: Product, diagram: Diagram)]
  /// The header's product links and their HTML by the depth of the pages showing them, made
  /// once per depth rather than per page.
  let navigationByDepth = Memo<(links: [PageLink], html: String)>()
  /// The site's branding as every page's layout shows it, made once.
  let brandStyle: String?
  let brandNavigation: [PageLink]
  let brandFooterLinks: [PageLink]

  init(
    site: Site, templates: TemplateSet, options: RenderOptions, lookup: Lookup? = nil,
    entryFacts: [String: EntryFacts]? = nil
  ) {
    self.site = site
    self.lookup = lookup ?? Lookup(site)
    self.entryFacts = entryFacts ?? EntryFacts.all(site)
    siteInfo = PageFrame.SiteInfo(title: site.title, tagline: site.tagline)
    allDiagrams = site.products.flatMap { product in product.diagrams.map { (product, $0) } }
    allFlowcharts = allDiagrams.filter { if case .flowchart = $0.diagram.body { true } else { false } }
    brandStyle = site.branding.colors.map(Self.brandStyle)
    brandNavigation = site.branding.navigation.map { PageLink(title: $0.title, link: $0.url) }
    brandFooterLinks = site.branding.footerLinks.map { PageLink(title: $0.title, link: $0.url) }
    self.templates = templates
    self.options = options
  }

  /// The brand colours as the theme's `--accent`, in light mode and in dark mode.
  static func brandStyle(_ colors: BrandColors) -> String {
    ":root { --accent: \(colors.light); }\n@media (prefers-color-scheme: dark) { :root { --accent: \(colors.dark ?? colors.light); } }"
  }

  func render(spillingTo staging: URL? = nil) throws -> OutputTree {
    try render(spillingTo: staging, keepingIndex: nil).tree
  }

  /// Renders every file; `keep` names index files the staging folder already holds from a build
  /// of the same content and options, which are kept rather than made again when every one of
  /// them is there with its size. Also returns the index files and their sizes.
  func render(spillingTo staging: URL?, keepingIndex keep: [String: Int]?) throws -> (
    tree: OutputTree, index: [String: Int]
  ) {
    var tree = OutputTree(spillingTo: staging)
    let kept = keep.flatMap { tree.holdsAll($0) ? $0 : nil }
    let indexFiles = kept == nil ? startIndexFiles(spillingTo: tree.spillDirectory) : []
    try StageTimes.shared.measure("render: home, codes, search") {
      try addSitePages(to: &tree)
    }
    FreedMemory.giveBack()
    try StageTimes.shared.measure("render: entry pages, short links") {
      try addEntryPagesAndShortLinks(to: &tree)
    }
    FreedMemory.giveBack()
    try StageTimes.shared.measure("render: products, diagrams") { try addProductPages(to: &tree) }
    StageTimes.shared.measure("render: sitemap, robots") { addDiscoveryFiles(to: &tree) }
    try StageTimes.shared.measure("render: redirects") { try addRedirects(to: &tree) }
    var index: [String: Int] = [:]
    StageTimes.shared.measure("wait: index files") {
      for files in indexFiles {
        let made = files.wait()
        tree.add(contentsOf: made)
        for path in made.paths { index[path] = made.spilled[path] ?? made.files[path]?.count ?? 0 }
      }
    }
    for (path, size) in kept ?? [:] {
      tree.addSpilled(path, size: size, failure: nil)
      index[path] = size
    }
    return (tree, index)
  }

  func addSitePages(to tree: inout OutputTree) throws {
    try tree.add(SitePaths.home, html: page(.home, path: SitePaths.home, title: site.title, homePage()))
    // The two pages list every entry alike; links depend only on a page's depth, so pages at the
    // same depth share one model. They are rendered one after the other, each written before the
    // next is made: on a large site each is tens of megabytes of HTML.
    let codes = codesPage(SitePaths.codes)
    try tree.add(SitePaths.codes, html: page(.codes, path: SitePaths.codes, title: "All error codes", codes))
    let searchCodes =
      links(SitePaths.search).depth == links(SitePaths.codes).depth ? codes : codesPage(SitePaths.search)
    let search = searchPage(SitePaths.search, codes: searchCodes)
    try tree.add(SitePaths.search, html: page(.search, path: SitePaths.search, title: "Search", search))
    // Servers show 404.html at any address, so its links cannot be relative.
    tree.add(
      file: "404.html",
      text: try page(.notFound, path: "", title: "Page not found", NotFoundPage(), absoluteLinks: true))
  }

  func addProductPages(to tree: inout OutputTree) throws {
    // Each product's pages on any core, into a tree of its own spilling to the same folder.
    let spill = tree.spillDirectory.map { URL(fileURLWithPath: $0) }
    let parts = concurrentMap(site.products.count) { index in
      Result { () throws -> OutputTree in
        var part = OutputTree(spillingTo: spill)
        let product = site.products[index]
        let path = SitePaths.product(product.slug)
        try part.add(
          path, html: page(.product, path: path, title: product.title, productPage(product, path: path)))
        for diagram in product.diagrams {
          let diagramPath = SitePaths.diagram(diagram.slug)
          let model = diagramPage(diagram, product: product, path: diagramPath)
          try part.add(diagramPath, html: page(.diagram, path: diagramPath, title: diagram.title, model))
          part.add(file: SitePaths.mermaid(diagram.slug), text: mermaid(diagram, product: product))
          try addTroubleshooter(diagram, product: product, to: &part)
        }
        for guide in Self.guidePages(of: product) { try addGuidePage(guide, product: product, to: &part) }
        return part
      }
    }
    for part in parts { tree.add(contentsOf: try part.get()) }
    if !allDiagrams.isEmpty {
      let path = SitePaths.diagrams
      try tree.add(
        path,
        html: page(
          .diagrams, path: path, title: "Diagrams", diagramIndexPage(path, troubleshootersOnly: false)))
    }
    if !allFlowcharts.isEmpty {
      let path = SitePaths.troubleshooters
      let model = diagramIndexPage(path, troubleshootersOnly: true)
      try tree.add(path, html: page(.troubleshooters, path: path, title: "Troubleshooters", model))
    }
  }

  /// Renders a page template inside the layout, with what every page needs around its own model.
  func page<Body: TemplateModel>(
    _ template: PageTemplate, path: String, title: String, _ body: Body,
    absoluteLinks: Bool = false, canonical: String? = nil
  ) throws -> String {
    let links = LinkBuilder(
      pagePath: path, explicitIndex: options.offline,
      absoluteBase: absoluteLinks && !options.offline ? options.baseURL : nil)
    let header = try navigation(links)
    let frame = PageFrame(
      site: siteInfo,
      pageTitle: title,
      root: links.root,
      home: links.link(SitePaths.home),
      codesLink: links.link(SitePaths.codes),
      searchLink: links.link(SitePaths.search),
      assets: links.root + "assets/",
      canonical: canonical ?? options.baseURL + path,
      indexLink: links.link(SitePaths.indexJSON),
      products: header.links,
      productNavigation: header.html,
      diagramsLink: allDiagrams.isEmpty ? nil : links.link(SitePaths.diagrams),
      troubleshootLink: allFlowcharts.isEmpty ? nil : links.link(SitePaths.troubleshooters),
      ogType: template == .entry ? "article" : "website",
      absoluteURL: options.siteURL.map { _ in canonical ?? options.url(path) },
      openSearchLink: options.siteURL.map { _ in options.url(SitePaths.openSearch) },
      feedbackLink: options.feedbackURL.map { feedback in
        Self.fill(
          feedback, url: canonical ?? options.url(path),
          title: PageFrame.documentTitle(page: title, site: site.title))
      },
      favicon: links.root + (site.branding.favicon ?? SitePaths.favicon),
      logo: site.branding.logo.map { links.root + $0 },
      extraCSS: site.branding.extraCSS.map { links.root + $0 },
      brandStyle: brandStyle,
      navigation: brandNavigation,
      footerLinks: brandFooterLinks,
      // An offline copy is read from disk, where there is no one to send answers to.
      feedbackEndpoint: options.offline ? nil : site.feedback?.endpoint,
      feedbackSearches: site.feedback?.unansweredSearches ?? false
    )
    return WordBreaks.afterUnderscores(
      inTextOf: try templates.render(Page(frame: frame, body: body), with: template.rawValue))
  }

  /// Every product as the header links to it from pages at this depth, and the HTML
  /// `navigation.mustache` draws of them.
  func navigation(_ links: LinkBuilder) throws -> (links: [PageLink], html: String) {
    try navigationByDepth.value(for: "\(links.depth)\n\(links.absoluteBase ?? "")") {
      let products = site.products.map { product in
        PageLink(title: product.title, link: links.link(SitePaths.product(product.slug)), slug: product.slug)
      }
      let html = try templates.render(ProductNavigation(products: products), with: PageTemplate.navigation)
      return (products, html)
    }
  }

  /// A feedback address with `{url}` and `{title}` replaced by the page's, percent-encoded.
  static func fill(_ template: String, url: String, title: String) -> String {
    var allowed = CharacterSet.urlQueryAllowed
    allowed.remove(charactersIn: "&=+?#")
    let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
    return template.replacingOccurrences(of: "{url}", with: encode(url))
      .replacingOccurrences(of: "{title}", with: encode(title))
  }

  func links(_ path: String) -> LinkBuilder { LinkBuilder(pagePath: path, explicitIndex: options.offline) }

  /// Renders CommonMark, turning `entry:`, `diagram:` and `guide:` links into links from the current page.
  func prose(_ markdown: String, product: String, links: LinkBuilder) -> String {
    CommonMark.html(markdown, links: { url in rewriteProseLink(url, product: product, links: links) })
  }

  func inline(_ markdown: String, product: String, links: LinkBuilder) -> String {
    CommonMark.inlineHTML(markdown, links: { url in rewriteProseLink(url, product: product, links: links) })
  }

  func resolveLink(_ url: String, product: String, links: LinkBuilder) -> String? {
    switch ProseLink(url) {
    case .entry(let ref):
      guard let found = lookup.entry(ref, from: product) else { return nil }
      return links.link(SitePaths.entry(found.entry, in: found.product))
    case .diagram(let slug, let step):
      return links.link(step.map { SitePaths.step($0, inDiagram: slug) } ?? SitePaths.diagram(slug))
    case .guide, nil:
      return nil
    }
  }

  /// The page title: code and name first, since that is what customers search for.
  func entryTitle(_ entry: Entry) -> String { entry.displayTitle }

  func mermaid(_ diagram: Diagram, product: Product) -> String {
    MermaidWriter.source(diagram) { node in nodeLabel(node, product: product) }
  }

  /// The plain text of a flowchart node; an outcome without its own text shows its entry's name.
  func nodeLabel(_ node: FlowNode, product: Product) -> String {
    lookup.label(of: node, in: product.slug)
  }
}
