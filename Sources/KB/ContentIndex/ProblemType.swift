import KBModel

/// An entry as an RFC 9457 problem type: what a product that returns the error needs to point
/// its response at the entry's page. The entry page, `index.json` and `kb export` all read it,
/// so the three never disagree.
package struct ProblemType: Sendable {
  package var product: String
  package var slug: String
  package var code: String?
  package var name: String?
  package var status: Int?
  package var title: String
  package var retry: RetryAdvice?
  package var deprecated: Bool
  /// The entry's page where the site is published, which the lock keeps: the problem's `type`.
  package var type: String

  /// The problem type of an entry a product returns or shows (a code, an API error, a message);
  /// nil for a problem told in the user's words or a flowchart outcome, which no product emits.
  package init?(_ entry: Entry, in product: Product, baseURL: String) {
    guard entry.code != nil || entry.shownName != nil else { return nil }
    self.product = product.slug
    slug = entry.slug
    code = entry.code
    name = entry.shownName
    status = entry.httpStatus
    title = entry.title
    retry = entry.retry
    deprecated = entry.isDeprecated
    type = baseURL + SitePaths.entry(entry, in: product)
  }

  /// Every problem type of the site, in site order.
  package static func all(_ site: Site, baseURL: String) -> [ProblemType] {
    site.products.flatMap { product in
      product.topics.flatMap { topic in
        topic.entries.compactMap { ProblemType($0, in: product, baseURL: baseURL) }
      }
    }
  }

  /// A response body of this problem as `application/problem+json`: the members RFC 9457
  /// defines that the type fixes (`type`, `title`, `status` when the entry has one), and the
  /// entry's code as an extension member, which clients of such APIs usually read.
  var sample: JSONValue {
    var members: [(String, JSONValue)] = [("type", .string(type)), ("title", .string(title))]
    if let status { members.append(("status", .int(status))) }
    if let code { members.append(("code", .string(code))) }
    return .object(members)
  }

  /// The sample as the entry page shows it. The template escapes it for HTML, so `<`, `>` and
  /// `&`, which JSON files escape to be safe in a script, are shown as themselves.
  package var sampleText: String {
    var text = ""
    var rest = Substring(sample.serialized().dropLast())
    while let slash = rest.firstIndex(of: "\\") {
      text += rest[..<slash]
      rest = rest[slash...]
      let escape = String(rest.prefix(6))
      let shown = ["\\u003c": "<", "\\u003e": ">", "\\u0026": "&"][escape]
      // `\\` is an escaped backslash, never the start of another escape.
      let kept = shown == nil ? String(rest.prefix(2)) : escape
      text += shown ?? kept
      rest = rest.dropFirst(kept.count)
    }
    return text + rest
  }
}
