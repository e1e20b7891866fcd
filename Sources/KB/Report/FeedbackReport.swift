import Foundation
import KBModel

/// What readers told the site, read from the lines its feedback endpoint collected (`kb report`):
/// the pages they found unhelpful, and the searches that found nothing, grouped, each with the
/// entry whose words are closest, to extend, or none, to write.
///
/// The file holds one JSON object a line, as `feedback.js` sends them (other members, such as a
/// time the endpoint adds, are ignored; blank lines are skipped):
///
/// ```
/// {"kind":"vote","page":"class-lti/1014/","entry":"class-lti/1014","helpful":false}
/// {"kind":"comment","page":"class-lti/1014/","entry":"class-lti/1014","comment":"which token?"}
/// {"kind":"search","page":"search/","query":"lab wont start"}
/// ```
package struct FeedbackReport: Sendable {
  /// Votes and comments on one page.
  package struct PageVotes: Sendable, Equatable {
    package var page: String
    package var entry: String?
    package var helpful = 0
    package var unhelpful = 0
    package var comments: [String] = []
  }

  /// Searches that found nothing and read the same once tokenized (`lab won't start`,
  /// `Lab wont start`), most asked spelling first.
  package struct MissedSearch: Sendable, Equatable {
    package var count: Int
    package var spellings: [String]
    /// The query's words, as search reads them, without stop words.
    package var words: [String]
  }

  /// A line that is not a feedback object, with its line number.
  package struct BadLine: Sendable, Equatable {
    package var line: Int
    package var problem: String
  }

  package private(set) var pages: [PageVotes] = []
  package private(set) var searches: [MissedSearch] = []
  package private(set) var badLines: [BadLine] = []

  /// Reads the collected lines.
  package init(lines text: String) {
    var votes: [String: PageVotes] = [:]
    var order: [String] = []
    var missed: [String: MissedSearch] = [:]
    var spellingCounts: [String: [String: Int]] = [:]
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty else { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
        badLines.append(BadLine(line: index + 1, problem: "not a JSON object"))
        continue
      }
      let page = (object["page"] as? String) ?? ""
      switch object["kind"] as? String {
      case "vote", "comment":
        guard !page.isEmpty else {
          badLines.append(BadLine(line: index + 1, problem: "a \(object["kind"] ?? "") without its page"))
          continue
        }
        if votes[page] == nil {
          votes[page] = PageVotes(page: page)
          order.append(page)
        }
        if let entry = object["entry"] as? String { votes[page]?.entry = entry }
        if object["kind"] as? String == "comment" {
          if let comment = object["comment"] as? String, !comment.isEmpty {
            votes[page]?.comments.append(comment)
          }
        } else if let helpful = object["helpful"] as? Bool {
          if helpful { votes[page]?.helpful += 1 } else { votes[page]?.unhelpful += 1 }
        } else {
          badLines.append(BadLine(line: index + 1, problem: "a vote without \"helpful\": true or false"))
        }
      case "search":
        guard let query = (object["query"] as? String)?.trimmingCharacters(in: .whitespaces), !query.isEmpty
        else {
          badLines.append(BadLine(line: index + 1, problem: "a search without its query"))
          continue
        }
        let words = Self.words(query)
        let key = words.isEmpty ? query.lowercased() : words.joined(separator: " ")
        missed[key, default: MissedSearch(count: 0, spellings: [], words: words)].count += 1
        spellingCounts[key, default: [:]][query, default: 0] += 1
      default:
        badLines.append(
          BadLine(line: index + 1, problem: "\"kind\" is none of \"vote\", \"comment\" and \"search\""))
      }
    }
    pages = order.compactMap { votes[$0] }.filter { $0.unhelpful > 0 || !$0.comments.isEmpty }
      .sorted { ($1.unhelpful, $0.helpful, $0.page) < ($0.unhelpful, $1.helpful, $1.page) }
    searches = missed.map { key, search in
      var search = search
      search.spellings = (spellingCounts[key] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(
        \.key)
      return search
    }.sorted { ($1.count, $0.spellings.first ?? "") < ($0.count, $1.spellings.first ?? "") }
  }

  /// A query's words as search reads them (case, plurals, contractions), stop words left out.
  static func words(_ query: String) -> [String] {
    Array(Set(SearchTokenizer.tokenTexts(query).filter { !SearchTokenizer.isStopWord($0) })).sorted()
  }

  /// The entry whose words cover most of a missed search's, weighted by how rare each word is on
  /// the site, with the words they share; nil when none shares half the words and half the weight.
  package static func closestEntry(to words: [String], in site: Site) -> (
    entry: Entry, product: Product, shared: [String]
  )? {
    let entries = site.products.flatMap { product in
      product.topics.flatMap { topic in topic.entries.map { (product, topic, $0) } }
    }
    let vocabularies = entries.map { _, topic, entry in Set(Self.words(ofEntry: entry, topic: topic)) }
    let titles = entries.map { _, _, entry in Set(Self.words(entry.displayTitle)) }
    let total = Double(entries.count)
    func weight(_ word: String) -> Double {
      let having = Double(vocabularies.filter { $0.contains(word) }.count)
      return log((total + 1) / (having + 0.5))
    }
    let weights = Dictionary(uniqueKeysWithValues: words.map { ($0, weight($0)) })
    let whole = weights.values.reduce(0, +)
    guard whole > 0 else { return nil }
    // More shared words first, then rarer ones.
    var best: (shared: Int, score: Double, index: Int)?
    for (index, vocabulary) in vocabularies.enumerated() {
      let shared = words.filter(vocabulary.contains)
      // A word in the title counts a little more than one further down the page.
      let inTitle = Double(shared.filter(titles[index].contains).count) / 100
      let score = shared.map { weights[$0] ?? 0 }.reduce(0, +) / whole + inTitle
      if (shared.count, score) > (best?.shared ?? 0, best?.score ?? 0) { best = (shared.count, score, index) }
    }
    guard let best, best.shared * 2 >= words.count, best.score >= 0.5 else { return nil }
    let (product, _, entry) = entries[best.index]
    return (entry, product, words.filter(vocabularies[best.index].contains))
  }

  /// What search finds an entry by: its identity, title, symptoms, causes, steps and terms.
  static func words(ofEntry entry: Entry, topic: Topic) -> [String] {
    let texts =
      [entry.code, entry.name, entry.title, topic.title].compactMap { $0 } + entry.symptoms.map(\.plainText)
      + entry.causes.map(CommonMark.plainText) + entry.resolution.map { CommonMark.plainText($0.text) }
      + entry.searchTerms + entry.aliases
    return words(texts.joined(separator: " "))
  }

  /// The report as text: pages to improve, then searches to answer.
  package func printed(site: Site) -> String {
    let lookup = Lookup(site)
    var out: [String] = []
    out.append("Pages readers found unhelpful")
    if pages.isEmpty { out.append("  none") }
    for page in pages {
      let votes = page.helpful + page.unhelpful
      var line = "  \(page.unhelpful) of \(votes) said no  \(page.page)"
      if let title = page.entry.flatMap({ entryTitle($0, lookup: lookup) }) { line += "  \(title)" }
      out.append(line)
      out += page.comments.map { "      “\($0)”" }
    }
    out.append("")
    out.append("Searches that found nothing")
    if searches.isEmpty { out.append("  none") }
    for search in searches {
      let others = search.spellings.dropFirst().prefix(3).map { "“\($0)”" }
      out.append(
        "  \(search.count)×  “\(search.spellings.first ?? "")”"
          + (others.isEmpty ? "" : "  (also \(others.joined(separator: ", ")))"))
      out.append("      " + suggestion(for: search, site: site))
    }
    return out.map { VisibleText.escaped($0) }.joined(separator: "\n") + "\n"
  }

  /// Which entry to give the search's words, or that an entry seems to be missing.
  func suggestion(for search: MissedSearch, site: Site) -> String {
    guard let found = Self.closestEntry(to: search.words, in: site) else {
      return
        "no entry is close: write one, or add these words to the searchTerms of the entry that answers them"
    }
    let missing = search.words.filter { !found.shared.contains($0) }.map {
      Self.asTyped($0, in: search.spellings.first ?? "")
    }
    let id = "\(found.product.slug)/\(found.entry.slug)"
    let shared = found.shared.map { Self.asTyped($0, in: search.spellings.first ?? "") }
    var text = "closest: \(id) (\(found.entry.displayTitle)), which shares \(quoted(shared))"
    text += "; add “\(search.spellings.first ?? "")” to its searchTerms"
    if !missing.isEmpty {
      text +=
        ", or a Synonyms group joining \(quoted(missing)) to its word for \(missing.count == 1 ? "it" : "them")"
    }
    return text
  }

  /// The word of `query` that gives the search word `token` (`expired` for `expir`).
  static func asTyped(_ token: String, in query: String) -> String {
    SearchTokenizer.words(query).first { SearchTokenizer.tokenTexts($0).contains(token) }?.lowercased()
      ?? token
  }

  private func quoted(_ words: [String]) -> String {
    ListSentence.joined(words.map { "“\($0)”" })
  }

  private func entryTitle(_ id: String, lookup: Lookup) -> String? {
    let ref = EntryRef(id)
    guard let product = ref.product else { return nil }
    return lookup.entry(ref, from: product)?.entry.displayTitle
  }
}
