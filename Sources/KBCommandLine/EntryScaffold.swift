import KB
import KBModel

/// Writes the Swift file of a new entry with every field shown, for `kb new entry`, and the edit
/// that lists it in a topic.
struct EntryScaffold {
  enum Problem: Error, CustomStringConvertible {
    case unknownProduct(String, hint: String)
    case unknownTopic(String, product: String, hint: String)
    case codeExists(String, at: SourceLocation)
    case slugExists(String, at: SourceLocation)
    /// What `kb check` would say of the identity.
    case invalidIdentity(String)
    case badSlug(String)
    case emptyText(String)
    case identity

    var description: String {
      switch self {
      case .unknownProduct(let slug, let hint): "unknown product '\(slug)'\(hint)"
      case .unknownTopic(let slug, let product, let hint):
        "product '\(product)' has no topic '\(slug)'\(hint)"
      case .codeExists(let code, let location): "code \(code) already exists at \(location)"
      case .slugExists(let slug, let location): "an entry with slug '\(slug)' already exists at \(location)"
      case .invalidIdentity(let message): message
      case .badSlug(let slug): "slug '\(slug)' must be lower-case letters, digits and single hyphens"
      case .emptyText(let field): "\(field) is empty"
      case .identity:
        "give exactly one of --code (with --name, --status), --api-error (with --status), --message or --problem"
      }
    }
  }

  /// What the product shows, as `kb new entry` is told it.
  enum Kind: Sendable, Equatable {
    case code(String, name: String?, status: Int? = nil)
    case apiError(String, status: Int?)
    case message(String)
    case problem(slug: String)

    /// The one kind the options name; `name` goes only with a code, `status` with a code or an API error.
    static func from(
      code: String?, name: String?, apiError: String?, status: Int?, message: String?, problem: String?
    ) throws -> Kind {
      let given = [code, apiError, message, problem].compactMap { $0 }
      guard given.count == 1, name == nil || code != nil, status == nil || apiError != nil || code != nil
      else {
        throw Problem.identity
      }
      if let code { return .code(code, name: name, status: status) }
      if let apiError { return .apiError(apiError, status: status) }
      if let message { return .message(message) }
      return .problem(slug: problem ?? "")
    }
  }

  /// A topic file with the new entry added to its `entries:`.
  struct TopicEdit: Sendable {
    let file: String
    let text: String
  }

  let path: String
  let variable: String
  let text: String
  /// The edit that lists the entry in `--topic`; nil when the writer must add it by hand.
  let topicEdit: TopicEdit?
  /// What the writer does next, naming the exact line when the topic could not be edited.
  let nextStep: String

  /// `readFile` reads a content file by its path relative to the package root.
  init(
    site: Site, product slug: String, kind: Kind, title: String, topic topicSlug: String? = nil,
    readFile: (String) -> String? = { _ in nil }
  ) throws {
    guard let product = site.products.first(where: { $0.slug == slug }) else {
      throw Problem.unknownProduct(slug, hint: Suggestion.didYouMean(slug, among: site.products.map(\.slug)))
    }
    if title.allSatisfy(\.isWhitespace) { throw Problem.emptyText("the title") }
    let identity = try Self.identity(kind)
    if let problem = Validator.identityErrors(identity, in: site).first {
      throw Problem.invalidIdentity(problem)
    }
    if let code = identity.code, let existing = product.entries.first(where: { $0.code == code }) {
      throw Problem.codeExists(code, at: existing.location.relativeToPackage)
    }
    let entrySlug = Slug.derive(identity: identity, title: title)
    if let existing = product.entries.first(where: { $0.slug == entrySlug }) {
      throw Problem.slugExists(entrySlug, at: existing.location.relativeToPackage)
    }
    var topic: Topic?
    if let topicSlug {
      topic = product.topics.first { $0.slug == topicSlug }
      if topic == nil {
        let hint = Suggestion.didYouMean(topicSlug, among: product.topics.map(\.slug))
        throw Problem.unknownTopic(topicSlug, product: slug, hint: hint)
      }
    }
    let productFile = product.location.relativeToPackage.file
    let topicFile = topic?.location.relativeToPackage.file
    let folder = productFile.split(separator: "/").dropLast().joined(separator: "/")
    let prefix = Self.filePrefix(product)
    let stem = prefix + Self.name(for: kind)
    path = "\(folder)/\(stem).swift"
    variable = Self.lowerCamelCase(stem)
    text = Self.template(
      variable: variable, identity: Self.swiftIdentity(kind), title: title, product: product,
      roles: site.roles)
    if let topic, let topicFile, let source = readFile(topicFile),
      let edited = Self.adding(variable, toEntriesOf: topic, in: source)
    {
      topicEdit = TopicEdit(file: topicFile, text: edited)
      nextStep = "listed `\(variable)` in the entries: of topic '\(topic.slug)' (\(topicFile))"
    } else {
      topicEdit = nil
      let place =
        topic.map { "topic '\($0.slug)' at \($0.location.relativeToPackage)" } ?? "a topic of '\(slug)'"
      nextStep = "add `\(variable),` to the entries: of \(place)"
    }
  }

