import KBModel

/// What an entry's summary shows that does not depend on the page showing it, worked out once per
/// entry: every list, table and heading that names an entry repeats it, and a symptom's plain
/// text costs a CommonMark parse.
struct EntryFacts: Sendable {
  /// The symptom a customer recognises first, or the first cause when there is none.
  var oneLine: String
  /// The one line when it adds something to the title, code and name shown beside it.
  var seen: String?
  var httpStatus: String?
  var anchorAliases: [String]

  init(_ entry: Entry, in product: Product) {
    oneLine = Self.oneLine(entry)
    let line = oneLine.lowercased()
    let shown = [entry.title, entry.code, entry.shownName].compactMap { $0?.lowercased() }
    let repeats = shown.contains { Self.sameWords($0, line) || $0.contains(line) }
    seen = oneLine.isEmpty || repeats ? nil : oneLine
    httpStatus = entry.httpStatus.map(HTTPStatus.line)
    anchorAliases = PublishedLinks.anchorAliases(of: entry, in: product)
  }

  /// The facts of every entry of the site, by `key`.
  static func all(_ site: Site) -> [String: EntryFacts] {
    let entries = EntryPosition.all(in: site)
    // Each entry's facts on any core; the first entry of a key wins, as in site order.
    let made = concurrentMap(entries.count) { index in
      let (product, entry) = site[entries[index]]
      return (key(entry, in: product), EntryFacts(entry, in: product))
    }
    return Dictionary(made, uniquingKeysWith: { first, _ in first })
  }

  static func key(_ entry: Entry, in product: Product) -> String { product.slug + "/" + entry.slug }

  static func oneLine(_ entry: Entry) -> String {
    if let symptom = entry.symptoms.first(where: { $0.kind != .httpStatus }) ?? entry.symptoms.first {
      return symptom.plainText
    }
    return entry.causes.first.map(CommonMark.plainText) ?? ""
  }

  /// Whether two texts have the same words, whatever their punctuation.
  static func sameWords(_ lhs: String, _ rhs: String) -> Bool {
    // Most texts are ASCII, where a letter or digit is a byte and no Unicode table is needed.
    if lhs.utf8.allSatisfy({ $0 < 0x80 }), rhs.utf8.allSatisfy({ $0 < 0x80 }) {
      let words = { (text: String) in
        text.utf8.split { byte in
          !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
            && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
      }
      return words(lhs).elementsEqual(words(rhs)) { $0.elementsEqual($1) }
    }
    return sameWordsByCharacter(lhs, rhs)
  }

  /// `sameWords` for any text: words split on characters that are neither letters nor numbers.
  static func sameWordsByCharacter(_ lhs: String, _ rhs: String) -> Bool {
    let words = { (text: String) in text.split { !$0.isLetter && !$0.isNumber } }
    return words(lhs) == words(rhs)
  }
}
