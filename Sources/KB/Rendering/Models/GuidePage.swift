/// A guide the knowledge base publishes: its text, with a contents list of its sections.
struct GuidePage: TemplateModel {
  struct Info: TemplateModel {
    var title: String
    var body: String

    static let schema = TemplateSchema<Self>(
      "guide",
      [.value("title") { $0.title }, .value("body") { $0.body }])
  }

  var guide: Info
  var product: PageLink
  /// The guide's headings, each a link to its anchor on the page.
  var sections: [PageLink]

  static let schema = TemplateSchema<Self>(
    "guide page",
    [
      .model("guide", Info.self) { $0.guide },
      .model("product", PageLink.self) { $0.product },
      .model("sections", PageLink.self) { $0.sections },
      .value("hasSections") { !$0.sections.isEmpty },
    ])
}
