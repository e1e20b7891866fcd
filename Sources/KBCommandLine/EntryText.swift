import Foundation
import KB
import KBModel

/// What `kb explain` and `kb link` print: an entry as readable text, or its addresses, found by
/// what support has at hand (a code, a name, a message, `product/slug`, a short link).
enum EntryText {
  /// The outcome of looking an entry up.
  enum Answer: Equatable, Sendable {
    /// The text to print.
    case found(String)
    /// Several products have what was asked for: the choices, one a line, to print.
    case choices(String)
    /// Nothing matched: a message for standard error.
    case notFound(String)
  }

  /// What `kb explain` prints of an entry.
  enum Format: String, CaseIterable, Sendable {
    /// The whole entry: title, product, symptoms, cause, resolution, samples and links.
    case page
    /// The reply to paste into a ticket, as plain text, as Markdown or as JSON.
    case text, markdown, json
  }

  /// `kb explain`: the entry as readable text, or the reply support pastes into a ticket.
  static func explain(
    _ query: String, site: Site, options: RenderOptions = RenderOptions(), format: Format = .page
  ) -> Answer {
    answer(query, site: site, options: options) { product, entry in
      guard format != .page else { return text(entry, in: product, site: site, options: options) }
      let reply = EntryReply(entry, in: product, lookup: Lookup(site), options: options)
      switch format {
      case .page, .text: return reply.text
      case .markdown: return reply.markdown
      case .json: return reply.json + "\n"
      }
    }
  }

  /// `kb link`: the short link and the full link of an entry.
  static func link(_ query: String, site: Site, options: RenderOptions = RenderOptions()) -> Answer {
    answer(query, site: site, options: options) { product, entry in
      "\(options.url(SitePaths.shortLink(of: entry)))\n\(options.url(SitePaths.entry(entry, in: product)))\n"
    }
  }

  /// Every entry `query` names: `product/slug` names one; a code, name, message, slug or short
  /// link names every entry that has it. Codes and names compare as search's exact matches do
  /// (`LookupKey`): `E1014`, `#1014` and `error-1014` name `1014`, and `failed to create class`
  /// names `FAILED_TO_CREATE_CLASS`.
  static func matches(_ query: String, in site: Site) -> [(Product, Entry)] {
    var wanted = query.trimmingCharacters(in: .whitespaces)
    if wanted.hasPrefix("e/") { wanted.removeFirst(2) }
    if wanted.hasSuffix("/") { wanted.removeLast() }
    let lowered = wanted.lowercased()
    let kebab = Slug.kebab(wanted)
    let all = site.products.flatMap { product in product.entries.map { (product, $0) } }
    if let exact = all.first(where: { "\($0.0.slug)/\($0.1.slug)" == lowered }) { return [exact] }
    for key in LookupKey.keys(wanted) {
      let named = all.filter { _, entry in
        LookupKey.names(code: entry.code, others: [entry.shownName].compactMap { $0 }).contains(key)
          || entry.slug == kebab || SitePaths.shortLinkKey(entry) == kebab
          || entry.aliases.contains { Slug.kebab($0) == kebab }
      }
      if !named.isEmpty { return named }
    }
    // What a customer pastes: the message the product showed, then the HTTP status.
    let wantedKey = LookupKey.key(wanted)
    let saying = all.filter { _, entry in
      entry.symptoms.contains { $0.kind == .message && LookupKey.key($0.text) == wantedKey }
    }
    if !saying.isEmpty { return saying }
    guard let status = Int(wanted), (100...599).contains(status) else { return [] }
    return all.filter { _, entry in
      entry.httpStatus == status
        || entry.symptoms.contains { $0.kind == .httpStatus && $0.text.hasPrefix(wanted) }
    }
  }

  /// The answer to print, every writer string in it shown with its control characters escaped
  /// (`\u{1B}`): `kb explain` runs before `kb check` may have, and a terminal acts on them.
  private static func answer(
    _ query: String, site: Site, options: RenderOptions, render: (Product, Entry) -> String
  ) -> Answer {
    func visible(_ text: String) -> String { VisibleText.escaped(text, keepingLineBreaks: true) }
    let found = matches(query, in: site)
    guard let (product, entry) = found.first else {
      return .notFound(VisibleText.escaped("no entry has the code, name, message or HTTP status '\(query)'"))
    }
    if found.count == 1 { return .found(visible(render(product, entry))) }
    var lines = ["'\(VisibleText.escaped(query))' matches \(found.count) entries; ask for one of these:"]
    for (product, entry) in found {
      lines.append(VisibleText.escaped("  \(product.slug)/\(entry.slug)  \(product.title): \(entry.title)"))
    }
    return .choices(lines.joined(separator: "\n") + "\n")
  }

