import Foundation
import KBModel

/// The precomputed search index: every token with the entries it occurs in and how much it weighs there.
///
/// `search.js` fetches `search-index.json` on the first focus of a search box; every file also
/// comes as a script (`search-index.js`, `search-index/p0.js`, …) that assigns the same data to a
/// global, for copies opened from disk, where browsers refuse `fetch`. The main file holds:
///
/// - `products`: product titles; `count`, the number of pages; `entryCount`, how many of them,
///   first, are entries;
/// - `tokens`: every token, sorted by UTF-16 code units (JavaScript's order) for prefix search, and
///   `df`, how many entries hold each;
/// - `postings`: per token, a flat list of pairs: the entry number as the difference from the
///   previous pair's (the first as is), and the weight;
/// - `kinds`: the labels of the kinds of page (`SearchDocument.Kind`);
/// - the rules `search.js` applies to queries, so that they are written once, here: `stopWords`,
///   the tokens a query word never matches by alone (`SearchTokenizer.stopWords`),
///   `contractions` (`SearchTokenizer.contractions`), `unsegmented`, the code point ranges of
///   scripts written without spaces (`SearchTokenizer.unsegmentedRanges`), `commonWordFloor`,
///   and `codePrefixes` (`LookupKey.codePrefixes`);
/// - `partsOnly`: the numbers of the tokens that occur only as parts of words (`privleg` of a
///   misspelled `PRIVLEGED_ZOOM_USER`), never as a word of their own; every other token is a word
///   of the site's vocabulary, which typo tolerance never reads as another such word;
/// - `entries`: one array per page (entries first): code, name, title, product number, URL,
///   snippet, kind number, the short texts phrases are judged in, and then an entry's aliases,
///   or the numbers of the entries a page gathers (a topic's, a troubleshooter's outcomes);
/// - `exact`: each entry's code, name and aliases as `LookupKey.key` writes them, to the
///   entries that carry them.
///
/// A site of more than `shardAbove` entries keeps only tokens and `df` in the main file, and
/// splits the rest into parts under `search-index/` that a query loads as it needs them, so the
/// first query transfers a fraction of the index: postings in runs of tokens (`p0`, `p1`, … from
/// the token numbers in `postingShards`), entries in runs of `entryShard` (`e0`, …), and exact keys
/// by the FNV-1a hash of the key modulo `exactShards` (`x0`, …).
///
/// A weight is the sum of the weights of the fields the token occurs in (see `Field`). A word that
/// occurs in more than an eighth of the entries, and in more than `commonWordFloor` of them, tells
/// entries apart only where it sits in more than the cause and body: its postings of weight
/// `weakWeight` or less are left out, which shrinks a large index by half and changes no ranking
/// that matters. `version` changes whenever the layout or the tokenizer does: `search.js` refuses
/// an index of another version and says the site needs rebuilding.
struct SearchIndex: Sendable {
  /// Where in an entry a token occurs; the weight orders fields as the ranking demands.
  enum Field: CaseIterable, Sendable {
    case code, httpStatus, name, title, message, searchTerm, pageTitle, namePart, observation
    case synonym, keyword, cause, pageText, body, weakSynonym

    /// Title, name and messages above what the user sees, above causes, above the resolution.
    var weight: Int {
      switch self {
      case .code: 64
      case .httpStatus: 24
      case .name: 14
      case .title: 12
      case .message, .searchTerm: 10
      case .pageTitle: 5
      case .namePart, .observation: 6
      case .synonym, .keyword: 5
      case .cause: 2
      case .body, .pageText, .weakSynonym: 1
      }
    }
  }

  /// Postings of common words at or below this weight are left out: cause, body and weak synonyms.
  static let weakWeight = 4

  static let jsonFile = "search-index.json"
  static let scriptFile = "search-index.js"
  static let partsFolder = "search-index/"
  static let version = 5
  /// Entries per entry part.
  static let entryShard = 16
  /// Roughly how many characters of postings go into one part.
  static let postingShardCharacters = 24_000
  /// Below this many entries containing a word, no posting is ever left out.
  static let commonWordFloor = 200

  /// Every page as results show it: `SearchDocument.forResults()`, without the texts that only
  /// feed the postings.
  let documents: [SearchDocument]
  let products: [String]
  /// Every token, sorted by UTF-16 code units, and at the same position its postings: the
  /// entries it occurs in, by entry number in order, with the token's weight there.
  let tokens: [String]
  let postingLists: [[(entry: Int32, weight: Int32)]]
  /// At the same position: whether the token occurs as a word of its own somewhere, not only
  /// as a part of one.
  let isWord: [Bool]
  /// Above this many entries the index is split into parts (`RenderOptions.searchShardsAbove`,
  /// which `kb build --search-shards-above` sets, e.g. so that tests see the split on a small site).
  var shardAbove = Self.defaultShardAbove

