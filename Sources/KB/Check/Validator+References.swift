import KBModel

extension Validator {
  mutating func checkUniqueness() {
    var productSlugs: [String: SourceLocation] = [:]
    var diagramSlugs: [String: SourceLocation] = [:]
    for product in site.products {
      if let first = productSlugs[product.slug] {
        error(product.location, "product slug '\(product.slug)' is already used at \(first)")
      } else {
        productSlugs[product.slug] = product.location
      }
      for diagram in product.diagrams {
        if let first = diagramSlugs[diagram.slug] {
          error(diagram.location, "diagram slug '\(diagram.slug)' is already used at \(first)")
        } else {
          diagramSlugs[diagram.slug] = diagram.location
        }
      }
      checkUniqueInProduct(product)
    }
  }

  private mutating func checkUniqueInProduct(_ product: Product) {
    var topics: [String: SourceLocation] = [:]
    for topic in product.topics {
      if let first = topics[topic.slug] {
        error(topic.location, "topic slug '\(topic.slug)' is already used in '\(product.slug)' at \(first)")
      } else {
        topics[topic.slug] = topic.location
      }
    }
    var slugs: [String: SourceLocation] = [:]
    var codes: [String: SourceLocation] = [:]
    var names: [String: SourceLocation] = [:]
    for entry in product.entries {
      if let first = slugs[entry.slug] {
        error(entry.location, "entry slug '\(entry.slug)' is already used in '\(product.slug)' at \(first)")
      } else {
        slugs[entry.slug] = entry.location
      }
      if let code = entry.code {
        if let first = codes[code] {
          error(entry.location, "code \(code) is already used in '\(product.slug)' at \(first)")
        } else {
          codes[code] = entry.location
        }
      }
      if let name = entry.name {
        if let first = names[name] {
          error(entry.location, "name '\(name)' is already used in '\(product.slug)' at \(first)")
        } else {
          names[name] = entry.location
        }
      }
    }
    for entry in product.entries {
      for alias in entry.aliases {
        let slug = Slug.kebab(alias)
        if let owner = slugs[slug], owner != entry.location {
          error(entry.location, "alias '\(alias)' collides with the entry at \(owner)")
        }
      }
    }
  }

  mutating func checkEntryReferences(_ entry: Entry, in product: Product) {
    for ref in entry.related {
      if resolveEntry(ref, in: product, at: entry.location, what: "related entry"),
        lookup.entry(ref, from: product.slug)?.entry.location == entry.location
      {
        error(entry.location, "entry '\(entry.slug)' lists itself as related")
      }
    }
    if let step = entry.happensAt { resolveStep(step, at: entry.location) }
    if let replacement = entry.deprecation?.replacement {
      resolveEntry(replacement, in: product, at: entry.location, what: "replacement")
    }
    if let deprecation = entry.deprecation {
      requireText(deprecation.note, "deprecation note", at: entry.location)
      checkProse(deprecation.note, in: product, at: entry.location)
    }
  }

  @discardableResult
  mutating func resolveEntry(_ ref: EntryRef, in product: Product, at location: SourceLocation, what: String)
    -> Bool
  {
    if let productSlug = ref.product, !site.products.contains(where: { $0.slug == productSlug }) {
      let hint = Suggestion.didYouMean(productSlug, among: site.products.map(\.slug))
      error(location, "\(what) '\(ref)' names unknown product '\(productSlug)'\(hint)")
      return false
    }
    guard lookup.entry(ref, from: product.slug) == nil else { return true }
    let target = ref.product ?? product.slug
    let hint = Suggestion.didYouMean(ref.slug, among: lookup.entrySlugs(in: target))
    error(
      location, "\(what) '\(ref)' does not exist in '\(target)'\(hint); write an entry's slug, code or name")
    return false
  }

  mutating func resolveStep(_ ref: StepRef, at location: SourceLocation) {
    guard let (_, diagram) = lookup.diagram(ref.diagram) else {
      let hint = Suggestion.didYouMean(ref.diagram, among: lookup.diagramSlugs)
      error(location, "flow step '\(ref)' names unknown diagram '\(ref.diagram)'\(hint)")
      return
    }
    if !diagram.stepIDs.contains(ref.step) {
      let hint =
        diagram.movedSteps[ref.step].map { "; it moved to '\($0)'" }
        ?? Suggestion.didYouMean(ref.step, among: diagram.stepIDs)
      error(location, "diagram '\(ref.diagram)' has no step '\(ref.step)'\(hint)")
    }
  }

  /// Checks every `entry:`, `diagram:` and `guide:` link in a piece of CommonMark, the step
  /// references it makes, and that no text would be dropped as raw HTML.
  mutating func checkProse(_ markdown: String, in product: Product, at location: SourceLocation) {
    checkStepReferences(markdown, in: product, at: location)
    for html in CommonMark.rawHTML(in: markdown) {
      // A block of raw HTML is named by its first tag, which is what a writer typed by mistake.
      let text =
        html.firstRange(of: /<[^<>]*>/).map { String(html[$0]) }
        ?? html.split(whereSeparator: \.isNewline).joined(separator: " ")
      error(
        location,
        "'\(text)' is read as raw HTML and would not appear on the page; write it in backticks: `\(text)`"
      )
    }
    for url in CommonMark.links(in: markdown) {
      switch ProseLink(url) {
      case .entry(let ref):
        resolveEntry(ref, in: product, at: location, what: "link")
      case .diagram(let slug, let step):
        if let step {
          resolveStep(StepRef(diagram: slug, step: step), at: location)
        } else if lookup.diagram(slug) == nil {
          let hint = Suggestion.didYouMean(slug, among: lookup.diagramSlugs)
          error(location, "link to unknown diagram '\(slug)'\(hint)")
        }
      case .guide(let slug, let section):
        checkGuideLink(slug, section: section, in: product, at: location)
      case nil:
        checkOutsideLink(url, at: location)
      }
    }
  }

  private mutating func checkOutsideLink(_ url: String, at location: SourceLocation) {
    let lower = url.lowercased()
    if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
      || lower.hasPrefix("tel:") || lower.hasPrefix("#")
    {
      return
    }
    error(
      location,
      "link '\(url)' is neither an outside URL nor an 'entry:', 'diagram:' or 'guide:' link; write entry:product/slug for other pages"
    )
  }
}