  static func text(_ entry: Entry, in product: Product, site: Site, options: RenderOptions) -> String {
    var out: [String] = []
    out.append(entry.displayTitle)
    let topic = product.topics.first { $0.entries.contains { $0.slug == entry.slug } }
    out.append([product.title, topic?.title].compactMap { $0 }.joined(separator: " · "))
    if let status = entry.httpStatus { out.append("HTTP \(HTTPStatus.line(status))") }
    if entry.isDeprecated { out.append("Deprecated: kept so old links keep working.") }
    if !entry.symptoms.isEmpty {
      out.append("\nSymptoms")
      for symptom in entry.symptoms {
        let line: String
        switch symptom.kind {
        case .message: line = "Message: \(symptom.text)"
        case .httpStatus: line = "HTTP \(symptom.text)"
        case .observation: line = symptom.plainText
        }
        out.append(wrap(line, first: "  - ", rest: "    "))
      }
    }
    out.append("\nCause")
    for cause in entry.causes { out.append(wrap(CommonMark.plainText(cause), first: "  ", rest: "  ")) }
    out.append("\nResolution")
    out.append(contentsOf: steps(entry.resolution))
    for variant in entry.variants {
      out.append("\n  On \(variant.platform):")
      out.append(contentsOf: steps(variant.steps))
    }
    for sample in entry.samples {
      out.append("")
      out.append(contentsOf: sampleLines(sample, indent: "  "))
    }
    var facts: [String] = []
    if !entry.actors.isEmpty {
      facts.append("Who acts: \(site.sentence(of: entry.actors)).")
    }
    if let frequency = entry.frequency { facts.append("How often: \(frequency.label)") }
    if let retry = entry.retry { facts.append("Retry: \(retry.summary)") }
    if let reviewed = entry.lastReviewed { facts.append("Last reviewed: \(reviewed)") }
    if !facts.isEmpty { out.append("\n" + facts.joined(separator: "\n")) }
    if let escalation = entry.escalation {
      out.append("\nWhen to contact support")
      out.append(wrap(CommonMark.plainText(escalation), first: "  ", rest: "  "))
    }
    out.append(contentsOf: supportLines(product.support))
    out.append("\nLinks")
    out.append("  Page:       \(options.url(SitePaths.entry(entry, in: product)))")
    out.append("  Short link: \(options.url(SitePaths.shortLink(of: entry)))")
    let lookup = Lookup(site)
    for ref in entry.related {
      guard let found = lookup.entry(ref, from: product.slug) else { continue }
      out.append(
        "  Related:    \(options.url(SitePaths.entry(found.entry, in: found.product)))  \(found.entry.title)")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// How to reach the product's support, as the entry page's support block says.
  static func supportLines(_ support: Support) -> [String] {
    var lines = ["\nSupport"]
    if let url = support.ticketURL { lines.append("  Ticket:     \(url)") }
    if let email = support.email { lines.append("  Email:      \(email)") }
    if let url = support.chatURL { lines.append("  Chat:       \(url)") }
    if let phone = support.phone {
      lines.append("  Phone:      \(phone)\(support.hours.map { " (\($0))" } ?? "")")
    }
    if !support.include.isEmpty {
      lines.append("  Put in your ticket:")
      lines += support.include.map { wrap(CommonMark.plainText($0), first: "    - ", rest: "      ") }
    }
    if let notes = support.notes { lines.append(wrap(CommonMark.plainText(notes), first: "  ", rest: "  ")) }
    return lines
  }

  private static func steps(_ steps: [Step]) -> [String] {
    steps.enumerated().flatMap { index, step in
      [wrap(CommonMark.plainText(step.text), first: "  \(index + 1). ", rest: "     ")]
        + (step.sample.map { sampleLines($0, indent: "     ") } ?? [])
    }
  }

  private static func sampleLines(_ sample: CodeSample, indent: String) -> [String] {
    sample.languages.flatMap { one in
      ["\(indent)\(one.title.map { "\($0) " } ?? "")(\(CodeSample.label(of: one.language))):"]
        + one.code.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)    \($0)" }
    }
  }

  /// Words wrapped at 80 columns, the first line after `first`, the others after `rest`.
  static func wrap(_ text: String, first: String, rest: String, width: Int = 80) -> String {
    var lines: [String] = []
    var line = first
    var empty = true
    for word in text.split(whereSeparator: \.isWhitespace) {
      if !empty, line.count + 1 + word.count > width {
        lines.append(line)
        line = rest
        empty = true
      }
      line += (empty ? "" : " ") + word
      empty = false
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
