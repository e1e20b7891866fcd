import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("search relevance at build time")
struct SearchRelevanceTests {
  typealias Field = SearchIndex.Field

  static func entry(
    title: String = "Alpha problem", sees: String = "Bravo shows", cause: String = "Oscar broke.",
    step: Step = "Delta fixes it.", searchTerms: [String] = [], line: Int = #line
  ) -> Entry {
    Entry(
      .problem, slug: "problem", title: title, symptoms: [.sees(sees)], causes: [cause],
      resolution: [step], searchTerms: searchTerms, line: line)
  }

  static func postings(_ site: Site) -> [String: [Int: Int]] { SearchIndex(site: site).postings() }

  @Test("title weighs more than what the user sees, than the cause, than the resolution")
  func fieldWeights() throws {
    let postings = Self.postings(Fixtures.site(entries: [Self.entry()]))
    let title = try #require(postings["alpha"]?[0])
    let sees = try #require(postings["bravo"]?[0])
    let cause = try #require(postings["oscar"]?[0])
    let step = try #require(postings["delta"]?[0])
    #expect(title > sees && sees > cause && cause > step)
  }

  @Test("an entry is indexed under the synonyms of a term its title uses, more weakly than the term")
  func synonyms() throws {
    var site = Fixtures.site(entries: [Self.entry(title: "Score missing from the gradebook")])
    site.synonyms = [Synonyms("gradebook", "grades", "marks")]
    let postings = Self.postings(site)
    #expect(postings["grad"]?[0] == Field.synonym.weight)
    #expect(postings["mark"]?[0] == Field.synonym.weight)
    let own = try #require(postings["gradebook"]?[0])
    #expect(own > Field.synonym.weight)
  }

  @Test("a phrase with a contraction matches its spelled-out form")
  func phraseSynonym() {
    var site = Fixtures.site(entries: [Self.entry(sees: "The lab will not start.")])
    site.synonyms = [Synonyms("won't start", "fails to launch")]
    #expect(Self.postings(site)["launch"]?[0] == Field.synonym.weight)
  }

  @Test("a term only the cause uses gives weak synonyms; another product's group gives none")
  func scopedAndWeakSynonyms() {
    var site = Fixtures.site(entries: [Self.entry(cause: "The zip was too large.")])
    site.synonyms = [
      Synonyms("too large", "too big"), Synonyms("zip", "archive", product: "elsewhere"),
    ]
    let postings = Self.postings(site)
    #expect(postings["big"]?[0] == Field.weakSynonym.weight)
    #expect(postings["archive"] == nil)
  }

  @Test("search terms count like messages")
  func searchTerms() {
    let postings = Self.postings(Fixtures.site(entries: [Self.entry(searchTerms: ["hotel echo"])]))
    #expect(postings["hotel"]?[0] == Field.message.weight)
  }

  @Test("every kind of page is indexed, each with its kind and address")
  func pageKinds() {
    var site = Fixtures.site(entries: [Self.entry()])
    site.products[0].guides = [
      Guide(slug: "setup", title: "Setup guide", body: "Before you start.\n\n## Install the app\n\nRun it.")
    ]
    let index = SearchIndex(site: site)
    let kinds = Set(index.documents.map(\.kind))
    #expect(kinds == Set(SearchDocument.Kind.allCases))
    #expect(index.documents.first?.kind == .entry)
    let urls = index.documents.filter { $0.kind != .entry }.map(\.url)
    #expect(urls.contains("demo/"))
    #expect(urls.contains("demo/#topic-errors"))
    #expect(urls.contains { $0.hasPrefix("diagrams/") && $0.contains("#step-") })
    #expect(urls.contains { $0.hasPrefix("troubleshoot/") && $0.contains("#step-") })
  }

  @Test("the index names its format version, its kinds and its stop words")
  func header() throws {
    guard case .object(let members) = SearchIndex(site: Fixtures.site(entries: [Self.entry()])).json()
    else {
      Issue.record("unexpected index layout")
      return
    }
    let keys = Dictionary(members, uniquingKeysWith: { first, _ in first })
    #expect(keys["version"] == .int(SearchIndex.version))
    #expect(keys["kinds"] == .strings(SearchDocument.Kind.allCases.map(\.label)))
    #expect(keys["stopWords"] == .strings(SearchTokenizer.stopWords))
    #expect(SearchTokenizer.isStopWord("not") && !SearchTokenizer.isStopWord("lab"))
    guard case .object(let contractions) = keys["contractions"] else {
      Issue.record("no contractions in the index")
      return
    }
    #expect(contractions.count == SearchTokenizer.contractions.count)
    #expect(contractions.first { $0.0 == "wont" }?.1 == .strings(["will", "not"]))
    #expect(keys["commonWordFloor"] == .int(SearchIndex.commonWordFloor))
    #expect(keys["codePrefixes"] == .strings(LookupKey.codePrefixes))
    guard case .array(let ranges) = keys["unsegmented"] else {
      Issue.record("no unsegmented ranges in the index")
      return
    }
    #expect(ranges.count == SearchTokenizer.unsegmentedRanges.count)
    #expect(ranges.first == .array([.int(0x0E00), .int(0x0EFF)]))
  }

