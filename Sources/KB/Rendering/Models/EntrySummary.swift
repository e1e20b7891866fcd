/// What lists, tables and headings show of an entry.
struct EntrySummary: TemplateModel {
  var slug: String
  var title: String
  var kind: String
  var link: String
  var url: String
  var productTitle: String
  var oneLine: String
  var code: String?
  var name: String?
  var httpStatus: String?
  var deprecated: Bool
  var anchorAliases: [String]
  /// The short link from the current page (`../../e/1014/`) and in full.
  var shortLink: String
  var shortURL: String
  /// What a customer sees, when it says more than the title, code and name already do.
  var seen: String?

  /// The name as HTML that may break after underscores, so `LONG_SYMBOLIC_NAMES` wrap between
  /// words on a phone instead of mid-word.
  var nameHTML: String? {
    name.map { $0.htmlEscaped.replacingOccurrences(of: "_", with: "_<wbr>") }
  }

  static let schema = TemplateSchema<Self>(
    "entry summary",
    [
      .value("slug") { $0.slug },
      .value("title") { $0.title },
      .value("kind") { $0.kind },
      .value("link") { $0.link },
      .value("url") { $0.url },
      .value("productTitle") { $0.productTitle },
      .value("oneLine") { $0.oneLine },
      .value("code") { $0.code },
      .value("name") { $0.name },
      .value("httpStatus") { $0.httpStatus },
      .value("deprecated") { $0.deprecated },
      .value("anchorAliases") { $0.anchorAliases },
      .value("nameHTML") { $0.nameHTML },
      .value("hasIdentity") { $0.code != nil || $0.name != nil || $0.httpStatus != nil },
      .value("shortLink") { $0.shortLink },
      .value("shortURL") { $0.shortURL },
      .value("seen") { $0.seen },
    ])
}

/// A product's support contacts.
struct SupportBlock: TemplateModel {
  struct Tier: TemplateModel {
    var name: String
    var responseTime: String

    static let schema = TemplateSchema<Self>(
      "response time", [.value("name") { $0.name }, .value("responseTime") { $0.responseTime }])
  }

  var productTitle: String
  var slaTiers: [Tier]
  var include: [String]
  var ticketURL: String?
  var phone: String?
  var phoneLink: String?
  var hours: String?
  var notes: String?

  static let schema = TemplateSchema<Self>(
    "support",
    [
      .value("productTitle") { $0.productTitle },
      .model("slaTiers", Tier.self) { $0.slaTiers },
      .value("include") { $0.include },
      .value("hasSLATiers") { !$0.slaTiers.isEmpty },
      .value("hasInclude") { !$0.include.isEmpty },
      .value("ticketURL") { $0.ticketURL },
      .value("phone") { $0.phone },
      .value("phoneLink") { $0.phoneLink },
      .value("hours") { $0.hours },
      .value("notes") { $0.notes },
    ])
}
