import Foundation
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
    var codes: [String: (code: String, location: SourceLocation)] = [:]
    var names: [String: SourceLocation] = [:]
    for entry in product.entries {
      // An empty slug has its own message (add slug:); two of them are not a collision to report.
      if let first = slugs[entry.slug], !entry.slug.isEmpty {
        error(entry.location, "entry slug '\(entry.slug)' is already used in '\(product.slug)' at \(first)")
      } else if !entry.slug.isEmpty {
        slugs[entry.slug] = entry.location
      }
      if let code = entry.code {
        let key = Self.codeKey(code)
        if let first = codes[key] {
          error(
            entry.location,
            first.code == code
              ? "code \(code) is already used in '\(product.slug)' at \(first.location)"
              : "code \(code) reads to a customer like code \(first.code) at \(first.location): codes that differ "
                + "only in letter case, separators or leading zeros are one code, and search would find only one "
                + "of them; give this entry its own code or make the two one entry")
        } else if !key.isEmpty {
          codes[key] = (code, entry.location)
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
        if !slug.isEmpty, let owner = slugs[slug], owner != entry.location {
          error(entry.location, "alias '\(alias)' collides with the entry at \(owner)")
        }
      }
    }
  }

  /// A code as a customer reads it: without letter case, separators (`-`, `_`, `.`, spaces) or
  /// the leading zeros of its numbers, so `E-01009`, `e1009` and `E1009` are one code.
  static func codeKey(_ code: String) -> String {
    var key = ""
    var digits = ""
    func endNumber() {
      guard !digits.isEmpty else { return }
      let significant = digits.drop { $0 == "0" }
      key += significant.isEmpty ? "0" : significant
      digits = ""
    }
    // Full-width digits and letters read as their ASCII forms.
    for character in code.precomposedStringWithCompatibilityMapping.lowercased() {
      if "-_. ".contains(character) {
        // A separator ends a number: `A-01-02` is `a12`, as `a1.2` is.
        endNumber()
      } else if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        endNumber()
        key.append(character)
      }
    }
    endNumber()
    return key
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
  mutating func checkProse(
    _ markdown: String, in product: Product, at location: SourceLocation, numberedStepsAreOwn: Bool = false
  ) {
    if !numberedStepsAreOwn { checkStepReferences(markdown, in: product, at: location) }
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
    for url in CommonMark.images(in: markdown) { checkImage(url, at: location) }
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

  /// A link that leaves the site: a web address, an e-mail address, a phone number or an anchor
  /// on the same page; any other scheme (`javascript:`, `data:`, `file:`) is refused.
  private mutating func checkOutsideLink(_ url: String, at location: SourceLocation) {
    let lower = url.lowercased()
    if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || lower.hasPrefix("#") { return }
    if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
      if let problem = WebAddress.problem(url, .absolute) { error(location, "link '\(url)' \(problem)") }
      return
    }
    if let scheme = WebAddress.scheme(of: url) {
      error(
        location,
        "link '\(url)' uses the \(scheme): scheme; links are https://, http://, mailto:, tel: or 'entry:', 'diagram:' and 'guide:' links"
      )
      return
    }
    error(
      location,
      "link '\(url)' is neither an outside URL nor an 'entry:', 'diagram:' or 'guide:' link; write entry:product/slug for other pages"
    )
  }

  /// An image in prose shows a picture published elsewhere: an https:// or http:// address,
  /// checked as links are. cmark would blank a `javascript:` or `data:` source to `src=""`.
  private mutating func checkImage(_ url: String, at location: SourceLocation) {
    if let problem = WebAddress.problem(url, .absolute) {
      error(location, "image '\(url)' \(problem); an image's source is an https:// or http:// address")
    }
  }
}
