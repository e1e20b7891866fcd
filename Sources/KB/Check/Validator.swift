import KBModel

/// Checks a site for every rule writers must follow and collects all problems in one pass.
package struct Validator {
  let site: Site
  let lookup: Lookup
  var diagnostics: [Diagnostic] = []

  static func check(_ site: Site, lookup given: Lookup? = nil) -> [Diagnostic] {
    let lookup = given ?? Lookup(site)
    var validator = Validator(site: site, lookup: lookup)
    validator.runSiteWide()
    // Products and topics check independently, so they spread over the cores; the sort at the
    // end makes the order the same whichever finishes first.
    let units = site.products.indices.flatMap { product in
      [(product, nil)] + site.products[product].topics.indices.map { (product, Optional($0)) }
    }
    let found = concurrentMap(units.count) { index -> [Diagnostic] in
      var unit = Validator(site: site, lookup: lookup)
      let (p, t) = units[index]
      let product = site.products[p]
      if let t {
        unit.checkTopicAndEntries(product.topics[t], in: product)
      } else {
        unit.checkProduct(product)
        for diagram in product.diagrams { unit.checkDiagram(diagram, in: product) }
      }
      return unit.diagnostics
    }
    return (validator.diagnostics + found.joined()).sorted {
      ($0.location, $0.message) < ($1.location, $1.message)
    }
  }

  mutating func error(_ location: SourceLocation, _ message: String) {
    diagnostics.append(Diagnostic(.error, location, message))
  }

  mutating func warning(_ location: SourceLocation, _ message: String) {
    diagnostics.append(Diagnostic(.warning, location, message))
  }

  /// The errors `kb check` would report for an entry's identity on its own, for `kb new entry`
  /// to refuse before it writes a file.
  package static func identityErrors(_ identity: Identity, in site: Site) -> [String] {
    var validator = Validator(site: site, lookup: Lookup(site))
    validator.checkIdentity(identity, at: site.location)
    return validator.diagnostics.errors.map(\.message)
  }

  /// The rules about the site as a whole.
  mutating func runSiteWide() {
    requireText(site.title, "site title", at: site.location)
    requireText(site.tagline, "site tagline", at: site.location)
    if site.products.isEmpty { error(site.location, "the site has no products") }
    checkSearchExamples()
    checkSearchVocabulary()
    checkUniqueness()
    checkRoles()
    checkBranding()
  }

  mutating func checkTopicAndEntries(_ topic: Topic, in product: Product) {
    checkTopic(topic, in: product)
    for entry in topic.entries {
      checkEntry(entry, in: product)
      checkSearchTerms(entry)
    }
  }

  mutating func checkProduct(_ product: Product) {
    let at = product.location
    checkSlug(product.slug, "product slug", at: at)
    requireText(product.title, "product title", at: at)
    requireText(product.summary, "product summary", at: at)
    checkProse(product.summary, in: product, at: at)
    if let date = product.lastUpdated, !Self.isISODate(date) {
      error(at, "lastUpdated '\(date)' is not a date written as YYYY-MM-DD")
    }
    if product.topics.isEmpty { error(at, "product '\(product.slug)' has no topics") }
    checkSupport(product.support, in: product)
    checkGuides(product)
  }

  mutating func checkSupport(_ support: Support, in product: Product) {
    let at = support.location
    if support.ticketURL == nil, support.phone == nil, support.email == nil, support.chatURL == nil,
      support.notes == nil
    {
      error(
        at,
        "support needs a ticket URL, a phone number, an email address, a chat URL or notes on how to reach it"
      )
    }
    optionalText(support.ticketURL, "support ticket URL", at: at)
    optionalText(support.phone, "support phone", at: at)
    optionalText(support.hours, "support hours", at: at)
    optionalText(support.notes, "support notes", at: at)
    if let notes = support.notes { checkProse(notes, in: product, at: at) }
    if let url = support.ticketURL, !Self.isWebURL(url) {
      error(at, "support ticket URL '\(url)' is not an https:// or http:// address")
    }
    if let url = support.chatURL, !Self.isWebURL(url) {
      error(at, "support chat URL '\(url)' is not an https:// or http:// address")
    }
    if let email = support.email, !Self.isEmailAddress(email) {
      error(at, "support email '\(email)' is not an email address such as help@example.com")
    }
    if let phone = support.phone, !Self.isPhoneNumber(phone) {
      error(
        at, "support phone '\(phone)' is not a phone number: digits, spaces, '+', '-', '.' and parentheses")
    }
    for tier in support.slaTiers {
      requireText(tier.name, "SLA tier name", at: at)
      requireText(tier.responseTime, "SLA response time", at: at)
    }
    for item in support.include {
      requireText(item, "support checklist item", at: at)
      checkProse(item, in: product, at: at)
    }
  }

  mutating func checkTopic(_ topic: Topic, in product: Product) {
    let at = topic.location
    checkSlug(topic.slug, "topic slug", at: at)
    requireText(topic.title, "topic title", at: at)
    requireText(topic.intro, "topic intro", at: at)
    checkProse(topic.intro, in: product, at: at)
    if topic.entries.isEmpty { warning(at, "topic '\(topic.slug)' has no entries") }
  }

  /// A calendar date written `YYYY-MM-DD`: February 30th is not one.
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }

  /// An absolute web address with a host and no spaces.
  static func isWebURL(_ text: String) -> Bool {
    let lower = text.lowercased()
    guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return false }
    let host = text.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    return !host.isEmpty && host.contains(".") && !text.contains(where: \.isWhitespace)
  }

  /// One `@` between a local part and a domain with a dot, no spaces and no `mailto:`.
  static func isEmailAddress(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !text.lowercased().hasPrefix("mailto:") else { return false }
    let domain = parts[1]
    return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
      && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" })
  }

  /// Digits with the usual separators, at least five digits, an optional leading `+`.
  static func isPhoneNumber(_ text: String) -> Bool {
    let allowed = Set("0123456789 +-.()")
    return text.allSatisfy(allowed.contains) && text.filter(\.isNumber).count >= 5
      && !text.dropFirst().contains("+")
  }
}