  static func identity(_ kind: Kind) throws -> Identity {
    switch kind {
    case .code(let code, let name, let status):
      if let name, name.allSatisfy(\.isWhitespace) { throw Problem.emptyText("the name") }
      return .code(code, name: name, status: status)
    case .apiError(let message, let status):
      if message.allSatisfy(\.isWhitespace) { throw Problem.emptyText("the error message") }
      return .apiError(message, status: status)
    case .message(let message):
      if message.allSatisfy(\.isWhitespace) { throw Problem.emptyText("the message") }
      return .screenMessage(message)
    case .problem(let slug):
      guard Slug.isValid(slug) else { throw Problem.badSlug(slug) }
      return .problem
    }
  }

  /// The identity as the writer would type it, the problem's slug included.
  static func swiftIdentity(_ kind: Kind) -> String {
    switch kind {
    case .code(let code, let name, let status):
      ".code("
        + ([quoted(code)]
        + [name.map { "name: \(quoted($0))" }, status.map { "status: \($0)" }].compactMap { $0 })
        .joined(separator: ", ") + "),"
        + (name == nil && status == nil ? "  // name: \"SYMBOLIC_NAME\", status: 402 when it has them" : "")
    case .apiError(let message, nil): ".apiError(\(quoted(message))),  // status: 404 when the API sends one"
    case .apiError(let message, let status?): ".apiError(\(quoted(message)), status: \(status)),"
    case .message(let message): ".screenMessage(\(quoted(message))),"
    case .problem(let slug): ".problem,\n    slug: \(quoted(slug)),"
    }
  }

  /// The part of the file name after the product's prefix.
  static func name(for kind: Kind) -> String {
    switch kind {
    case .code(let code, _, _):
      // `card_velocity_exceeded` is `CardVelocityExceeded`; a number gets a word before it.
      upperCamelCase(code, maxWords: 6).first?.isNumber == true
        ? "Entry" + upperCamelCase(code, maxWords: 6) : upperCamelCase(code, maxWords: 6)
    case .apiError(let text, _), .message(let text): upperCamelCase(text, maxWords: 6)
    case .problem(let slug): upperCamelCase(slug, maxWords: 6)
    }
  }

  /// The prefix the product's files share (`Payments` of `PaymentsErrors`, `PaymentsFlow`), cut at a word boundary;
  /// the product file's own name when it has fewer than two other files.
  static func filePrefix(_ product: Product) -> String {
    func stem(_ file: String) -> String {
      String((file.split(separator: "/").last ?? "").dropLast(".swift".count))
    }
    let own = stem(product.location.file)
    let names = Set((product.topics.map(\.location) + product.diagrams.map(\.location)).map { stem($0.file) })
      .subtracting([own]).sorted()
    guard names.count >= 2, var prefix = names.first.map(Array.init) else { return own }
    for name in names.dropFirst() {
      let characters = Array(name)
      var length = 0
      while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
      prefix = Array(prefix.prefix(length))
    }
    while !prefix.isEmpty,
      !names.allSatisfy({ name in
        let characters = Array(name)
        return characters.count == prefix.count || characters[prefix.count].isUppercase
      })
    {
      prefix.removeLast()
    }
    return prefix.isEmpty ? own : String(prefix)
  }

  /// A type-style name as a property's: the leading capital, or the leading acronym but its
  /// last letter when a word follows it, in lower case (`LTIGrades` → `ltiGrades`).
  static func lowerCamelCase(_ name: String) -> String {
    let characters = Array(name)
    var capitals = characters.prefix { $0.isUppercase }.count
    if capitals > 1, capitals < characters.count, characters[capitals].isLowercase { capitals -= 1 }
    capitals = max(capitals, 1)
    return String(characters.prefix(capitals)).lowercased() + String(characters.dropFirst(capitals))
  }

