import KBModel

/// Builds `index.json`, the machine-readable index described by `index.schema.json`.
struct IndexWriter {
  static let schemaVersion = 2

  let site: Site
  let lookup: Lookup
  let options: RenderOptions

  /// Hands `emit` the text of `index.json` in pieces; an entry's value exists only while it is
  /// written, so memory does not grow with the size of the file.
  func write(to emit: (String) -> Void) {
    let entries = site.products.lazy.flatMap { product in
      product.topics.lazy.flatMap { topic in
        topic.entries.lazy.map { entry($0, topic: topic, product: product) }
      }
    }
    JSONValue.serializeObject(head(), then: "entries", items: entries, to: emit)
  }

  /// Every member of `index.json` but the last, `entries`.
  func head() -> [(String, JSONValue)] {
    [
      ("schemaVersion", .int(Self.schemaVersion)),
      ("site", .object([("title", .string(site.title)), ("baseURL", .string(options.baseURL))])),
      ("urlTemplate", .string(options.baseURL + SitePaths.entry(product: "{product}", slug: "{slug}"))),
      ("products", .array(site.products.map(product))),
      (
        "topics",
        .array(site.products.flatMap { product in product.topics.map { topic(topic: $0, product: product) } })
      ),
      (
        "diagrams",
        .array(site.products.flatMap { product in product.diagrams.map { diagram($0, product: product) } })
      ),
    ]
  }

  func product(_ product: Product) -> JSONValue {
    .object([
      ("slug", .string(product.slug)),
      ("title", .string(product.title)),
      ("url", .string(SitePaths.product(product.slug))),
      ("lastUpdated", .optional(product.lastUpdated)),
    ])
  }

  func topic(topic: Topic, product: Product) -> JSONValue {
    .object([
      ("product", .string(product.slug)),
      ("slug", .string(topic.slug)),
      ("title", .string(topic.title)),
      ("url", .string(SitePaths.topic(topic.slug, in: product.slug))),
    ])
  }

  func diagram(_ diagram: Diagram, product: Product) -> JSONValue {
    let renderer = MermaidWriter.source(diagram) { node in lookup.label(of: node, in: product.slug) }
    return .object([
      ("slug", .string(diagram.slug)),
      ("product", .string(product.slug)),
      ("title", .string(diagram.title)),
      ("kind", .string(diagram.kind)),
      ("url", .string(SitePaths.diagram(diagram.slug))),
      ("mermaid", .string(renderer)),
    ])
  }

  func entry(_ entry: Entry, topic: Topic, product: Product) -> JSONValue {
    let steps = entry.resolution.map { CommonMark.plainText($0.text) }
    let step: JSONValue =
      entry.happensAt.map { ref in
        .object([
          ("diagram", .string(ref.diagram)),
          ("step", .string(ref.step)),
          ("url", .string(SitePaths.step(ref.step, inDiagram: ref.diagram))),
        ])
      } ?? .null
    return .object([
      ("id", .string("\(product.slug)/\(entry.slug)")),
      ("product", .string(product.slug)),
      ("slug", .string(entry.slug)),
      ("topic", .string(topic.slug)),
      ("kind", .string(entry.identity.kind)),
      ("code", .optional(entry.code)),
      ("name", .optional(entry.shownName)),
      ("httpStatus", .optional(entry.httpStatus)),
      ("title", .string(entry.title)),
      ("url", .string(SitePaths.entry(entry, in: product))),
      ("type", .optional(ProblemType(entry, in: product, baseURL: options.baseURL)?.type)),
      ("overviewUrl", .string(SitePaths.overviewAnchor(entry, in: product))),
      ("symptoms", .strings(entry.symptoms.map(\.plainText))),
      ("cause", .string(entry.causes.map(CommonMark.plainText).joined(separator: " "))),
      (
        "resolution",
        .string(steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " "))
      ),
      ("step", step),
      ("retry", Self.retry(entry.retry)),
      ("aliases", .strings(entry.aliases)),
      ("deprecated", .bool(entry.isDeprecated)),
      ("reply", reply(entry, in: product)),
    ])
  }

  /// The answer support pastes into a ticket, as the entry page's "Copy as reply" copies it.
  func reply(_ entry: Entry, in product: Product) -> JSONValue {
    let reply = EntryReply(entry, in: product, lookup: lookup, options: options)
    return .object([("text", .string(reply.text)), ("markdown", .string(reply.markdown))])
  }
}
