import Foundation
import KBModel

extension Validator {
  mutating func requireText(_ text: String, _ field: String, at location: SourceLocation) {
    if text.allSatisfy(\.isWhitespace) { error(location, "\(field) is empty") }
  }

  mutating func optionalText(_ text: String?, _ field: String, at location: SourceLocation) {
    if let text { requireText(text, field, at: location) }
  }

  mutating func checkSlug(_ slug: String, _ field: String, at location: SourceLocation) {
    if !Slug.isValid(slug) {
      let example = Slug.shortened(Slug.kebab(slug))
      error(
        location,
        "\(field) '\(slug)' must be lower-case letters, digits and single hyphens"
          + (example.isEmpty ? "" : ", e.g. '\(example)'"))
    } else {
      checkSlugLength(slug, field, at: location)
    }
  }

  /// A slug names a folder of the output: at most `Slug.maxLength` characters.
  mutating func checkSlugLength(
    _ slug: String, _ field: String, at location: SourceLocation, fix: String = ""
  ) {
    guard slug.count > Slug.maxLength else { return }
    error(
      location,
      "\(field) '\(Slug.shortened(slug, to: 40))…' is \(slug.count) characters long; at most \(Slug.maxLength) "
        + "make an address a reader can share and a file name every system accepts\(fix)")
  }

  /// An entry's slug: an explicit `slug:`, or one derived from its identity (`Slug.derive`), which
  /// for a title in a script without ASCII letters is empty and for a long title is too long.
  mutating func checkEntrySlug(_ entry: Entry, at location: SourceLocation) {
    let derived = entry.slug == Slug.derive(identity: entry.identity, title: entry.title)
    let source = entry.identity.code != nil ? "code" : entry.identity.name != nil ? "message" : "title"
    if entry.slug.isEmpty {
      error(
        location,
        derived
          ? "the entry's \(source) has no ASCII letters or digits, so it gives no slug for the entry's address; "
            + "add slug: in lower-case words joined by hyphens, e.g. slug: \"\(Self.exampleSlug(entry))\""
          : "entry slug is empty; write lower-case words joined by hyphens, e.g. slug: \"\(Self.exampleSlug(entry))\""
      )
      return
    }
    if derived, Slug.isValid(entry.slug), entry.slug.count > Slug.maxLength {
      checkSlugLength(
        entry.slug, "entry slug derived from the \(source)", at: location,
        fix: "; add slug:, e.g. slug: \"\(Slug.shortened(entry.slug, to: 60))\"")
      return
    }
    checkSlug(entry.slug, "entry slug", at: location)
  }

