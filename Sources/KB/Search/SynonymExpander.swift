import KBModel

/// Finds the synonym groups a text uses, so an entry can be indexed under the other terms too.
///
/// A term is found when its words, as tokens (`SearchTokenizer.wordTokens`), occur one after the
/// other in the text: "too large" is in "File Too Large", "won't start" in "the lab will not start".
struct SynonymExpander: Sendable {
  let groups: [Synonyms]
  /// Terms by their first word token, with the group they belong to.
  private let starts: [String: [(words: [String], group: Int)]]

  init(_ groups: [Synonyms]) {
    self.groups = groups
    var starts: [String: [(words: [String], group: Int)]] = [:]
    for (number, group) in groups.enumerated() {
      for term in group.terms {
        let words = SearchTokenizer.wordTokens(term)
        if let first = words.first { starts[first, default: []].append((words, number)) }
      }
    }
    self.starts = starts
  }

  /// The expanders of a site: one per product, with the site-wide groups, the product's own,
  /// and kb's `languageGroups`.
  static func byProduct(_ site: Site) -> [String: SynonymExpander] {
    Dictionary(
      site.products.map { product in
        let own = site.synonymGroupNumbers(for: product.slug).map { site.synonyms[$0] }
        return (product.slug, SynonymExpander(own + languageGroups))
      },
      uniquingKeysWith: { first, _ in first })
  }

  /// Plain verbs of English that mean what a product's own word for the act means, whatever the
  /// product: a customer writes "the app won't start" of what the text calls a failed launch.
  /// Words of a domain belong in the content's groups; these hold for any knowledge base.
  static let languageGroups = [
    Synonyms("start", "launch"),
    Synonyms("log in", "sign in", "login"),
    Synonyms("unable to", "could not", "cannot"),
  ]

  /// The numbers of the groups with a term in the text.
  func groups(in text: String) -> Set<Int> {
    guard !starts.isEmpty else { return [] }
    let words = SearchTokenizer.wordTokens(text)
    var found: Set<Int> = []
    for position in words.indices {
      for (term, group) in starts[words[position]] ?? []
      where words[position...].starts(with: term) {
        found.insert(group)
      }
    }
    return found
  }

  /// Every term of the given groups, in group order.
  func terms(of numbers: Set<Int>) -> [String] {
    numbers.sorted().flatMap { groups[$0].terms }
  }
}

extension Site {
  /// The synonym groups that apply to a product's entries, by their place in `synonyms`: the
  /// site-wide groups first, then the product's own.
  func synonymGroupNumbers(for product: String) -> [Int] {
    synonyms.indices.filter { synonyms[$0].product == nil }
      + synonyms.indices.filter { synonyms[$0].product == product }
  }
}