  static let defaultShardAbove = 1000

  init(documents: [SearchDocument]) {
    var postings = Postings()
    for document in documents { postings.add(document) }
    self.init(postings: &postings, documents: documents.map { $0.forResults() })
  }

  private init(postings: inout Postings, documents: [SearchDocument]) {
    self.documents = documents
    (tokens, postingLists, isWord) = postings.sortedLists()
    var products: [String] = []
    for document in documents where !products.contains(document.product) {
      products.append(document.product)
    }
    self.products = products
  }

  /// The index of every page of a site: entries in site order, then products, topics, diagrams,
  /// their steps, troubleshooters and their questions.
  ///
  /// The full text of one topic's entries exists at a time: each document adds its postings and
  /// is kept only as a result shows it, so memory does not hold every entry's plain text at once.
  init(site: Site) {
    let expanders = SynonymExpander.byProduct(site)
    var postings = Postings()
    var kept: [SearchDocument] = []
    func add(_ documents: [SearchDocument], in product: Product) {
      for var document in documents {
        if let expander = expanders[product.slug] { document.expand(with: expander) }
        postings.add(document)
        kept.append(document.forResults())
      }
    }
    for product in site.products {
      for topic in product.topics {
        add(topic.entries.map { Self.document($0, topic: topic, in: product) }, in: product)
      }
    }
    let lookup = Lookup(site)
    let numbers = Dictionary(
      site.products.flatMap { product in product.entries.map { "\(product.slug)/\($0.slug)" } }.enumerated()
        .map { ($1, $0) },
      uniquingKeysWith: { first, _ in first })
    for product in site.products {
      add(Self.pageDocuments(product, lookup: lookup, entryNumbers: numbers), in: product)
    }
    self.init(postings: &postings, documents: kept)
  }

  /// Adds `search-index.json` and `search-index.js`, and their parts when split, to the output.
  ///
  /// Each part is written as soon as it is made, and the postings go straight from numbers to
  /// text: holding every part as a `JSONValue` tree at once was the largest allocation of a big
  /// build. The text is the same as `files()` serialized (`SplitSearchIndexTests`).
  func write(into tree: inout OutputTree) {
    forEachFile { name, text in
      if let name {
        tree.add(file: Self.partsFolder + name + ".json", text: text + "\n")
        tree.add(
          file: Self.partsFolder + name + ".js",
          text: "(window.KB_SEARCH_PARTS = window.KB_SEARCH_PARTS || {})[\"\(name)\"] = \(text);\n")
      } else {
        tree.add(file: Self.jsonFile, text: text + "\n")
        tree.add(file: Self.scriptFile, text: "window.KB_SEARCH_INDEX = \(text);\n")
      }
    }
  }

  /// Every file as compact JSON text, one at a time: the main file (name nil), then the parts.
  func forEachFile(_ body: (_ part: String?, _ text: String) -> Void) {
    let layout = Layout(self)
    guard documents.count > shardAbove else {
      body(nil, files(layout).main.compactSerialized())
      return
    }
    let runs = postingRuns(layout)
    body(nil, JSONValue.object(mainMembers(layout, postingRuns: runs)).compactSerialized())
    for (part, run) in runs.enumerated() {
      var text = "["
      for number in run {
        if number > run.lowerBound { text += "," }
        Self.appendNumbers(layout.list(number), to: &text)
      }
      body("p\(part)", text + "]")
    }
    forEachEntryAndExactPart { name, value in body(name, value.compactSerialized()) }
  }

  /// `[a,b,…]` as `JSONValue.compactSerialized` writes an array of numbers.
  static func appendNumbers(_ list: [Int], to text: inout String) {
    text += "["
    for (index, number) in list.enumerated() {
      if index > 0 { text += "," }
      text += String(number)
    }
    text += "]"
  }

  /// The main file as a whole, parts included when the index is not split.
  func json() -> JSONValue { files().main }

  /// The weight of each token in each entry: token to entry number to summed field weights.
  func postings() -> [String: [Int: Int]] {
    Dictionary(
      uniqueKeysWithValues: zip(tokens, postingLists).map { token, list in
        (token, Dictionary(uniqueKeysWithValues: list.map { (Int($0.entry), Int($0.weight)) }))
      })
  }