  /// A slug to suggest for an entry: its code's, its name's or its title's letters and digits,
  /// written in Latin letters when they are in another script; a placeholder when none has any.
  static func exampleSlug(_ entry: Entry) -> String {
    for text in [entry.identity.code, entry.identity.name, entry.title].compactMap({ $0 }) {
      let latin =
        text.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false)
        ?? text
      let slug = Slug.shortened(Slug.kebab(latin), to: 60)
      if !slug.isEmpty { return slug }
    }
    return "what-went-wrong"
  }

  mutating func checkSample(_ sample: CodeSample, at location: SourceLocation) {
    if !CodeSample.knownLanguages.contains(sample.language) {
      let known = CodeSample.knownLanguages.joined(separator: ", ")
      error(location, "code sample language '\(sample.language)' is unknown; use one of: \(known)")
    }
    requireText(sample.code, "code sample", at: location)
    optionalText(sample.title, "code sample title", at: location)
    var languages: Set<String> = [sample.language]
    for other in sample.alternatives {
      checkSample(other, at: location)
      if !languages.insert(other.language).inserted {
        error(location, "code sample has two '\(other.language)' versions")
      }
    }
  }

  mutating func checkSteps(_ steps: [Step], _ field: String, in product: Product, at location: SourceLocation)
  {
    for (index, step) in steps.enumerated() {
      requireText(step.text, "\(field) step \(index + 1)", at: location)
      checkProse(step.text, in: product, at: location)
      if let sample = step.sample { checkSample(sample, at: location) }
    }
  }

  mutating func checkEntry(_ entry: Entry, in product: Product) {
    let at = entry.location
    checkEntrySlug(entry, at: at)
    checkReadableSlug(entry, at: at)
    requireText(entry.title, "title", at: at)
    checkIdentity(entry.identity, at: at)
    for symptom in entry.symptoms {
      requireText(symptom.text, "symptom", at: at)
      switch symptom.kind {
      case .observation: checkProse(symptom.text, in: product, at: at)
      case .httpStatus: checkStatusSymptom(symptom.text, at: at)
      case .message: break
      }
    }
    if entry.causes.isEmpty { error(at, "entry '\(entry.slug)' has no cause") }
    for cause in entry.causes {
      requireText(cause, "cause", at: at)
      checkProse(cause, in: product, at: at)
    }
    if entry.resolution.isEmpty { error(at, "entry '\(entry.slug)' has no resolution steps") }
    checkSteps(entry.resolution, "resolution", in: product, at: at)
    var platforms: Set<String> = []
    for variant in entry.variants {
      requireText(variant.platform, "platform name", at: at)
      if !platforms.insert(variant.platform).inserted {
        error(at, "platform '\(variant.platform)' has two resolution variants")
      }
      if variant.steps.isEmpty { error(at, "the \(variant.platform) variant has no steps") }
      checkSteps(variant.steps, "\(variant.platform)", in: product, at: at)
    }
    for sample in entry.samples { checkSample(sample, at: at) }
    optionalText(entry.escalation, "escalation", at: at)
    if let escalation = entry.escalation { checkProse(escalation, in: product, at: at) }
    for alias in entry.aliases {
      requireText(alias, "alias", at: at)
      let slug = Slug.kebab(alias.split(separator: "/").last.map(String.init) ?? alias)
      if slug.isEmpty, !alias.allSatisfy(\.isWhitespace) {
        error(
          at, "alias '\(alias)' has no ASCII letters or digits, so it names no address; write the old slug")
      }
      checkSlugLength(slug, "alias", at: at)
    }
    checkDate(entry.lastReviewed, "lastReviewed", at: at)
    checkActors(entry)
    checkEntryReferences(entry, in: product)
    checkRetry(entry)
    checkSourceFidelity(entry, in: product)
  }

  /// One rule for every HTTP status, in an identity or a symptom.
  mutating func checkHTTPStatus(_ status: Int, at location: SourceLocation) {
    if !(100...599).contains(status) {
      error(location, "HTTP status \(status) is not between 100 and 599")
    } else if HTTPStatus.reasons[status] == nil {
      warning(location, "HTTP status \(status) has no reason phrase in kb; it is shown as a bare number")
    }
  }

  /// A status symptom reads `404` or `404 Not Found`, as `.status(404)` writes it.
  private mutating func checkStatusSymptom(_ text: String, at location: SourceLocation) {
    let digits = text.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let status = Int(digits),
      text == HTTPStatus.line(status) || text == String(digits)
    else {
      error(location, "HTTP status symptom '\(text)' is not a status; write it as .status(404)")
      return
    }
    checkHTTPStatus(status, at: location)
  }

  mutating func checkIdentity(_ identity: Identity, at location: SourceLocation) {
    switch identity {
    case .code(let code, let name, let status):
      requireText(code, "code", at: location)
      if code.contains(where: \.isWhitespace) { error(location, "code '\(code)' contains spaces") }
      // The short link `e/<code>/` is a folder of the output too.
      checkSlugLength(Slug.kebab(code), "code", at: location)
      optionalText(name, "symbolic name", at: location)
      if let status { checkHTTPStatus(status, at: location) }
    case .apiError(let message, let status):
      requireText(message, "error message", at: location)
      if let status { checkHTTPStatus(status, at: location) }
    case .screenMessage(let message):
      requireText(message, "screen message", at: location)
    case .scenario(let number):
      if number < 0 { error(location, "scenario number \(number) is negative") }
    case .problem:
      break
    }
  }
}
