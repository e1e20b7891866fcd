/// The home page: products, the code lookup and every product's support contacts.
struct HomePage: TemplateModel {
  struct ProductCard: TemplateModel {
    var title: String
    var link: String
    var summary: String
    var entryCount: Int
    var lastUpdated: String?
    /// The product's guide pages.
    var guides: [PageLink]
    var support: SupportBlock

    static let schema = TemplateSchema<Self>(
      "product card",
      [
        .value("title") { $0.title },
        .value("link") { $0.link },
        .value("summary") { $0.summary },
        .value("entryCount") { $0.entryCount },
        .value("lastUpdated") { $0.lastUpdated },
        .model("guides", PageLink.self) { $0.guides },
        .value("hasGuides") { !$0.guides.isEmpty },
        .model("support", SupportBlock.self) { $0.support },
      ])
  }

  /// A code, name or message the lookup offers as an example.
  struct SearchExample: TemplateModel {
    var text: String
    /// Words with spaces are messages and show in quotes; codes and names show as code.
    var isMessage: Bool
    /// What comes before it in the sentence: nothing, a comma or "or".
    var separator: String

    static let schema = TemplateSchema<Self>(
      "search example",
      [
        .value("text") { $0.text },
        .value("isMessage") { $0.isMessage },
        .value("separator") { $0.separator },
      ])
  }

  var productCards: [ProductCard]
  var entryCount: Int
  var searchExamples: [SearchExample]

  static let schema = TemplateSchema<Self>(
    "home page",
    [
      .model("productCards", ProductCard.self) { $0.productCards },
      .value("entryCount") { $0.entryCount },
      .model("searchExamples", SearchExample.self) { $0.searchExamples },
      .value("hasSearchExamples") { !$0.searchExamples.isEmpty },
    ])
}

/// A product's overview: every entry by topic, its diagrams and support.
struct ProductPage: TemplateModel {
  struct Overview: TemplateModel {
    var title: String
    var summary: String
    var lastUpdated: String?

    static let schema = TemplateSchema<Self>(
      "product",
      [
        .value("title") { $0.title },
        .value("summary") { $0.summary },
        .value("lastUpdated") { $0.lastUpdated },
      ])
  }

  struct TopicSection: TemplateModel {
    var anchor: String
    var title: String
    var intro: String
    var entries: [EntrySummary]

    static let schema = TemplateSchema<Self>(
      "topic",
      [
        .value("anchor") { $0.anchor },
        .value("title") { $0.title },
        .value("intro") { $0.intro },
        .model("entries", EntrySummary.self) { $0.entries },
        .value("showsStatus") { $0.entries.contains { $0.httpStatus != nil } },
      ])
  }

  struct DiagramCard: TemplateModel {
    var title: String
    var link: String
    var summary: String
    var troubleshooterLink: String?

    static let schema = TemplateSchema<Self>(
      "diagram card",
      [
        .value("title") { $0.title },
        .value("link") { $0.link },
        .value("summary") { $0.summary },
        .value("troubleshooterLink") { $0.troubleshooterLink },
      ])
  }

  var product: Overview
  var topics: [TopicSection]
  var diagrams: [DiagramCard]
  /// The product's guide pages.
  var guides: [PageLink]
  var support: SupportBlock

  static let schema = TemplateSchema<Self>(
    "product page",
    [
      .model("product", Overview.self) { $0.product },
      .model("topics", TopicSection.self) { $0.topics },
      .model("diagrams", DiagramCard.self) { $0.diagrams },
      .value("hasDiagrams") { !$0.diagrams.isEmpty },
      .model("guides", PageLink.self) { $0.guides },
      .value("hasGuides") { !$0.guides.isEmpty },
      .model("support", SupportBlock.self) { $0.support },
    ])
}

/// Every entry: on the all-codes page one table per product, and in one table as the search
/// page's list without JavaScript.
struct CodesPage: TemplateModel {
  struct Group: TemplateModel {
    var title: String
    var anchor: String
    var rows: [EntrySummary]

    static let schema = TemplateSchema<Self>(
      "product's codes",
      [
        .value("title") { $0.title },
        .value("anchor") { $0.anchor },
        .model("rows", EntrySummary.self) { $0.rows },
        .value("count") { $0.rows.count },
        .value("showsStatus") { $0.rows.contains { $0.httpStatus != nil } },
      ])
  }

  var rows: [EntrySummary]
  var groups: [Group]

  static let schema = TemplateSchema<Self>(
    "codes page",
    [
      .model("rows", EntrySummary.self) { $0.rows },
      .model("groups", Group.self) { $0.groups },
      .value("showsStatus") { $0.rows.contains { $0.httpStatus != nil } },
    ])
}

/// The search page: search.js puts the results in it; around them, the ways on when a search
/// finds nothing (the codes page, the troubleshooters, each product's support), and every code
/// for browsers without JavaScript.
struct SearchPage: TemplateModel {
  /// A troubleshooter, with the product it belongs to.
  struct Troubleshooter: TemplateModel {
    var title: String
    var link: String
    var product: String

    static let schema = TemplateSchema<Self>(
      "troubleshooter",
      [.value("title") { $0.title }, .value("link") { $0.link }, .value("product") { $0.product }])
  }

  /// How to reach one product's support.
  struct Contact: TemplateModel {
    var product: String
    var support: SupportBlock

    static let schema = TemplateSchema<Self>(
      "product's support",
      [.value("product") { $0.product }, .model("support", SupportBlock.self) { $0.support }])
  }

  var codes: CodesPage
  var troubleshooters: [Troubleshooter]
  var contacts: [Contact]
  var searchExamples: [HomePage.SearchExample]

  static let schema = TemplateSchema<Self>(
    "search page",
    [
      .model("rows", EntrySummary.self) { $0.codes.rows },
      .model("groups", CodesPage.Group.self) { $0.codes.groups },
      .value("showsStatus") { $0.codes.rows.contains { $0.httpStatus != nil } },
      .model("troubleshooters", Troubleshooter.self) { $0.troubleshooters },
      .value("hasTroubleshooters") { !$0.troubleshooters.isEmpty },
      .model("contacts", Contact.self) { $0.contacts },
      .model("searchExamples", HomePage.SearchExample.self) { $0.searchExamples },
      .value("hasSearchExamples") { !$0.searchExamples.isEmpty },
    ])
}

/// The page servers show for any address that does not exist.
struct NotFoundPage: TemplateModel {
  static let schema = TemplateSchema<Self>("not-found page", [])
}

/// A page at an old address that sends the reader on.
struct RedirectPage: TemplateModel {
  var target: String
  var targetTitle: String
  /// The description of the page it leads to, which previews of the link show.
  var summary: String?

  static let schema = TemplateSchema<Self>(
    "redirect page",
    [
      .value("target") { $0.target }, .value("targetTitle") { $0.targetTitle },
      .value("summary") { $0.summary },
    ])
}

/// A short link whose code several products use: the reader picks one.
struct DisambiguationPage: TemplateModel {
  var code: String
  var entries: [EntrySummary]

  static let schema = TemplateSchema<Self>(
    "short-link choice page",
    [.value("code") { $0.code }, .model("entries", EntrySummary.self) { $0.entries }])
}
