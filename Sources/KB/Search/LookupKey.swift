/// How a code or name typed or pasted by a customer is compared with the codes and names of
/// entries: by search's exact matches (`search.js` applies the same two rules to queries, with
/// `codePrefixes` read from the index) and by `kb explain` and `kb link`.
///
/// 1. `key`: the pieces of every word, split at joiners and camelCase as search tokens are
///    (`SearchTokenizer` rule 5), case-folded and joined by single spaces, without stemming. So
///    `FAILED_TO_CREATE_CLASS`, `failed to create class`, `Failed-To-Create-Class` and
///    `failedToCreateClass` all read `failed to create class`.
/// 2. `code`: the number a code names when it is written as logs and customers write it: after
///    any words of `codePrefixes` (`error`, `code`, …), or glued to one (`E1014`, `ERR1014`), and
///    with its digits grouped in threes (`1,014`). `#1014`, `error-1014`, `ERR_1014`,
///    `Error code: 1014` and `E1014` all name `1014`.
///
/// `Tests/site/lookup_cases.json` holds the cases both test suites read.
package enum LookupKey {
  /// Words that stand before a code in logs and messages, as `key` writes them.
  static let codePrefixes = ["e", "err", "error", "code", "no", "number"]

  /// The keys a query is compared with codes, names and aliases by, most literal first.
  package static func keys(_ query: String) -> [String] {
    let whole = key(query)
    guard let code = code(query), code != whole else { return whole.isEmpty ? [] : [whole] }
    return whole.isEmpty ? [code] : [whole, code]
  }

  /// The keys an entry is found by: its code, names and aliases by rule 1, and a code that
  /// carries a prefix (`E100`) also by the number rule 2 reads in it, so `E-100` finds it too.
  package static func names(code: String?, others: [String]) -> [String] {
    var keys = ([code].compactMap { $0 } + others).map(key).filter { !$0.isEmpty }
    if let number = code.flatMap(Self.code), !keys.contains(number) {
      keys.insert(number, at: min(1, keys.count))
    }
    return keys
  }

  /// Rule 1: a text's word pieces, case-folded and joined by single spaces.
  package static func key(_ text: String) -> String {
    pieces(text).joined(separator: " ")
  }

  /// Rule 2: the number a code written with a prefix or grouped digits names; nil when the
  /// text is not such a code.
  package static func code(_ text: String) -> String? {
    var pieces = pieces(text)[...]
    while let first = pieces.first, codePrefixes.contains(first), pieces.count > 1 { pieces.removeFirst() }
    guard var first = pieces.first else { return nil }
    if !isDigits(first[...]),
      let glued = codePrefixes.first(where: { first.hasPrefix($0) && isDigits(first.dropFirst($0.count)) })
    {
      first.removeFirst(glued.count)
    }
    let groups = [first] + pieces.dropFirst()
    guard groups.allSatisfy({ isDigits($0[...]) }) else { return nil }
    // Digits grouped in threes after a first group of one to three: `1,014`, `12 345 678`.
    let grouped =
      groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
    return grouped ? groups.joined() : nil
  }

  private static func pieces(_ text: String) -> [String] {
    SearchTokenizer.words(text).flatMap { word in
      word.split(whereSeparator: SearchTokenizer.isJoiner).flatMap(SearchTokenizer.camelPieces)
        .map(SearchTokenizer.fold)
    }
  }

  private static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}
