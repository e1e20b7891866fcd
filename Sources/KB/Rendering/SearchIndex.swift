import KBModel

/// One entry as search sees it: the text it is found by and what a result shows.
public struct SearchDocument: Sendable {
  public var code: String?
  public var name: String?
  public var title: String
  public var product: String
  /// The site-relative path of the entry page, e.g. `class-lti/1014/`.
  public var url: String
  public var httpStatus: Int?
  /// Exact messages and HTTP status lines the product shows.
  public var messages: [String]
  /// What the user observes, in words.
  public var observations: [String]
  public var aliases: [String]
  /// The URL slug and the topic title: words that describe the entry without being in its text.
  public var keywords: [String]
  /// Cause, resolution, variants, samples and escalation as plain text.
  public var body: [String]
  /// The text a result shows under its title.
  public var snippet: String

  public init(
    code: String?, name: String?, title: String, product: String, url: String,
    httpStatus: Int? = nil,
    messages: [String] = [], observations: [String] = [], aliases: [String] = [],
    keywords: [String] = [],
    body: [String] = [], snippet: String = ""
  ) {
    self.code = code
    self.name = name
    self.title = title
    self.product = product
    self.url = url
    self.httpStatus = httpStatus
    self.messages = messages
    self.observations = observations
    self.aliases = aliases
    self.keywords = keywords
    self.body = body
    self.snippet = snippet
  }
}

/// The precomputed search index: every token with the entries it occurs in and how much it weighs there.
///
/// Written as `search-index.json`, fetched by `search.js` on the first focus of a search box, and as
/// `search-index.js` (the same data assigned to `window.KB_SEARCH_INDEX`) for copies opened from disk,
/// where browsers refuse `fetch`. Layout, all arrays so that the file stays small:
///
/// - `products`: product titles;
/// - `entries`: one array per entry: code, name, title, product number, URL, snippet, and any aliases;
/// - `tokens`: every token, sorted by UTF-16 code units (JavaScript's order) for prefix search;
/// - `frequencies`: token number and entry count pairs for the common words whose body-only
///   postings are left out (see below), so that their rarity is still counted right;
/// - `postings`: per token, a flat list of pairs: the entry number as the difference from the
///   previous pair's (the first as is), and the weight.
///
/// A weight is the sum of the weights of the fields the token occurs in (see `Field`). A word that
/// occurs in more than an eighth of the entries, and in more than `commonWordFloor` of them, tells
/// entries apart only where it sits in more than the body: its body-only postings are left out,
/// which shrinks a large index by half and changes no ranking that matters.
public struct SearchIndex: Sendable {
  /// Where in an entry a token occurs; the weight orders fields as the ranking demands.
  public enum Field: Int, CaseIterable, Sendable {
    case code = 64
    case httpStatus = 24
    case name = 14
    case title = 12
    case message = 8
    case namePart = 6
    case observation = 3
    case body = 1
  }

  public static let jsonFile = "search-index.json"
  public static let scriptFile = "search-index.js"
  public static let version = 1
  /// Below this many entries containing a word, no posting is ever left out.
  public static let commonWordFloor = 200

  public let documents: [SearchDocument]
  public let products: [String]

  public init(documents: [SearchDocument]) {
    self.documents = documents
    var products: [String] = []
    for document in documents where !products.contains(document.product) {
      products.append(document.product)
    }
    self.products = products
  }

  /// The index of every entry of a site, in site order.
  public init(site: Site) {
    self.init(
      documents: site.products.flatMap { product in
        product.topics.flatMap { topic in
          topic.entries.map { Self.document($0, topic: topic, in: product) }
        }
      })
  }

  /// Adds `search-index.json` and `search-index.js` to the output.
  public func write(into tree: inout OutputTree) {
    let compact = json().compactSerialized()
    tree.add(file: Self.jsonFile, text: compact + "\n")
    tree.add(file: Self.scriptFile, text: "window.KB_SEARCH_INDEX = \(compact);\n")
  }

