import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("search index")
struct SearchIndexTests {
  struct TokenizerCase: Decodable, CustomTestStringConvertible {
    var text: String
    var tokens: [String]
    var testDescription: String { text }
  }

  /// A file of cases in `Tests/site/` that the Chromium tests of `search.js` read too.
  static func sharedCases<Case: Decodable>(_ name: String) -> [Case] {
    let file = SiteTestSupport.packageRoot.appendingPathComponent("Tests/site/\(name)")
    guard let data = FileManager.default.contents(atPath: file.path) else { return [] }
    return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
  }

  /// The cases `search.js` is tested against too, so both sides tokenize alike.
  static let tokenizerCases: [TokenizerCase] = sharedCases("tokenizer_cases.json")

  struct LookupCase: Decodable, Sendable, CustomTestStringConvertible {
    var text: String
    var keys: [String]
    var testDescription: String { text }
  }

  /// The cases `search.js` is tested against too, so codes and names compare alike on both sides.
  static let lookupCases: [LookupCase] = sharedCases("lookup_cases.json")

  @Test("the shared lookup cases are there")
  func lookupCasesLoad() {
    #expect(Self.lookupCases.count >= 10)
  }

  @Test("codes and names compare by the documented rules", arguments: lookupCases)
  func lookupKeys(_ testCase: LookupCase) {
    #expect(LookupKey.keys(testCase.text) == testCase.keys)
  }

  @Test("the shared tokenizer cases are there")
  func casesLoad() {
    #expect(Self.tokenizerCases.count >= 10)
  }

  @Test("tokens follow the documented rules", arguments: tokenizerCases)
  func tokenizer(_ testCase: TokenizerCase) {
    #expect(SearchTokenizer.tokenTexts(testCase.text) == testCase.tokens)
  }

  @Test("the ASCII fast path gives what the Unicode path gives, on the shared cases and on random text")
  func asciiFastPath() {
    // Letters, digits, joiners, apostrophes, camelCase, contractions, possessives and spaces,
    // drawn at random from a fixed seed so a failure can be replayed.
    let pieces = [
      "a", "B", "z", "Q", "0", "7", "_", "#", ".", "-", "'", "'s", "'S", " ", "  ", ",", "!", "(",
      "don't", "Cannot", "WONT", "isn't", "LMS's", "HTTPServer", "AgsAccessToken", "v1.3", "__",
      "--", "..", "stopped", "used", "speeding", "classes", "Started", "FAILED_TO_GET", "x#y", "é",
    ].filter { SearchTokenizer.isASCII($0) }
    var generator = DiagramRandom(seed: 0x5EED)
    var texts = Self.tokenizerCases.map(\.text).filter(SearchTokenizer.isASCII)
    for _ in 0..<3000 {
      let count = Int.random(in: 1...14, using: &generator)
      texts.append((0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
    }
    // Every contraction, in any case, whatever the fast path's quick test on word endings.
    for (contraction, words) in SearchTokenizer.contractions {
      #expect(SearchTokenizer.asciiWords(contraction.uppercased()) == words, "\(contraction)")
      texts.append("It \(contraction) work, \(contraction.capitalized)!")
    }
    for text in texts {
      #expect(SearchTokenizer.asciiWords(text) == SearchTokenizer.unicodeWords(text), "\(text)")
      #expect(
        SearchTokenizer.tokens(text) == SearchTokenizer.tokens(text, fastASCII: false), "\(text)")
    }
  }

  @Test("an entry's code, name parts and status land in the index with their field weights")
  func postings() throws {
    let entry = Fixtures.entry(.code("42", name: "THE_ANSWER"), title: "Something failed")
    let index = SearchIndex(site: Fixtures.site(entries: [entry]))
    let postings = index.postings()
    // The URL slug repeats the code, and counts as a keyword.
    #expect(postings["42"]?[0] == Field.code.weight + Field.keyword.weight)
    #expect(postings["the_answer"]?[0] == Field.name.weight)
    #expect(postings["answer"]?[0] == Field.namePart.weight)
    #expect(postings["409"]?[0] == Field.message.weight)
    let failed = try #require(postings["fail"]?[0])
    #expect(failed == Field.title.weight + Field.message.weight)
  }

  typealias Field = SearchIndex.Field

  @Test("tokens are sorted as JavaScript compares strings, with one postings list each")
  func sortedTokens() throws {
    let index = SearchIndex(site: Fixtures.site(entries: [Fixtures.entry()]))
    guard case .object(let members) = index.json(),
      case .array(let tokens)? = members.first(where: { $0.0 == "tokens" })?.1,
      case .array(let postings)? = members.first(where: { $0.0 == "postings" })?.1
    else {
      Issue.record("unexpected index layout")
      return
    }
    let texts = tokens.compactMap { token -> String? in
      if case .string(let text) = token { return text }
      return nil
    }
    #expect(texts == texts.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    #expect(texts.count == postings.count)
  }

  @Test("the script form carries the same data as the JSON form")
  func scriptMatchesJSON() throws {
    var tree = OutputTree()
    SearchIndex(site: Fixtures.site(entries: [Fixtures.entry()])).write(into: &tree)
    let json = try #require(
      tree.files[SearchIndex.jsonFile].map { String(decoding: $0, as: UTF8.self) })
    let script = try #require(
      tree.files[SearchIndex.scriptFile].map { String(decoding: $0, as: UTF8.self) })
    #expect(script == "window.KB_SEARCH_INDEX = " + json.dropLast() + ";\n")
  }

  @Test("snippets are cut at a word boundary")
  func snippet() {
    let long = String(repeating: "word ", count: 60)
    let cut = SearchIndex.snippet(long)
    #expect(cut.count <= 161)
    #expect(cut.hasSuffix("word…"))
  }
}

