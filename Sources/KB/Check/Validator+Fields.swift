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
      error(
        location,
        "\(field) '\(slug)' must be lower-case letters, digits and single hyphens, e.g. '\(Slug.kebab(slug))'"
      )
    }
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
    checkSlug(entry.slug, "entry slug", at: at)
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
    for alias in entry.aliases { requireText(alias, "alias", at: at) }
    if let date = entry.lastReviewed, !Self.isISODate(date) {
      error(at, "lastReviewed '\(date)' is not a date written as YYYY-MM-DD")
    }
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
