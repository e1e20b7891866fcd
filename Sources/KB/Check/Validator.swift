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
    checkCharacters(Self.siteTexts(site))
    checkSearchExamples()
    checkSearchVocabulary()
    checkUniqueness()
    checkProductAliases()
    checkRoles()
    checkBranding()
    checkFeedback()
  }

  mutating func checkTopicAndEntries(_ topic: Topic, in product: Product) {
    checkTopic(topic, in: product)
    checkCharacters(Self.topicTexts(topic))
    for entry in topic.entries {
      checkCharacters(Self.entryTexts(entry))
      checkEntry(entry, in: product)
      checkSearchTerms(entry)
    }
  }

  mutating func checkProduct(_ product: Product) {
    let at = product.location
    checkCharacters(Self.productTexts(product))
    checkSlug(product.slug, "product slug", at: at)
    requireText(product.title, "product title", at: at)
    requireText(product.summary, "product summary", at: at)
    checkProse(product.summary, in: product, at: at)
    checkDate(product.lastUpdated, "lastUpdated", at: at)
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
    if let url = support.ticketURL, let problem = WebAddress.problem(url, .absolute) {
      error(at, "support ticket URL '\(url)' \(problem)")
    }
    if let url = support.chatURL, let problem = WebAddress.problem(url, .absolute) {
      error(at, "support chat URL '\(url)' \(problem)")
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

  /// A date is written `YYYY-MM-DD` and is a day of the calendar: 2026-02-30 is written that
  /// way but does not exist.
  mutating func checkDate(_ date: String?, _ field: String, at location: SourceLocation) {
    guard let date, let problem = Self.dateProblem(date) else { return }
    error(location, "\(field) '\(date)' \(problem)")
  }

  /// Why `text` is not a calendar date written `YYYY-MM-DD`, or nil when it is one.
  static func dateProblem(_ text: String) -> String? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return "is not a date written as YYYY-MM-DD" }
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    guard (1...12).contains(month) else {
      return "does not exist: there is no month \(parts[1]); months run from 01 to 12"
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard (1...days).contains(day) else {
      return "does not exist: \(months[month - 1]) \(year) has \(days) days"
    }
    return nil
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
