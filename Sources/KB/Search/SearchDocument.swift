import Foundation
import KBModel

/// One page as search sees it: the text it is found by and what a result shows.
struct SearchDocument: Sendable {
  /// What kind of page a result leads to; a result says it.
  enum Kind: Int, CaseIterable, Sendable {
    case entry, product, topic, diagram, step, troubleshooter, question, guide, guideSection

    var label: String {
      switch self {
      case .entry: "Entry"
      case .product: "Product"
      case .topic: "Topic"
      case .diagram: "Diagram"
      case .step: "Diagram step"
      case .troubleshooter: "Troubleshooter"
      case .question: "Troubleshooter question"
      case .guide: "Guide"
      case .guideSection: "Guide section"
      }
    }
  }

  var kind: Kind
  var code: String?
  var name: String?
  var title: String
  var product: String
  /// The site-relative path of the page, e.g. `class-lti/1014/`, with an anchor for a part of one.
  var url: String
  var httpStatus: Int?
  /// Exact messages and HTTP status lines the product shows.
  var messages: [String]
  /// What the user observes, in words.
  var observations: [String]
  /// Phrases customers use that the text does not hold (`Entry.searchTerms`).
  var searchTerms: [String]
  var aliases: [String]
  /// The URL slug and the topic title: words that describe the entry without being in its text.
  var keywords: [String]
  /// Why it happens.
  var causes: [String]
  /// Resolution, variants, samples and escalation as plain text; a page's text.
  var body: [String]
  /// Terms of the synonym groups the title, name, messages, observations or search terms use.
  var synonyms: [String]
  /// Terms of the synonym groups only the causes and body use.
  var weakSynonyms: [String]
  /// The text a result shows under its title.
  var snippet: String
  /// The numbers of the entries a page gathers: a topic's entries, a troubleshooter's outcomes.
  var members: [Int] = []

  init(
    kind: Kind = .entry, code: String?, name: String?, title: String, product: String,
    url: String, httpStatus: Int? = nil,
    messages: [String] = [], observations: [String] = [], searchTerms: [String] = [],
    aliases: [String] = [], keywords: [String] = [], causes: [String] = [],
    body: [String] = [], synonyms: [String] = [], weakSynonyms: [String] = [],
    snippet: String = ""
  ) {
    self.kind = kind
    self.code = code
    self.name = name
    self.title = title
    self.product = product
    self.url = url
    self.httpStatus = httpStatus
    self.messages = messages
    self.observations = observations
    self.searchTerms = searchTerms
    self.aliases = aliases
    self.keywords = keywords
    self.causes = causes
    self.body = body
    self.synonyms = synonyms
    self.weakSynonyms = weakSynonyms
    self.snippet = snippet
  }

  /// The texts phrases and nearness are judged in, besides the name and title: short ones only.
  var phraseTexts: [String] {
    (messages + observations + searchTerms + (kind == .entry ? [] : body)).filter { $0.count <= 300 }
  }

  /// The document as a result shows it: without the causes, the entry's body, the keywords and
  /// the synonyms, which only feed the postings.
  func forResults() -> SearchDocument {
    var document = self
    document.causes = []
    document.keywords = []
    document.synonyms = []
    document.weakSynonyms = []
    if kind == .entry { document.body = [] }
    return document
  }

  /// Adds the synonyms of the groups the document's texts use.
  mutating func expand(with expander: SynonymExpander) {
    let strongTexts =
      [code, name, title].compactMap { $0 } + aliases + messages + observations
      + searchTerms + keywords
    let strong = strongTexts.reduce(into: Set<Int>()) { $0.formUnion(expander.groups(in: $1)) }
    let weak = (causes + body).reduce(into: Set<Int>()) {
      $0.formUnion(expander.groups(in: $1))
    }
    synonyms = expander.terms(of: strong)
    weakSynonyms = expander.terms(of: weak.subtracting(strong))
  }
}