@Suite("split search index")
struct SplitSearchIndexTests {
  static func split(entries: Int) -> (main: [(String, JSONValue)], parts: [String: JSONValue]) {
    let documents = (0..<entries).map { number in
      SearchDocument(
        code: String(1000 + number), name: "ERROR_\(number)", title: "Problem \(number)",
        product: "Demo",
        url: "demo/\(1000 + number)/")
    }
    var index = SearchIndex(documents: documents)
    index.shardAbove = 1
    let (main, parts) = index.files()
    guard case .object(let members) = main else { return ([], [:]) }
    return (members, Dictionary(parts, uniquingKeysWith: { first, _ in first }))
  }

  @Test("the main file keeps tokens and counts; postings, entries and exact keys move to parts")
  func layout() {
    let (main, parts) = Self.split(entries: 40)
    let keys = main.map(\.0)
    #expect(keys.contains("tokens") && keys.contains("df") && keys.contains("postingShards"))
    #expect(!keys.contains("postings") && !keys.contains("entries") && !keys.contains("exact"))
    #expect(parts["p0"] != nil)
    #expect(parts.keys.filter { $0.hasPrefix("e") }.count == 3)
    #expect(parts.keys.filter { $0.hasPrefix("x") }.count == 2)
  }

  @Test("the files written part by part are the index's files, serialized", arguments: [1, 1000])
  func streamedFiles(shardAbove: Int) {
    let documents = (0..<300).map { number in
      SearchDocument(
        code: String(1000 + number), name: "ERROR_\(number % 37)", title: "Problem \(number) of the lab",
        product: number % 3 == 0 ? "Demo" : "Other", url: "demo/\(1000 + number)/",
        messages: ["The session \(number % 11) expired"], causes: ["A token was revoked \(number % 5)"])
    }
    var index = SearchIndex(documents: documents)
    index.shardAbove = shardAbove
    let (main, parts) = index.files()
    var streamed: [String: String] = [:]
    index.forEachFile { name, text in streamed[name ?? "main"] = text }
    #expect(streamed["main"] == main.compactSerialized())
    #expect(streamed.count == parts.count + 1)
    for (name, value) in parts { #expect(streamed[name] == value.compactSerialized(), "\(name)") }
    #expect(shardAbove == 1 ? parts.contains { $0.0 == "p1" } : parts.isEmpty)
  }

  @Test("every exact key sits in the part its hash names")
  func exactKeysByHash() {
    let (_, parts) = Self.split(entries: 40)
    for (name, part) in parts where name.hasPrefix("x") {
      guard case .object(let keys) = part, let shard = UInt32(name.dropFirst()) else {
        Issue.record("\(name) is not an object")
        continue
      }
      for (key, _) in keys { #expect(SearchIndex.hash(key) % 2 == shard, "\(key) in \(name)") }
    }
  }

  @Test("the hash is FNV-1a over UTF-16 code units")
  func hash() {
    #expect(SearchIndex.hash("") == 2_166_136_261)
    #expect(SearchIndex.hash("a") == 0xE40C_292C)
  }
}

@Suite("JSON strings")
struct JSONStringTests {
  @Test("strings with nothing to escape are copied whole, and come out as the escaping path writes them")
  func quickPath() {
    let pieces = [
      "a", "Z", "é", "日本", "😀", " ", "\"", "\\", "\n", "\t", "\u{1}", "<", ">", "&", "\u{2028}",
      "\u{2029}", "\u{2027}", "\u{2030}", "’", "—", "/",
    ]
    var generator = DiagramRandom(seed: 0x1A50)
    var texts = pieces
    for _ in 0..<2000 {
      let count = Int.random(in: 0...12, using: &generator)
      texts.append((0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
    }
    for text in texts {
      var quick = ""
      JSONValue.writeString(text, to: &quick)
      var escaped = ""
      JSONValue.writeEscaped(text, to: &escaped)
      #expect(quick == escaped, "\(text.debugDescription)")
    }
  }
}

@Suite("search postings by token number")
struct SearchPostingsTests {
  typealias Field = SearchIndex.Field

  /// Postings as the index defines them: each text's tokens (first occurrence only), the field of
  /// the whole word or of a part, weights summed over the fields a token is in.
  static func reference(_ documents: [SearchDocument]) -> [String: [Int: Int]] {
    var result: [String: [Int: Int]] = [:]
    for (number, document) in documents.enumerated() {
      var found: [String: Set<Field>] = [:]
      for (field, text, partField) in SearchIndex.fieldTexts(document) {
        for token in SearchTokenizer.tokens(text) {
          found[token.text, default: []].insert(token.isPart ? partField : field)
        }
      }
      for (token, fields) in found {
        result[token, default: [:]][number] = fields.reduce(0) { $0 + $1.weight }
      }
    }
    return result
  }

  static func postings(_ documents: [SearchDocument], wordLimit: Int) -> [String: [Int: Int]] {
    var postings = SearchIndex.Postings(wordLimit: wordLimit)
    for document in documents { postings.add(document) }
    let (tokens, lists, _) = postings.sortedLists()
    #expect(tokens == tokens.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    return Dictionary(
      uniqueKeysWithValues: zip(tokens, lists).map { token, list in
        (token, Dictionary(uniqueKeysWithValues: list.map { (Int($0.entry), Int($0.weight)) }))
      })
  }

  /// The bundled site's documents, synonyms expanded as the index does, and texts where a token
  /// is met as a part before it is met whole, in several cases and scripts.
  static let documents: [SearchDocument] = {
    let site = KBContentSite.site
    let expanders = SynonymExpander.byProduct(site)
    var documents: [SearchDocument] = []
    for product in site.products {
      for topic in product.topics {
        for entry in topic.entries {
          var document = SearchIndex.document(entry, topic: topic, in: product)
          if let expander = expanders[product.slug] { document.expand(with: expander) }
          documents.append(document)
        }
      }
      documents += SearchIndex.pageDocuments(product)
    }
    documents.append(
      SearchDocument(
        code: "EXPIRED EXPIRED_TOKEN", name: "Lease leaseTime",
        title: "Token expired: tokens, TOKENS, Tokens",
        product: "x", url: "x/", messages: ["expired_token token", "Ça échoue: ÉCHOUE échoue"],
        causes: ["AgsAccessToken access token ACCESS", "HTTPServer http server"],
        body: ["won't start; will not start", "naïve NAÏVE"]))
    return documents
  }()

  @Test("numbered tokens and remembered words give the postings each text's tokens give")
  func sameAsTokens() {
    #expect(Self.documents.count > 50)
    let expected = Self.reference(Self.documents)
    #expect(Self.postings(Self.documents, wordLimit: 1 << 16) == expected)
  }

  @Test("forgetting remembered words when there are too many changes nothing")
  func wordLimit() {
    let expected = Self.reference(Self.documents)
    for limit in [1, 3, 50] {
      #expect(Self.postings(Self.documents, wordLimit: limit) == expected, "limit \(limit)")
    }
  }
}
