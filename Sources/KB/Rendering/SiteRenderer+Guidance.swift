import KBModel

extension SiteRenderer {
  /// The entry page's retry advice and notes on the source, as template values.
  func guidanceContext(_ entry: Entry, product: Product, links: LinkBuilder) -> [String: Any] {
    var context: [String: Any] = [:]
    if let retry = entry.retry { context["retry"] = retry.summary }
    if !entry.sourceNotes.isEmpty {
      context["hasSourceNotes"] = true
      context["sourceNotes"] = entry.sourceNotes.map { note in
        [
          "says": inline(note.says, product: product.slug, links: links),
          "html": inline(note.note, product: product.slug, links: links),
        ]
      }
    }
    return context
  }
}
