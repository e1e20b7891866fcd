import KBModel

/// An entry as the reply support pastes into a ticket or a chat, in plain text and in Markdown:
/// its title, the cause, the steps numbered, what to do if it persists and its short link.
///
/// The entry page's "Copy as reply", `index.json` and `kb explain --format` all show this one text.
package struct EntryReply: Sendable, Equatable {
  package var text: String
  package var markdown: String
  /// `product/slug`, as `index.json` names the entry.
  package var id: String
  package var title: String
  /// The entry's page and its short link, in full.
  package var url: String
  package var shortURL: String

  /// A piece of prose in both forms.
  private struct Prose {
    var text: String
    var markdown: String
  }

  package init(_ entry: Entry, in product: Product, lookup: Lookup, options: RenderOptions) {
    func prose(_ markdown: String) -> Prose {
      let links = { (url: String) in Self.rewrite(url, product: product, lookup: lookup, options: options) }
      return Prose(
        text: CommonMark.plainText(markdown, links: links),
        markdown: CommonMark.commonMark(markdown, links: links).replacingNewlines())
    }
    let causes = entry.causes.map(prose)
    let steps = entry.resolution.map { prose($0.text) }
    let persists = Self.ifItPersists(entry, in: product).map(prose)
    let platforms = entry.variants.map(\.platform)
    let link = options.url(SitePaths.shortLink(of: entry))
    id = "\(product.slug)/\(entry.slug)"
    title = entry.displayTitle
    url = options.url(SitePaths.entry(entry, in: product))
    shortURL = link

    var text = [entry.displayTitle, ""]
    var markdown = ["**\(Self.markdownTitle(entry))**", ""]
    if causes.count == 1 {
      text += ["Cause: \(causes[0].text)", ""]
      markdown += ["**Cause:** \(causes[0].markdown)", ""]
    } else if !causes.isEmpty {
      text += ["Possible causes:"] + causes.map { "- \($0.text)" } + [""]
      markdown += ["**Possible causes:**", ""] + causes.map { "- \($0.markdown)" } + [""]
    }
    text.append("What to do:")
    markdown += ["**What to do:**", ""]
    for (index, step) in steps.enumerated() {
      text.append("\(index + 1). \(step.text)")
      markdown.append("\(index + 1). \(step.markdown)")
    }
    if !platforms.isEmpty {
      let line = "The steps differ on \(ListSentence.joined(platforms)): see the page."
      text.append(line)
      markdown += ["", Self.escaped(line)]
    }
    text += ["", "If it persists: " + persists.map(\.text).joined(separator: " ")]
    markdown += ["", "**If it persists:** " + persists.map(\.markdown).joined(separator: " ")]
    let include = product.support.include.map(prose)
    if !include.isEmpty {
      text += ["When you contact support, include:"] + include.map { "- \($0.text)" }
      markdown += ["", "When you contact support, include:", ""] + include.map { "- \($0.markdown)" }
    }
    text += ["", link]
    // An autolink needs a scheme; a path without the site's address stays plain text.
    markdown += ["", options.siteURL == nil ? Self.escaped(link) : "<\(link)>"]
    self.text = text.joined(separator: "\n") + "\n"
    self.markdown = markdown.joined(separator: "\n") + "\n"
  }

  /// The reply as one JSON object, for `kb explain --format json`: the entry's id, title,
  /// addresses, and the texts under the names `index.json` gives them.
  package var json: String {
    JSONValue.object([
      ("id", .string(id)), ("title", .string(title)), ("url", .string(url)), ("shortUrl", .string(shortURL)),
      ("text", .string(text)), ("markdown", .string(markdown)),
    ]).serialized()
  }

  /// What to do when the steps did not help, as CommonMark: the entry's own advice, then how to
  /// reach the product's support.
  private static func ifItPersists(_ entry: Entry, in product: Product) -> [String] {
    let support = product.support
    var parts = entry.escalation.map { [$0] } ?? []
    let ways = [
      support.ticketURL.map { "open a ticket at <\($0)>" }, support.email.map { "email <\($0)>" },
      support.chatURL.map { "chat at <\($0)>" }, support.phone.map { "call \($0)" },
    ].compactMap { $0 }
    let whom = "\(escaped(product.title)) support"
    parts.append(
      ways.isEmpty ? "Contact \(whom)." : "\(whom): \(ListSentence.listed(ways, conjunction: "or")).")
    return parts
  }

  /// Where a link of the entry's prose leads outside the site: `entry:` and `diagram:` links
  /// to their full addresses, a guide to its own address, an unknown target to plain text.
  private static func rewrite(_ url: String, product: Product, lookup: Lookup, options: RenderOptions)
    -> CommonMark.LinkRewrite
  {
    switch ProseLink(url) {
    case .entry(let ref):
      guard let found = lookup.entry(ref, from: product.slug) else { return .unlink }
      return .replace(options.url(SitePaths.entry(found.entry, in: found.product)))
    case .diagram(let slug, let step):
      return .replace(
        options.url(step.map { SitePaths.step($0, inDiagram: slug) } ?? SitePaths.diagram(slug)))
    case .guide(let slug, let section):
      return product.guide(slug)?.url(section: section).map(CommonMark.LinkRewrite.replace) ?? .unlink
    case nil:
      let lower = url.lowercased()
      return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
        ? .keep : .unlink
    }
  }

  /// The entry's title with its code and name as code spans.
  private static func markdownTitle(_ entry: Entry) -> String {
    let identity = [entry.code, entry.shownName].compactMap { $0 }.map(codeSpan).joined(separator: " ")
    return identity.isEmpty ? escaped(entry.title) : "\(identity): \(escaped(entry.title))"
  }

  /// Text as a Markdown code span, with enough backticks around it for the backticks inside.
  static func codeSpan(_ text: String) -> String {
    var fence = "`"
    while text.contains(fence) { fence += "`" }
    let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
    return fence + pad + text + pad + fence
  }

  /// Text with every character Markdown could read as markup escaped.
  static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#!|~".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}

extension String {
  /// The text on one line: a list item or a heading's text must not break its line.
  fileprivate func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