  /// The weight of each token in each entry, gathered one document at a time in entry order.
  /// 32-bit numbers halve what was the largest allocation at the peak of a 10,000-entry build.
  ///
  /// Tokens are numbered as they first occur, and a word's tokens are remembered by the word,
  /// so a word met again costs one lookup instead of lowercasing, splitting, stemming and
  /// hashing each of its tokens anew; which tokens a document holds, and in which fields, is
  /// kept in arrays by token number. The lists are the same as adding `SearchTokenizer.tokens`
  /// of each text (`SearchIndexTests`).
  struct Postings {
    private var numbers: [String: Int32] = [:]
    private var tokens: [String] = []
    private var postings: [[(entry: Int32, weight: Int32)]] = []
    private var isWord: [Bool] = []
    /// Each word met: where its tokens start in `pieces`, and how many there are.
    private var words: [String: (start: Int32, count: Int32)] = [:]
    /// Token number times two, plus one when the token is a part of the word.
    private var pieces: [Int32] = []
    /// Per token: the fields holding it in the current document, one bit each, and the last text
    /// it occurred in, to keep only its first occurrence in a text.
    private var fieldBits: [UInt16] = []
    private var lastText: [Int32] = []
    private var held: [Int32] = []
    private var textCount: Int32 = 0
    private var count: Int32 = 0
    private static let fields = Field.allCases
    /// Beyond this many remembered words (a very large site's codes and identifiers), the memory
    /// starts over: common words come back at once, and it stays small at any size.
    private let wordLimit: Int

    init(wordLimit: Int = 1 << 16) {
      self.wordLimit = wordLimit
    }

    /// Every token sorted by UTF-16 code units (JavaScript's order), and its postings at the
    /// same position; what was gathered is let go first, since a large site's is large.
    mutating func sortedLists() -> (
      tokens: [String], lists: [[(entry: Int32, weight: Int32)]], isWord: [Bool]
    ) {
      (numbers, words, pieces, fieldBits, lastText, held) = ([:], [:], [], [], [], [])
      let order = tokens.indices.sorted { tokens[$0].utf16.lexicographicallyPrecedes(tokens[$1].utf16) }
      let sorted = (order.map { tokens[$0] }, order.map { postings[$0] }, order.map { isWord[$0] })
      (tokens, postings, isWord) = ([], [], [])
      return sorted
    }

    mutating func add(_ document: SearchDocument) {
      let fields = Self.fields
      for (field, text, partField) in SearchIndex.fieldTexts(document) {
        textCount += 1
        let whole = UInt16(1) << (fields.firstIndex(of: field) ?? 0)
        let part = UInt16(1) << (fields.firstIndex(of: partField) ?? 0)
        for word in SearchTokenizer.words(text) {
          for piece in pieces(of: word) {
            let number = Int(piece >> 1)
            if piece & 1 == 0 { isWord[number] = true }
            guard lastText[number] != textCount else { continue }
            lastText[number] = textCount
            if fieldBits[number] == 0 { held.append(Int32(number)) }
            fieldBits[number] |= piece & 1 == 1 ? part : whole
          }
        }
      }
      for number in held.map(Int.init) {
        let bits = fieldBits[number]
        let weight = fields.indices.reduce(0) { $0 + (bits & (1 << $1) != 0 ? fields[$1].weight : 0) }
        postings[number].append((count, Int32(weight)))
        fieldBits[number] = 0
      }
      held.removeAll(keepingCapacity: true)
      count += 1
    }

    /// A word's tokens, as numbers in `pieces`, worked out the first time the word is met.
    private mutating func pieces(of word: String) -> ArraySlice<Int32> {
      if let known = words[word] {
        return pieces[Int(known.start)..<Int(known.start + known.count)]
      }
      if words.count >= wordLimit {
        words.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
      }
      let start = pieces.count
      for token in SearchTokenizer.pieces(ofWord: word) {
        pieces.append(number(of: token.text) << 1 | (token.isPart ? 1 : 0))
      }
      words[word] = (Int32(start), Int32(pieces.count - start))
      return pieces[start...]
    }

    private mutating func number(of token: String) -> Int32 {
      if let number = numbers[token] { return number }
      let number = Int32(tokens.count)
      numbers[token] = number
      tokens.append(token)
      postings.append([])
      isWord.append(false)
      fieldBits.append(0)
      lastText.append(0)
      return number
    }
  }

