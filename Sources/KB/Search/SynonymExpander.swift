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

  /// The expanders of a site: one per product, with the site-wide groups and the product's own.
  static func byProduct(_ site: Site) -> [String: SynonymExpander] {
    Dictionary(
      site.products.map { product in
        (product.slug, SynonymExpander(site.synonymGroupNumbers(for: product.slug).map { site.synonyms[$0] }))
      },
      uniquingKeysWith: { first, _ in first })
  }

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
