/// A diagram drawn as SVG, its numbered steps and its Mermaid source.
struct DiagramPage: TemplateModel {
  struct Drawing: TemplateModel {
    var svg: String
    var marksEntries: Bool
    var troubleshooterLink: String?
    /// Whether the drawing has shaded bands (the steps the user sees), which its legend explains.
    var hasBands = false

    static let schema = TemplateSchema<Self>(
      "drawing",
      [
        .value("svg") { $0.svg },
        .value("marksEntries") { $0.marksEntries },
        .value("hasBands") { $0.hasBands },
        .value("hasLegend") { $0.hasBands || $0.marksEntries },
        .value("troubleshooterLink") { $0.troubleshooterLink },
      ])
  }

  struct Info: TemplateModel {
    var title: String
    var kind: String
    var summary: String
    var mermaid: String
    var mermaidLink: String
    var mermaidFile: String

    static let schema = TemplateSchema<Self>(
      "diagram",
      [
        .value("title") { $0.title },
        .value("kind") { $0.kind },
        .value("summary") { $0.summary },
        .value("mermaid") { $0.mermaid },
        .value("mermaidLink") { $0.mermaidLink },
        .value("mermaidFile") { $0.mermaidFile },
      ])
  }

  /// An answer of a flowchart question and where it leads.
  struct Answer: TemplateModel {
    var answer: String
    var link: String
    var target: String

    static let schema = TemplateSchema<Self>(
      "answer",
      [.value("answer") { $0.answer }, .value("link") { $0.link }, .value("target") { $0.target }])
  }

  /// A message of a sequence diagram (with `from` and `to`) or a node of a flowchart.
  struct Step: TemplateModel {
    var anchor: String
    var oldAnchors: [String]
    var from: String?
    var to: String?
    /// Plain text for a message; rendered HTML for a flowchart node.
    var text: String
    var answers: [Answer]
    var entries: [EntrySummary]

    static let schema = TemplateSchema<Self>(
      "diagram step",
      [
        .value("anchor") { $0.anchor },
        .value("oldAnchors") { $0.oldAnchors },
        .value("from") { $0.from },
        .value("to") { $0.to },
        .value("text") { $0.text },
        .model("answers", Answer.self) { $0.answers },
        .value("hasAnswers") { !$0.answers.isEmpty },
        .model("entries", EntrySummary.self) { $0.entries },
        .value("hasEntries") { !$0.entries.isEmpty },
      ])
  }

  var drawing: Drawing
  var diagram: Info
  var product: PageLink
  var steps: [Step]

  static let schema = TemplateSchema<Self>(
    "diagram page",
    [
      .model("drawing", Drawing.self) { $0.drawing },
      .model("diagram", Info.self) { $0.diagram },
      .model("product", PageLink.self) { $0.product },
      .model("steps", Step.self) { $0.steps },
    ])
}

/// A flowchart as a guided troubleshooter: one question at a time, each answer a link.
struct TroubleshootPage: TemplateModel {
  struct Answer: TemplateModel {
    var answer: String
    var link: String
    var outcome: EntrySummary?
    var nextStep: Int?

    static let schema = TemplateSchema<Self>(
      "troubleshooter answer",
      [
        .value("answer") { $0.answer },
        .value("link") { $0.link },
        .model("outcome", EntrySummary.self) { $0.outcome },
        .value("nextStep") { $0.nextStep },
      ])
  }

  struct Question: TemplateModel {
    var anchor: String
    var permalink: String
    var number: Int
    var stepLink: String
    var isStart: Bool
    var html: String
    var answers: [Answer]

    static let schema = TemplateSchema<Self>(
      "question",
      [
        .value("anchor") { $0.anchor },
        .value("permalink") { $0.permalink },
        .value("number") { $0.number },
        .value("stepLink") { $0.stepLink },
        .value("isStart") { $0.isStart },
        .value("html") { $0.html },
        .model("answers", Answer.self) { $0.answers },
      ])
  }

  var diagram: PageLinkWithSummary
  var product: PageLink
  var startLink: String
  var questionCount: Int
  var questions: [Question]

  static let schema = TemplateSchema<Self>(
    "troubleshooter page",
    [
      .model("diagram", PageLinkWithSummary.self) { $0.diagram },
      .model("product", PageLink.self) { $0.product },
      .value("startLink") { $0.startLink },
      .value("questionCount") { $0.questionCount },
      .model("questions", Question.self) { $0.questions },
    ])
}

/// A titled link with a rendered summary.
struct PageLinkWithSummary: TemplateModel {
  var title: String
  var link: String
  var summary: String

  static let schema = TemplateSchema<Self>(
    "diagram",
    [.value("title") { $0.title }, .value("link") { $0.link }, .value("summary") { $0.summary }])
}

/// Every diagram, or every troubleshooter, grouped by product: `/diagrams/` and `/troubleshoot/`.
struct DiagramIndexPage: TemplateModel {
  struct Item: TemplateModel {
    var title: String
    var link: String
    var summary: String
    /// "Sequence diagram" or "Flowchart".
    var kind: String
    var troubleshooterLink: String?

    static let schema = TemplateSchema<Self>(
      "listed diagram",
      [
        .value("title") { $0.title },
        .value("link") { $0.link },
        .value("summary") { $0.summary },
        .value("kind") { $0.kind },
        .value("troubleshooterLink") { $0.troubleshooterLink },
      ])
  }

  struct Group: TemplateModel {
    var product: PageLink
    var items: [Item]

    static let schema = TemplateSchema<Self>(
      "product's diagrams",
      [.model("product", PageLink.self) { $0.product }, .model("items", Item.self) { $0.items }])
  }

  var groups: [Group]

  static let schema = TemplateSchema<Self>(
    "diagram list page", [.model("groups", Group.self) { $0.groups }])
}