  static func upperCamelCase(_ text: String, maxWords: Int) -> String {
    let words = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(maxWords)
    let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
    return joined.isEmpty ? "Entry" : joined
  }

  /// The topic file with `variable` added at the end of the topic's `entries:`, when it is an
  /// array written one element a line, an expression on one line, or `[]`; nil otherwise.
  static func adding(_ variable: String, toEntriesOf topic: Topic, in source: String) -> String? {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard topic.location.line >= 1, topic.location.line <= lines.count,
      let entriesLine = lines[(topic.location.line - 1)...].firstIndex(where: {
        $0.trimmingLeadingSpaces().hasPrefix("entries:")
      })
    else { return nil }
    let line = lines[entriesLine]
    let indent = String(line.prefix { $0 == " " })
    let body = line.trimmingLeadingSpaces().dropFirst("entries:".count).trimmingLeadingSpaces()
    if body == "[" {
      guard
        let close = lines[(entriesLine + 1)...].firstIndex(where: {
          $0 == indent + "]" || $0 == indent + "],"
        })
      else { return nil }
      // The element before the new one needs its separating comma.
      if let last = lines[entriesLine..<close].lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
        last != entriesLine, !lines[last].hasSuffix(",")
      {
        guard !lines[last].contains("//") else { return nil }
        lines[last] += ","
      }
      lines.insert("\(indent)  \(variable),", at: close)
    } else if body == "[]" || body == "[]," {
      lines[entriesLine] = "\(indent)entries: [\(variable)]" + (body.hasSuffix(",") ? "," : "")
    } else if !body.isEmpty, !body.contains("[") {
      let comma = body.hasSuffix(",")
      let expression = comma ? String(body.dropLast()) : String(body)
      lines[entriesLine] = "\(indent)entries: \(expression) + [\(variable)]" + (comma ? "," : "")
    } else {
      return nil
    }
    return lines.joined(separator: "\n")
  }

  /// `text` as a Swift string literal on one line: quotes and backslashes escaped, and every
  /// character a terminal or an editor would act on (line breaks, escape, bidi controls) written
  /// as an escape, so `kb check` then reports it at its line rather than it running anywhere.
  static func quoted(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case _ where VisibleText.isInvisible(scalar):
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return "\"" + result + "\""
  }

  static func template(
    variable: String, identity: String, title: String, product: Product, roles: [Role] = Role.standard
  ) -> String {
    let diagrams = product.diagrams.map(\.slug).joined(separator: ", ")
    let roles = roles.map { "." + $0.id }.joined(separator: ", ")
    return """
      import KBModel

      // Fill in every "" below, then run `make check`. Remove the optional fields you do not need.
      var \(variable): Entry {
        Entry(
          \(identity)
          title: \(quoted(title)),
          symptoms: [
            .message(""),  // the exact message the product shows
            .sees(""),  // what the user sees, in words
          ],
          causes: [
            ""
          ],
          resolution: [
            "",
            Step("", sample: nil),  // a step may carry a code sample: .shell("…"), .javascript("…")
          ],
          variants: [],  // PlatformVariant("Android", steps: ["…"]) where platforms differ
          samples: [],
          actors: [],  // who acts, from the site's roles: \(roles)
          frequency: nil,  // .common, .uncommon, .veryUncommon
          retry: nil,  // only where the source says: .retry(attempts: 1), .later, .doNotRetry, …
          escalation: nil,  // when to contact support, in CommonMark
          sourceNotes: [],  // SourceNote(says: "…", "…") where the source contradicts itself
          related: [],  // other entries by slug, code or name; "product/slug" in another product
          happensAt: nil,  // "diagram-slug#step-id"; diagrams of this product: \(diagrams.isEmpty ? "none" : diagrams)
          aliases: [],  // other spellings and old slugs that must keep working
          searchTerms: [],  // words customers type that the text does not hold, e.g. "payment failed"
          deprecation: nil,
          lastReviewed: nil  // when someone last checked it still holds, "YYYY-MM-DD"
        )
      }

      """
  }
}

extension StringProtocol {
  fileprivate func trimmingLeadingSpaces() -> SubSequence { drop { $0 == " " } }
}