  /// Each searchable text of a document with its field, and the field its split parts count in.
  static func fieldTexts(_ document: SearchDocument) -> [(Field, String, Field)] {
    var texts: [(Field, String, Field)] = []
    if let code = document.code { texts.append((.code, code, .namePart)) }
    if let status = document.httpStatus { texts.append((.httpStatus, String(status), .httpStatus)) }
    for name in [document.name].compactMap({ $0 }) + document.aliases {
      texts.append((.name, name, .namePart))
    }
    let isEntry = document.kind == .entry
    texts.append(isEntry ? (.title, document.title, .title) : (.pageTitle, document.title, .pageTitle))
    texts += document.messages.map { (.message, $0, .message) }
    texts += document.searchTerms.map { (.searchTerm, $0, .searchTerm) }
    texts += document.observations.map { (.observation, $0, .observation) }
    texts += document.synonyms.map { (.synonym, $0, .synonym) }
    texts += document.keywords.map { (.keyword, $0, .keyword) }
    texts += document.causes.map { (.cause, $0, .cause) }
    texts += document.body.map { isEntry ? (.body, $0, .body) : (.pageText, $0, .pageText) }
    texts += document.weakSynonyms.map { (.weakSynonym, $0, .weakSynonym) }
    return texts
  }

  /// The postings and the sorted tokens they are written in.
  struct Layout {
    let postings: [[(entry: Int32, weight: Int32)]]
    let tokens: [String]
    /// How many entries a common word must be in before its weak postings are left out.
    let common: Int

    init(_ index: SearchIndex) {
      postings = index.postingLists
      tokens = index.tokens
      common = max(index.documents.count / 8, SearchIndex.commonWordFloor)
    }

    var frequencies: [Int] { postings.map(\.count) }

    /// The postings of token `number` that are written: a common word's weak ones are left out.
    func kept(_ number: Int) -> [(entry: Int32, weight: Int32)] {
      // Already in entry order, as documents were read in order.
      let pairs = postings[number]
      return pairs.count > common ? pairs.filter { Int($0.weight) > SearchIndex.weakWeight } : pairs
    }

    /// How many postings of token `number` are written.
    func keptCount(_ number: Int) -> Int {
      let pairs = postings[number]
      return pairs.count > common ? pairs.count { Int($0.weight) > SearchIndex.weakWeight } : pairs.count
    }

    /// The postings of token `number` as written: entry number as the difference from the
    /// previous one, then the weight.
    func list(_ number: Int) -> [Int] {
      let pairs = kept(number)
      var previous = 0
      var list: [Int] = []
      list.reserveCapacity(pairs.count * 2)
      for pair in pairs {
        list.append(Int(pair.entry) - previous)
        list.append(Int(pair.weight))
        previous = Int(pair.entry)
      }
      return list
    }
  }