  @Test("search.js reads the index format that kb writes")
  func scriptVersion() throws {
    let script = try String(
      contentsOf: SiteTestSupport.packageRoot.appendingPathComponent("Sources/KB/Theme/assets/search.js"),
      encoding: .utf8)
    let declared = script.split(separator: "\n").first { $0.contains("var FORMAT = ") }
    #expect(declared?.contains("var FORMAT = \(SearchIndex.version);") == true, "\(declared ?? "none")")
  }

  @Test("a token that only occurs inside identifiers is no word of the vocabulary; a word is one")
  func partsOnly() throws {
    let entry = Self.entry(title: "PRIVLEGED_USER not authorized", sees: "A privileged user must sign in.")
    let index = SearchIndex(site: Fixtures.site(entries: [entry]))
    let words = Dictionary(zip(index.tokens, index.isWord), uniquingKeysWith: { first, _ in first })
    #expect(words["privleg"] == false)
    #expect(words["privileg"] == true)
    #expect(words["privleged_user"] == true)
    guard case .object(let members) = index.json(),
      case .array(let parts) = members.first(where: { $0.0 == "partsOnly" })?.1
    else {
      Issue.record("no partsOnly in the index")
      return
    }
    let number = try #require(index.tokens.firstIndex(of: "privleg"))
    #expect(parts.contains(.int(number)))
    #expect(!parts.contains(.int(try #require(index.tokens.firstIndex(of: "privileg")))))
  }

  @Test("a troubleshooter is found by the problems of the entries its answers lead to, and names them")
  func troubleshooterGathers() throws {
    let site = Fixtures.site(entries: [Self.entry()])
    let index = SearchIndex(site: site)
    let troubleshooter = try #require(index.documents.firstIndex { $0.kind == .troubleshooter })
    let members = index.documents[troubleshooter].members
    #expect(!members.isEmpty)
    #expect(members.allSatisfy { index.documents[$0].kind == .entry })
    let outcome = try #require(members.first)
    let word = try #require(SearchTokenizer.tokenTexts(index.documents[outcome].title).first)
    #expect(index.postings()[word]?[troubleshooter] != nil, "\(word)")
  }

  @Test("kb's language groups: an entry whose text says launch is found by start, and the other way")
  func languageGroups() {
    var site = Fixtures.site(entries: [Self.entry(sees: "The lab fails to launch.")])
    #expect(Self.postings(site)["start"]?[0] == Field.synonym.weight)
    site = Fixtures.site(entries: [Self.entry(sees: "The lab did not start.")])
    #expect(Self.postings(site)["launch"]?[0] == Field.synonym.weight)
  }
}

@Suite("kb check: search vocabulary")
struct SearchVocabularyCheckTests {
  func errors(_ synonyms: [Synonyms], entry: Entry = SearchRelevanceTests.entry()) -> [Diagnostic] {
    var site = Fixtures.site(entries: [entry])
    site.synonyms = synonyms
    return Validator.check(site).errors
  }

  func expectOnly(_ errors: [Diagnostic], _ text: String, line: Int) {
    #expect(errors.count == 1, "\(errors)")
    guard let error = errors.first else { return }
    #expect(error.message.contains(text), "\(error.message)")
    #expect(error.description.hasPrefix("\(error.location.file):\(line): error: "))
    #expect(error.location.file.hasSuffix("Tests/KBTests/SearchRelevanceTests.swift"))
  }

  @Test("groups whose terms the entries use pass")
  func valid() {
    #expect(errors([Synonyms("alpha", "first"), Synonyms("bravo", "second", product: "demo")]).isEmpty)
  }

  @Test("a term that reads like another one is reported at the later group")
  func duplicate() {
    let line = #line + 1
    let errors = errors([Synonyms("alpha", "first"), Synonyms("bravo", "firsts")])
    expectOnly(errors, "synonym 'firsts'", line: line)
  }

  @Test("a product that does not exist is reported")
  func unknownProduct() {
    let line = #line + 1
    expectOnly(errors([Synonyms("alpha", "first", product: "dmeo")]), "product 'dmeo'", line: line)
  }

  @Test("a group no entry uses is reported")
  func unused() {
    let line = #line + 1
    expectOnly(errors([Synonyms("zulu", "yankee")]), "no entry of the site uses", line: line)
  }

  @Test("a term of stop words only is reported")
  func stopWordsOnly() {
    let line = #line + 1
    expectOnly(errors([Synonyms("alpha", "not yet")]), "only words search ignores", line: line)
  }

  @Test("a search term listed twice or repeating the title is reported at the entry")
  func searchTerms() {
    let line = #line + 1
    let entry = SearchRelevanceTests.entry(searchTerms: ["echo", "Echoes", "alpha problems"])
    let found = errors([], entry: entry)
    #expect(found.count == 2, "\(found)")
    #expect(found.allSatisfy { $0.location.line == line })
    #expect(found.contains { $0.message.contains("listed twice") })
    #expect(found.contains { $0.message.contains("repeats the entry's own") })
  }
}
