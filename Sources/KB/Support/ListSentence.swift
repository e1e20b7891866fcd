/// How a sentence lists several things: "a", "a and b", "a, b and c".
package enum ListSentence {
  /// What comes before item `index` of a list of `count` in a sentence: "", ", " or " and "
  /// (" or " for alternatives).
  package static func separator(at index: Int, count: Int, conjunction: String = "and") -> String {
    index == 0 ? "" : index == count - 1 ? " \(conjunction) " : ", "
  }

  /// The items as they are, listed: "a", "a or b", "a, b or c".
  package static func listed(_ items: [String], conjunction: String = "and") -> String {
    items.indices.map { separator(at: $0, count: items.count, conjunction: conjunction) + items[$0] }.joined()
  }

  /// An item as it reads at `index` of a sentence whose items are written as they start one:
  /// after the first, an item's first word is lower-cased ("The user and an administrator"),
  /// unless the item is a name or its first word is an abbreviation in capitals ("IT admin");
  /// the first item always starts with a capital.
  package static func phrase(_ item: String, at index: Int, isName: Bool = false) -> String {
    guard let first = item.first else { return item }
    if index == 0 { return first.uppercased() + item.dropFirst() }
    guard !isName else { return item }
    let firstWord = item.prefix { !$0.isWhitespace }
    guard firstWord.dropFirst().allSatisfy({ !$0.isUppercase }) else { return item }
    return first.lowercased() + item.dropFirst()
  }

  /// The items as one sentence, "A, b and c", without its final stop.
  package static func joined(_ items: [String]) -> String {
    items.enumerated().map { separator(at: $0, count: items.count) + phrase($1, at: $0) }.joined()
  }
}
