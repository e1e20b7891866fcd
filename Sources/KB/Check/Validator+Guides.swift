import KBModel

extension Validator {
  /// Checks the outside guides a product declares; a guide without an address is allowed, since
  /// sources often name a guide without giving one, but links to it render as plain text.
  mutating func checkGuides(_ product: Product) {
    var slugs: [String: SourceLocation] = [:]
    for guide in product.guides {
      let at = guide.location
      checkSlug(guide.slug, "guide slug", at: at)
      if let first = slugs[guide.slug] {
        error(at, "guide slug '\(guide.slug)' is already used in '\(product.slug)' at \(first)")
      } else {
        slugs[guide.slug] = at
      }
      requireText(guide.title, "guide title", at: at)
      if let body = guide.body {
        checkGuidePage(guide, body: body, in: product)
        continue
      }
      if let url = guide.url {
        if let problem = WebAddress.problem(url, .absolute) { error(at, "guide URL '\(url)' \(problem)") }
      } else {
        warning(
          at,
          "guide '\(guide.slug)' has no URL, so links to it render as plain text; add url: once a source gives one, or publish it here with body:"
        )
      }
      var sections: Set<String> = []
      for section in guide.sections {
        checkSlug(section.id, "guide section", at: at)
        requireText(section.title, "guide section title", at: at)
        requireText(section.anchor, "guide section anchor", at: at)
        if !sections.insert(section.id).inserted {
          error(at, "guide '\(guide.slug)' has two sections '\(section.id)'")
        }
      }
    }
  }

  /// A guide page is written here and published at `product/guides/slug/`: it has text, no
  /// outside address, and its headings are its sections.
  private mutating func checkGuidePage(_ guide: Guide, body: String, in product: Product) {
    let at = guide.location
    requireText(body, "guide body", at: at)
    if guide.url != nil {
      error(
        at,
        "guide '\(guide.slug)' has both a body and a URL; a guide with a body is published here, at \(SitePaths.guide(guide.slug, in: product.slug)): leave out url:"
      )
    }
    if !guide.sections.isEmpty {
      error(
        at,
        "guide '\(guide.slug)' has a body and sections:; a guide page's sections are its headings (## Title): leave out sections:"
      )
    }
    // A guide numbers its own steps, so "step 3" in it needs no link.
    checkProse(body, in: product, at: at, numberedStepsAreOwn: true)
  }

  /// Checks a `guide:slug#section` link against the product's guides.
  mutating func checkGuideLink(
    _ slug: String, section: String?, in product: Product, at location: SourceLocation
  ) {
    guard let guide = product.guide(slug) else {
      let hint = Suggestion.didYouMean(slug, among: product.guides.map(\.slug))
      error(
        location,
        "link to unknown guide '\(slug)' in '\(product.slug)'\(hint); declare it in the product's guides:")
      return
    }
    if let section, guide.linkableSection(section) == nil {
      let sections = guide.linkableSections.map(\.id)
      let hint = Suggestion.didYouMean(section, among: sections)
      let known =
        hint.isEmpty && !sections.isEmpty
        ? "; its sections are " + sections.map { "'\($0)'" }.joined(separator: ", ") : ""
      let source = guide.isPage ? " (a guide page's sections are its headings)" : ""
      error(location, "guide '\(slug)' has no section '\(section)'\(hint)\(known)\(source)")
    }
  }

  /// Numbered steps ("steps 7–9", "step 4") belong to a guide or a diagram; said outside a
  /// `guide:` or `diagram:` link they send readers to steps they cannot find.
  mutating func checkStepReferences(_ markdown: String, in product: Product, at location: SourceLocation) {
    for run in CommonMark.textRuns(in: markdown) {
      if let link = run.link, link.hasPrefix(ProseLink.guideScheme) || link.hasPrefix(ProseLink.diagramScheme)
      {
        continue
      }
      // Only a text that says "step" can match, and most do not: the regular expression is
      // the slowest part of the check, so it runs only then. No letter but t, e and p folds to
      // them, so the test sees every case the expression would.
      guard Self.mentionsStep(run.text) else { continue }
      for match in run.text.matches(of: Self.numberedStep) {
        let words = String(match.output)
        error(
          location,
          "'\(words)' names numbered steps without saying where they are; put the reference inside a "
            + "guide link, e.g. \(Self.exampleGuideLink(words, in: product))"
        )
      }
    }
  }

  /// A guide link for a message's example, made of the product's own first guide when it has one.
  static func exampleGuideLink(_ words: String, in product: Product) -> String {
    guard let guide = product.guides.first else {
      return
        "[\(words) of the setup guide](guide:setup-guide#install), with the guide declared in the product's guides:"
    }
    guard let section = guide.sections.first else {
      return "[\(words) of \(guide.title)](guide:\(guide.slug))"
    }
    return "[\(words) of \(section.title)](guide:\(guide.slug)#\(section.id))"
  }

  /// Whether `tep` occurs in the text in any letter case.
  static func mentionsStep(_ text: String) -> Bool {
    var matched = 0
    for byte in text.utf8 {
      let lower = byte | 0x20
      if matched == 0 {
        if lower == 0x74 { matched = 1 }
      } else if matched == 1 {
        matched = lower == 0x65 ? 2 : (lower == 0x74 ? 1 : 0)
      } else {
        if lower == 0x70 { return true }
        matched = lower == 0x74 ? 1 : 0
      }
    }
    return false
  }

  private nonisolated(unsafe) static let numberedStep = #/(?i)\bsteps?\s+\d+(?:\s*[–-]\s*\d+)?/#
}
