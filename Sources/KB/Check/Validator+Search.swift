import KBModel

extension Validator {
  /// Synonym groups and entries' search terms: each term can match, is said once, and is used.
  mutating func checkSearchVocabulary() {
    let products = Set(site.products.map(\.slug))
    // Terms as search compares them, to where they were first written.
    var seen: [String?: [String: SourceLocation]] = [:]
    for group in site.synonyms {
      let at = group.location
      if let product = group.product, !products.contains(product) {
        error(
          at,
          "synonyms name the product '\(product)', which does not exist"
            + Suggestion.didYouMean(product, among: products.sorted()))
        continue
      }
      if group.terms.count < 2 { error(at, "a synonym group needs at least two terms") }
      for term in group.terms {
        guard let key = searchable(term, "synonym", at: at) else { continue }
        let earlier = seen[nil]?[key] ?? group.product.flatMap { seen[$0]?[key] }
        if let earlier {
          error(at, "synonym '\(term)' reads, as search sees it, like a term of the group at \(earlier)")
        } else if group.product == nil, let clash = seen.values.compactMap({ $0[key] }).first {
          error(at, "synonym '\(term)' is already in the product group at \(clash)")
        } else {
          seen[group.product, default: [:]][key] = at
        }
      }
    }
    checkSynonymsAreUsed()
  }

  /// The entries' `searchTerms:`: each can match, once, and is not already the entry's own text.
  mutating func checkSearchTerms(_ entry: Entry) {
    var seen: Set<String> = []
    let own = Set(([entry.code, entry.name, entry.title].compactMap { $0 } + entry.aliases).map(phraseKey))
    for term in entry.searchTerms {
      guard let key = searchable(term, "search term", at: entry.location) else { continue }
      if !seen.insert(key).inserted {
        error(entry.location, "search term '\(term)' is listed twice")
      } else if own.contains(key) {
        error(entry.location, "search term '\(term)' repeats the entry's own code, name or title")
      }
    }
  }

  /// A group none of whose terms any entry of its scope holds makes no difference: a mistyped term.
  private mutating func checkSynonymsAreUsed() {
    guard !site.synonyms.isEmpty else { return }
    var used: Set<Int> = []
    for product in site.products {
      let numbers = site.synonymGroupNumbers(for: product.slug)
      let expander = SynonymExpander(numbers.map { site.synonyms[$0] })
      for topic in product.topics {
        for entry in topic.entries {
          let document = SearchIndex.document(entry, topic: topic, in: product)
          let texts =
            [document.code, document.name, document.title].compactMap { $0 }
            + document.messages + document.observations + document.searchTerms + document.causes
            + document.body
          for text in texts {
            used.formUnion(expander.groups(in: text).map { numbers[$0] })
          }
        }
      }
    }
    let products = Set(site.products.map(\.slug))
    for (number, group) in site.synonyms.enumerated()
    where !used.contains(number) && (group.product.map(products.contains) ?? true) {
      let scope = group.product.map { "product '\($0)'" } ?? "site"
      error(
        group.location,
        "no entry of the \(scope) uses any of the synonyms "
          + group.terms.map { "'\($0)'" }.joined(separator: ", ")
          + "; one of them must be a word the entries use")
    }
  }

  /// The term as search compares it, or nil after an error when it cannot match anything.
  private mutating func searchable(_ term: String, _ field: String, at location: SourceLocation)
    -> String?
  {
    let words = SearchTokenizer.wordTokens(term)
    if words.isEmpty {
      error(location, "\(field) '\(term)' has no words")
      return nil
    }
    if words.allSatisfy(SearchTokenizer.isStopWord) {
      error(location, "\(field) '\(term)' holds only words search ignores on their own")
      return nil
    }
    return words.joined(separator: " ")
  }

  private func phraseKey(_ text: String) -> String {
    SearchTokenizer.wordTokens(text).joined(separator: " ")
  }
}