  /// The tokens whose postings go into each part: runs of about `postingShardCharacters`.
  func postingRuns(_ layout: Layout) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    var size = 0
    for number in layout.tokens.indices {
      size += layout.keptCount(number) * 2 * 4 + 2
      if size >= Self.postingShardCharacters || number == layout.tokens.count - 1 {
        runs.append(start..<number + 1)
        start = number + 1
        size = 0
      }
    }
    return runs
  }

  /// The main file's members; with posting runs, it names the parts instead of holding their data.
  func mainMembers(_ layout: Layout, postingRuns runs: [Range<Int>]?) -> [(String, JSONValue)] {
    var main: [(String, JSONValue)] = [
      ("version", .int(Self.version)),
      ("products", .strings(products)),
      ("kinds", .strings(SearchDocument.Kind.allCases.map(\.label))),
      ("stopWords", .strings(SearchTokenizer.stopWords)),
      (
        "contractions",
        .object(
          SearchTokenizer.contractions.keys.sorted().map {
            ($0, .strings(SearchTokenizer.contractions[$0] ?? []))
          })
      ),
      (
        "unsegmented",
        .array(
          SearchTokenizer.unsegmentedRanges.map {
            .array([.int(Int($0.lowerBound)), .int(Int($0.upperBound))])
          })
      ),
      ("commonWordFloor", .int(Self.commonWordFloor)),
      ("codePrefixes", .strings(LookupKey.codePrefixes)),
      ("count", .int(documents.count)),
      ("entryCount", .int(documents.prefix { $0.kind == .entry }.count)),
      ("tokens", .strings(layout.tokens)),
      ("df", .array(layout.frequencies.map(JSONValue.int))),
      ("partsOnly", .array(isWord.indices.filter { !isWord[$0] }.map(JSONValue.int))),
    ]
    if let runs {
      main += [
        ("postingShards", .array(runs.map { JSONValue.int($0.lowerBound) })),
        ("entryShard", .int(Self.entryShard)),
        ("exactShards", .int(exactShards)),
      ]
    }
    return main
  }

  /// How many parts the exact keys are split into.
  var exactShards: Int { max(1, documents.count / 16) }

  /// The main file, and the named parts (`p0`, `e0`, `x0`, …) when the index is split.
  func files() -> (main: JSONValue, parts: [(String, JSONValue)]) {
    files(Layout(self))
  }

  private func files(_ layout: Layout) -> (main: JSONValue, parts: [(String, JSONValue)]) {
    let list = { Self.numbers(layout.list($0)) }
    guard documents.count > shardAbove else {
      let main =
        mainMembers(layout, postingRuns: nil) + [
          ("postings", .array(layout.tokens.indices.map(list))),
          ("entries", .array(entries())),
          ("exact", exactKeys(documents.indices)),
        ]
      return (.object(main), [])
    }
    let runs = postingRuns(layout)
    let postings = runs.enumerated().map { ("p\($0)", JSONValue.array($1.map(list))) }
    return (.object(mainMembers(layout, postingRuns: runs)), postings + entryAndExactParts())
  }

  static func numbers(_ list: [Int]) -> JSONValue { .array(list.map(JSONValue.int)) }

  /// The entry parts (`e0`, … of `entryShard` entries each) and the exact-key parts (`x0`, …).
  func entryAndExactParts() -> [(String, JSONValue)] {
    var parts: [(String, JSONValue)] = []
    forEachEntryAndExactPart { parts.append(($0, $1)) }
    return parts
  }

  /// The same parts, each handed on as soon as it is made.
  func forEachEntryAndExactPart(_ body: (String, JSONValue) -> Void) {
    for start in stride(from: 0, to: documents.count, by: Self.entryShard) {
      let end = min(start + Self.entryShard, documents.count)
      body("e\(start / Self.entryShard)", .array(entries(start..<end)))
    }
    var byHash: [Int: [Int]] = [:]
    for number in documents.indices {
      for key in exactKeyTexts(documents[number]) {
        byHash[Int(Self.hash(key) % UInt32(exactShards)), default: []].append(number)
      }
    }
    for shard in 0..<exactShards {
      body("x\(shard)", exactKeys(Array(Set(byHash[shard] ?? [])).sorted(), hashShard: (shard, exactShards)))
    }
  }

  /// The display data of every entry, as `search.js` reads it.
  func entries() -> [JSONValue] { entries(documents.indices) }

  /// The display data of some entries.
  func entries(_ range: Range<Int>) -> [JSONValue] {
    let productNumbers = Dictionary(
      products.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return documents[range].map { document -> JSONValue in
      var fields: [JSONValue] = [
        .optional(document.code), .optional(document.name), .string(document.title),
        .int(productNumbers[document.product] ?? 0), .string(document.url),
        .string(document.snippet), .int(document.kind.rawValue), .strings(document.phraseTexts),
      ]
      if !document.aliases.isEmpty { fields.append(.strings(document.aliases)) }
      if !document.members.isEmpty { fields.append(.array(document.members.map(JSONValue.int))) }
      return .array(fields)
    }
  }

  /// A document's code, name and aliases as exact keys (`LookupKey.names`).
  func exactKeyTexts(_ document: SearchDocument) -> [String] {
    LookupKey.names(code: document.code, others: [document.name].compactMap { $0 } + document.aliases)
  }

  /// Exact keys of the given entries to their entry numbers, sorted by key; only the keys that
  /// hash to `hashShard` when one is given.
  func exactKeys<Numbers: Sequence<Int>>(_ numbers: Numbers, hashShard: (Int, Int)? = nil)
    -> JSONValue
  {
    var keys: [String: [Int]] = [:]
    for number in numbers {
      for key in exactKeyTexts(documents[number]) {
        if let (shard, count) = hashShard, Int(Self.hash(key) % UInt32(count)) != shard { continue }
        if keys[key]?.last != number { keys[key, default: []].append(number) }
      }
    }
    return .object(
      keys.keys.sorted().map { ($0, .array(keys[$0, default: []].map(JSONValue.int))) })
  }

  /// FNV-1a over UTF-16 code units, as `search.js` computes it.
  static func hash(_ key: String) -> UInt32 {
    key.utf16.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
  }

}
