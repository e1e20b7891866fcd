import KBModel

/// One entry's page: symptoms, cause, resolution, samples, where it happens and support.
struct EntryPage: TemplateModel {
  struct SymptomItem: TemplateModel {
    var kind: Symptom.Kind
    var text: String
    /// Rendered CommonMark for observations; empty for messages and statuses.
    var html: String

    static let schema = TemplateSchema<Self>(
      "symptom",
      [
        .value("text") { $0.text },
        .value("html") { $0.html },
        .value(Symptom.Kind.message.rawValue) { $0.kind == .message },
        .value(Symptom.Kind.httpStatus.rawValue) { $0.kind == .httpStatus },
        .value(Symptom.Kind.observation.rawValue) { $0.kind == .observation },
      ])
  }

  /// A code sample, in one language or several (shown as tabs when scripts run).
  struct Sample: TemplateModel {
    /// One language of a sample.
    struct Language: TemplateModel {
      var id: String
      var language: String
      var label: String
      var code: String

      static let schema = TemplateSchema<Self>(
        "sample language",
        [
          .value("id") { $0.id },
          .value("language") { $0.language },
          .value("label") { $0.label },
          .value("code") { $0.code },
        ])
    }

    var id: String
    var title: String?
    var languages: [Language]

    static let schema = TemplateSchema<Self>(
      "code sample",
      [
        .value("id") { $0.id },
        .value("title") { $0.title },
        .model("languages", Language.self) { $0.languages },
        .value("hasTabs") { $0.languages.count > 1 },
        .value("language") { $0.languages.first?.language },
        .value("label") { $0.languages.first?.label },
        .value("code") { $0.languages.first?.code },
      ])
  }

  struct ResolutionStep: TemplateModel {
    var html: String
    var sample: Sample?

    static let schema = TemplateSchema<Self>(
      "resolution step",
      [.value("html") { $0.html }, .model("sample", Sample.self) { $0.sample }])
  }

  struct Variant: TemplateModel {
    var platform: String
    var anchor: String
    var steps: [ResolutionStep]

    static let schema = TemplateSchema<Self>(
      "platform resolution",
      [
        .value("platform") { $0.platform },
        .value("anchor") { $0.anchor },
        .model("steps", ResolutionStep.self) { $0.steps },
      ])
  }

  struct Role: TemplateModel {
    var label: String
    /// What comes before it: nothing, a comma or "and", so roles never run together.
    var separator: String

    static let schema = TemplateSchema<Self>(
      "actor", [.value("label") { $0.label }, .value("separator") { $0.separator }])
  }

  /// The diagram step where the entry happens.
  struct Place: TemplateModel {
    var diagramTitle: String
    var diagramLink: String
    var stepNumber: Int
    var stepText: String
    var stepLink: String
    var svg: String?
    /// Whether the drawing has shaded bands (the steps the user sees), which its legend explains.
    var hasBands = false
    /// Whether ringed step numbers mark steps that have entries.
    var marksEntries = false

    static let schema = TemplateSchema<Self>(
      "diagram step",
      [
        .value("diagramTitle") { $0.diagramTitle },
        .value("diagramLink") { $0.diagramLink },
        .value("stepNumber") { $0.stepNumber },
        .value("stepText") { $0.stepText },
        .value("stepLink") { $0.stepLink },
        .value("svg") { $0.svg },
        .value("hasBands") { $0.hasBands },
        .value("marksEntries") { $0.marksEntries },
      ])
  }

  /// A troubleshooter whose answers end at this entry.
  struct Outcome: TemplateModel {
    struct Answer: TemplateModel {
      var question: String
      var answer: String
      var link: String

      static let schema = TemplateSchema<Self>(
        "answer on the way",
        [
          .value("question") { $0.question },
          .value("answer") { $0.answer },
          .value("link") { $0.link },
        ])
    }

    var slug: String
    var title: String
    var link: String
    var path: [Answer]
    var svg: String

    static let schema = TemplateSchema<Self>(
      "troubleshooter outcome",
      [
        .value("slug") { $0.slug },
        .value("title") { $0.title },
        .value("link") { $0.link },
        .model("path", Answer.self) { $0.path },
        .value("svg") { $0.svg },
      ])
  }

