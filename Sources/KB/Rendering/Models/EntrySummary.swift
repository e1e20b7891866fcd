/// What lists, tables and headings show of an entry.
///
/// A class, like the other models templates reach through a section or a dotted name
/// (`entry.title`): handing one to a section or a lookup copies a reference, where a struct of
/// this size was copied into a new box each time, every string of it retained and released.
final class EntrySummary: TemplateModel {
  let slug: String
  let title: String
  let kind: String
  let link: String
  let url: String
  let productTitle: String
  let oneLine: String
  let code: String?
  let name: String?
  let httpStatus: String?
  let deprecated: Bool
  let anchorAliases: [String]
  /// The short link from the current page (`../../e/1014/`) and in full.
  let shortLink: String
  let shortURL: String
  /// What a customer sees, when it says more than the title, code and name already do.
  let seen: String?

  init(
    slug: String, title: String, kind: String, link: String, url: String, productTitle: String,
    oneLine: String, code: String?, name: String?, httpStatus: String?, deprecated: Bool,
    anchorAliases: [String], shortLink: String, shortURL: String, seen: String?
  ) {
    self.slug = slug
    self.title = title
    self.kind = kind
    self.link = link
    self.url = url
    self.productTitle = productTitle
    self.oneLine = oneLine
    self.code = code
    self.name = name
    self.httpStatus = httpStatus
    self.deprecated = deprecated
    self.anchorAliases = anchorAliases
    self.shortLink = shortLink
    self.shortURL = shortURL
    self.seen = seen
  }

  /// The name as HTML that may break after underscores, so `LONG_SYMBOLIC_NAMES` wrap between
  /// words on a phone instead of mid-word.
  var nameHTML: String? {
    name.map(Self.breakingAfterUnderscores)
  }

  /// The text HTML-escaped, with `<wbr>` after every underscore; byte by byte, since it runs for
  /// every entry name of every summary (bench/RESULTS.md).
  static func breakingAfterUnderscores(_ text: String) -> String {
    let escaped = text.htmlEscaped
    guard escaped.utf8.contains(UInt8(ascii: "_")) else { return escaped }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(escaped.utf8.count + 20)
    for byte in escaped.utf8 {
      bytes.append(byte)
      if byte == UInt8(ascii: "_") { bytes.append(contentsOf: "<wbr>".utf8) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static let schema = TemplateSchema<EntrySummary>(
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

/// A product's support contacts; a class, like `EntrySummary`, and one per product and depth.
final class SupportBlock: TemplateModel {
  struct Tier: TemplateModel {
    var name: String
    var responseTime: String

    static let schema = TemplateSchema<Self>(
      "response time", [.value("name") { $0.name }, .value("responseTime") { $0.responseTime }])
  }

  let productTitle: String
  let slaTiers: [Tier]
  /// What a ticket should contain, each item as inline HTML.
  let include: [String]
  let ticketURL: String?
  let phone: String?
  let phoneLink: String?
  let email: String?
  let chatURL: String?
  let hours: String?
  let notes: String?

  init(
    productTitle: String, slaTiers: [Tier], include: [String], ticketURL: String?, phone: String?,
    phoneLink: String?, email: String?, chatURL: String?, hours: String?, notes: String?
  ) {
    self.productTitle = productTitle
    self.slaTiers = slaTiers
    self.include = include
    self.ticketURL = ticketURL
    self.phone = phone
    self.phoneLink = phoneLink
    self.email = email
    self.chatURL = chatURL
    self.hours = hours
    self.notes = notes
  }

  static let schema = TemplateSchema<SupportBlock>(
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
      .value("email") { $0.email },
      .value("chatURL") { $0.chatURL },
      .value("hours") { $0.hours },
      .value("notes") { $0.notes },
    ])
}
