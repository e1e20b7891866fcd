/// How a sentence lists several things: "a", "a and b", "a, b and c".
package enum ListSentence {
  /// What comes before item `index` of a list of `count` in a sentence: "", ", " or " and ".
  package static func separator(at index: Int, count: Int) -> String {
    index == 0 ? "" : index == count - 1 ? " and " : ", "
  }

  /// An item as it reads at `index` of a sentence: after the first, a leading article ("The",
  /// "A", "An") is lower-cased, so "Support and the user" never reads "Support and The user".
  package static func phrase(_ item: String, at index: Int) -> String {
    guard index > 0 else { return item }
    for article in ["The ", "A ", "An "] where item.hasPrefix(article) {
      return article.lowercased() + item.dropFirst(article.count)
    }
    return item
  }

  /// The items as one sentence, "A, b and c", without its final stop.
  package static func joined(_ items: [String]) -> String {
    items.enumerated().map { separator(at: $0, count: items.count) + phrase($1, at: $0) }.joined()
  }
}