  /// The weight of each token in each entry: token to entry number to summed field weights.
  public func postings() -> [String: [Int: Int]] {
    var postings: [String: [Int: Int]] = [:]
    for (number, document) in documents.enumerated() {
      var fields: [String: Set<Field>] = [:]
      for (field, text, partField) in Self.fieldTexts(document) {
        for token in SearchTokenizer.tokens(text) {
          fields[token.text, default: []].insert(token.isPart ? partField : field)
        }
      }
      for (token, found) in fields {
        postings[token, default: [:]][number] = found.reduce(0) { $0 + $1.rawValue }
      }
    }
    return postings
  }

  /// Each searchable text of a document with its field, and the field its split parts count in.
  static func fieldTexts(_ document: SearchDocument) -> [(Field, String, Field)] {
    var texts: [(Field, String, Field)] = []
    if let code = document.code { texts.append((.code, code, .namePart)) }
    if let status = document.httpStatus { texts.append((.httpStatus, String(status), .httpStatus)) }
    for name in [document.name].compactMap({ $0 }) + document.aliases {
      texts.append((.name, name, .namePart))
    }
    texts.append((.title, document.title, .title))
    texts += document.messages.map { (.message, $0, .message) }
    texts += document.observations.map { (.observation, $0, .observation) }
    texts += document.keywords.map { (.observation, $0, .observation) }
    texts += document.body.map { (.body, $0, .body) }
    return texts
  }

  public func json() -> JSONValue {
    let postings = postings()
    let tokens = postings.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
    let productNumbers = Dictionary(
      products.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    let entries = documents.map { document -> JSONValue in
      var fields: [JSONValue] = [
        .optional(document.code), .optional(document.name), .string(document.title),
        .int(productNumbers[document.product] ?? 0), .string(document.url),
        .string(document.snippet),
      ]
      if !document.aliases.isEmpty { fields.append(.strings(document.aliases)) }
      return .array(fields)
    }
    let common = max(documents.count / 8, Self.commonWordFloor)
    var frequencies: [JSONValue] = []
    let lists = tokens.enumerated().map { number, token -> JSONValue in
      var pairs = (postings[token] ?? [:]).sorted { $0.key < $1.key }
      if pairs.count > common {
        frequencies += [.int(number), .int(pairs.count)]
        pairs.removeAll { $0.value <= Field.body.rawValue }
      }
      var previous = 0
      return .array(
        pairs.flatMap { pair -> [JSONValue] in
          defer { previous = pair.key }
          return [.int(pair.key - previous), .int(pair.value)]
        })
    }
    return .object([
      ("version", .int(Self.version)),
      ("products", .strings(products)),
      ("entries", .array(entries)),
      ("tokens", .strings(tokens)),
      ("postings", .array(lists)),
      ("frequencies", .array(frequencies)),
    ])
  }

  /// What search knows of an entry, as plain text.
  public static func document(_ entry: Entry, topic: Topic, in product: Product) -> SearchDocument {
    let messages = entry.symptoms.filter { $0.kind != .observation }.map {
      CommonMark.plainText($0.text)
    }
    let observations = entry.symptoms.filter { $0.kind == .observation }.map {
      CommonMark.plainText($0.text)
    }
    let steps = entry.resolution + entry.variants.flatMap(\.steps)
    var body = entry.causes.map(CommonMark.plainText)
    body += steps.map { CommonMark.plainText($0.text) }
    body += entry.variants.map(\.platform)
    body += (entry.samples + steps.compactMap(\.sample)).map {
      [$0.title ?? "", $0.code].joined(separator: " ")
    }
    body += [entry.escalation.map(CommonMark.plainText) ?? ""]
    let snippetSource =
      entry.symptoms.map { CommonMark.plainText($0.text) }.first {
        $0 != entry.name && $0 != entry.title
      }
      ?? entry.causes.first.map(CommonMark.plainText) ?? ""
    return SearchDocument(
      code: entry.code,
      name: entry.name,
      title: entry.title,
      product: product.title,
      url: SitePaths.entry(entry, in: product),
      httpStatus: entry.httpStatus,
      messages: messages,
      observations: observations,
      aliases: entry.aliases,
      keywords: [entry.slug, topic.title],
      body: body.filter { !$0.isEmpty },
      snippet: snippet(snippetSource)
    )
  }

  /// Shortens a text to about 160 characters at a word boundary.
  public static func snippet(_ text: String, limit: Int = 160) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > limit else { return flat }
    let cut = flat.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]) + "…"
  }
}