  /// Where the source this entry restates contradicts itself or is silent.
  struct SourceNote: TemplateModel {
    /// What the source says, as HTML.
    var says: String
    /// Our note on it, as HTML.
    var html: String

    static let schema = TemplateSchema<Self>(
      "note on the source", [.value("says") { $0.says }, .value("html") { $0.html }])
  }

  struct Deprecation: TemplateModel {
    var html: String
    var replacement: EntrySummary?

    static let schema = TemplateSchema<Self>(
      "deprecation",
      [.value("html") { $0.html }, .model("replacement", EntrySummary.self) { $0.replacement }])
  }

  var entry: EntrySummary
  var product: PageLink
  var topic: PageLink
  var overviewLink: String
  var symptoms: [SymptomItem]
  var causes: [ProseBlock]
  var steps: [ResolutionStep]
  var variants: [Variant]
  var samples: [Sample]
  var actors: [Role]
  var related: [EntrySummary]
  var aliases: [String]
  var support: SupportBlock
  var frequency: String?
  /// Whether and when to retry, in words.
  var retry: String?
  var sourceNotes: [SourceNote]
  var escalation: String?
  var place: Place?
  var outcomeOf: [Outcome]
  var deprecated: Deprecation?
  /// `YYYY-MM-DD`, from the content.
  var lastReviewed: String?
  /// The entry's source file and line online, when an edit URL is configured.
  var editLink: String?
  /// schema.org JSON-LD describing the page, safe to put inside a script element.
  var structuredData: String
  /// A sample `application/problem+json` body (RFC 9457) whose `type` is this page, for an entry
  /// a product returns or shows; nil for the others.
  var problemDetails: String?
  /// What "Copy as reply" copies, in plain text and in Markdown.
  var reply: EntryReply
  /// `product/slug`, as feedback and `index.json` name the entry.
  var entryID: String
  /// What a reader quotes in a ticket: the code, else the name or message, else the short link.
  var ticketCode: String

  static let schema = TemplateSchema<Self>(
    "entry page",
    [
      .model("entry", EntrySummary.self) { $0.entry },
      .model("product", PageLink.self) { $0.product },
      .model("topic", PageLink.self) { $0.topic },
      .value("overviewLink") { $0.overviewLink },
      .model("symptoms", SymptomItem.self) { $0.symptoms },
      .model("causes", ProseBlock.self) { $0.causes },
      .value("hasSeveralCauses") { $0.causes.count > 1 },
      .model("steps", ResolutionStep.self) { $0.steps },
      .model("variants", Variant.self) { $0.variants },
      .model("samples", Sample.self) { $0.samples },
      .model("actors", Role.self) { $0.actors },
      .model("related", EntrySummary.self) { $0.related },
      .value("aliases") { $0.aliases },
      .model("support", SupportBlock.self) { $0.support },
      .value("hasActors") { !$0.actors.isEmpty },
      .value("hasSymptoms") { !$0.symptoms.isEmpty },
      .value("hasVariants") { !$0.variants.isEmpty },
      .value("hasSamples") { !$0.samples.isEmpty },
      .value("hasRelated") { !$0.related.isEmpty },
      .value("hasAliases") { !$0.aliases.isEmpty },
      .value("frequency") { $0.frequency },
      .value("retry") { $0.retry },
      .model("sourceNotes", SourceNote.self) { $0.sourceNotes },
      .value("hasSourceNotes") { !$0.sourceNotes.isEmpty },
      .value("escalation") { $0.escalation },
      .model("where", Place.self) { $0.place },
      .model("outcomeOf", Outcome.self) { $0.outcomeOf },
      .model("deprecated", Deprecation.self) { $0.deprecated },
      .value("lastReviewed") { $0.lastReviewed },
      .value("editLink") { $0.editLink },
      .value("structuredData") { $0.structuredData },
      .value("problemDetails") { $0.problemDetails },
      .value("replyText") { $0.reply.text },
      .value("replyMarkdown") { $0.reply.markdown },
      .value("replyLink") { $0.reply.shortURL },
      .value("entryID") { $0.entryID },
      .value("ticketCode") { $0.ticketCode },
    ])
}
