import KBModel
import KBTestSupport
import Testing

@testable import KB

/// One `kb check` rule, broken on the valid fixture site.
struct BrokenRule: Sendable, CustomTestStringConvertible {
  /// What the diagnostic says.
  let message: String
  let severity: Diagnostic.Severity
  let breakSite: @Sendable (inout Site) -> Void

  init(
    _ message: String, _ severity: Diagnostic.Severity, _ breakSite: @escaping @Sendable (inout Site) -> Void
  ) {
    self.message = message
    self.severity = severity
    self.breakSite = breakSite
  }

  init(_ message: String, _ breakSite: @escaping @Sendable (inout Site) -> Void) {
    self.init(message, .error, breakSite)
  }

  var testDescription: String { message }
}

/// Every rule of `kb check`, each broken once: removing a rule makes its row fail.
@Suite("kb check: every rule")
struct ValidatorRuleTests {
  static func site() -> Site { Fixtures.site(entries: [Fixtures.entry()]) }

  static func product(_ change: @escaping @Sendable (inout Product) -> Void) -> @Sendable (inout Site) -> Void
  {
    { change(&$0.products[0]) }
  }

  static func support(_ change: @escaping @Sendable (inout Support) -> Void) -> @Sendable (inout Site) -> Void
  {
    { change(&$0.products[0].support) }
  }

  static func topic(_ change: @escaping @Sendable (inout Topic) -> Void) -> @Sendable (inout Site) -> Void {
    { change(&$0.products[0].topics[0]) }
  }

  static func entry(_ change: @escaping @Sendable (inout Entry) -> Void) -> @Sendable (inout Site) -> Void {
    { change(&$0.products[0].topics[0].entries[0]) }
  }

  static func diagram(_ change: @escaping @Sendable (inout Diagram) -> Void) -> @Sendable (inout Site) -> Void
  {
    { change(&$0.products[0].diagrams[0]) }
  }

  static func sequence(_ change: @escaping @Sendable (inout SequenceDiagram) -> Void)
    -> @Sendable (inout Site) -> Void
  {
    diagram { diagram in
      guard case .sequence(var sequence) = diagram.body else { return }
      change(&sequence)
      diagram.body = .sequence(sequence)
    }
  }

  static func flowchart(_ change: @escaping @Sendable (inout Flowchart) -> Void)
    -> @Sendable (inout Site) -> Void
  {
    { site in
      guard case .flowchart(var flowchart) = site.products[0].diagrams[1].body else { return }
      change(&flowchart)
      site.products[0].diagrams[1].body = .flowchart(flowchart)
    }
  }

  static let siteRules: [BrokenRule] = [
    BrokenRule("site title is empty") { $0.title = " " },
    BrokenRule("site tagline is empty") { $0.tagline = "" },
    BrokenRule("the site has no products") { $0.products = [] },
    BrokenRule("product slug 'demo' is already used at") { $0.products.append($0.products[0]) },
    BrokenRule("feedback endpoint 'javascript:alert(1)' uses the javascript: scheme") {
      $0.feedback = Feedback(endpoint: "javascript:alert(1)")
    },
    BrokenRule("feedback endpoint is empty") { $0.feedback = Feedback(endpoint: " ") },
  ]

  static let productRules: [BrokenRule] = [
    BrokenRule("product slug 'Demo Product' must be lower-case", product { $0.slug = "Demo Product" }),
    BrokenRule("product title is empty", product { $0.title = "" }),
    BrokenRule("product summary is empty", product { $0.summary = "\n" }),
    BrokenRule("lastUpdated '2025-1-15' is not a date", product { $0.lastUpdated = "2025-1-15" }),
    BrokenRule(
      "lastUpdated '2025-02-30' does not exist: February 2025 has 28 days",
      product { $0.lastUpdated = "2025-02-30" }),
    BrokenRule("product 'demo' has no topics", product { $0.topics = [] }),
    BrokenRule(
      "support needs a ticket URL, a phone number, an email address", support { $0.ticketURL = nil }),
    BrokenRule("support ticket URL is empty", support { $0.ticketURL = " " }),
    BrokenRule(
      "support ticket URL 'support.example.com' is not", support { $0.ticketURL = "support.example.com" }),
    BrokenRule("support phone is empty", support { $0.phone = "" }),
    BrokenRule("support phone 'call us' is not a phone number", support { $0.phone = "call us" }),
    BrokenRule("support hours is empty", support { $0.hours = "" }),
    BrokenRule("support notes is empty", support { $0.notes = " " }),
    BrokenRule("SLA tier name is empty", support { $0.slaTiers = [SLATier("", responseTime: "1 day")] }),
    BrokenRule("SLA response time is empty", support { $0.slaTiers = [SLATier("Gold", responseTime: "")] }),
    BrokenRule("support checklist item is empty", support { $0.include = [""] }),
    BrokenRule("'<b>' is read as raw HTML", support { $0.notes = "Call <b>now</b>." }),
  ]

  static let topicRules: [BrokenRule] = [
    BrokenRule("topic slug 'Errors!' must be lower-case", topic { $0.slug = "Errors!" }),
    BrokenRule("topic title is empty", topic { $0.title = "" }),
    BrokenRule("topic intro is empty", topic { $0.intro = "" }),
    BrokenRule("link 'demo/none' does not exist", topic { $0.intro = "See [it](entry:demo/none)." }),
    BrokenRule("topic 'errors' has no entries", .warning, topic { $0.entries = [] }),
    BrokenRule("topic slug 'errors' is already used in 'demo'") { site in
      site.products[0].topics.append(
        Topic(slug: "errors", title: "Again", intro: "Again.", entries: [Fixtures.entry(.code("9"))]))
    },
  ]

  static let entryRules: [BrokenRule] = [
    BrokenRule("entry slug 'Forty Two' must be lower-case", entry { $0.slug = "Forty Two" }),
    BrokenRule("title is empty", entry { $0.title = "" }),
    BrokenRule("symptom is empty", entry { $0.symptoms = [.sees(" ")] }),
    BrokenRule("HTTP status 999 is not between 100 and 599", entry { $0.symptoms = [.status(999)] }),
    BrokenRule(
      "HTTP status symptom 'teapot' is not a status",
      entry { $0.symptoms = [Symptom(kind: .httpStatus, text: "teapot")] }),
    BrokenRule("HTTP status 418 has no reason phrase", .warning, entry { $0.symptoms = [.status(418)] }),
    BrokenRule(
      "'<resource>' is read as raw HTML", entry { $0.symptoms = [.sees("Every <resource> element")] }),
    BrokenRule("entry '42' has no cause", entry { $0.causes = [] }),
    BrokenRule("cause is empty", entry { $0.causes = [""] }),
    BrokenRule(
      "'<resource>' is read as raw HTML and would not appear on the page; write it in backticks: `<resource>`",
      entry { $0.causes = ["Every <resource> element."] }),
    BrokenRule("entry '42' has no resolution steps", entry { $0.resolution = [] }),
    BrokenRule("resolution step 2 is empty", entry { $0.resolution = ["Fix it.", ""] }),
    BrokenRule("platform name is empty", entry { $0.variants = [PlatformVariant("", steps: ["Do it."])] }),
    BrokenRule(
      "platform 'Canvas' has two resolution variants",
      entry {
        $0.variants = [PlatformVariant("Canvas", steps: ["A."]), PlatformVariant("Canvas", steps: ["B."])]
      }),
    BrokenRule(
      "the Canvas variant has no steps", entry { $0.variants = [PlatformVariant("Canvas", steps: [])] }),
    BrokenRule("Canvas step 1 is empty", entry { $0.variants = [PlatformVariant("Canvas", steps: [" "])] }),
    BrokenRule("code sample language 'cobol' is unknown", entry { $0.samples = [CodeSample("cobol", "x")] }),
    BrokenRule("code sample is empty", entry { $0.samples = [.shell("")] }),
    BrokenRule("code sample title is empty", entry { $0.samples = [.shell("ls", title: "")] }),
    BrokenRule("escalation is empty", entry { $0.escalation = "" }),
    BrokenRule("'<div>' is read as raw HTML", entry { $0.escalation = "<div>\nCall us.\n</div>" }),
    BrokenRule("alias is empty", entry { $0.aliases = [""] }),
    BrokenRule("code is empty", entry { $0.identity = .code("", name: "X") }),
    BrokenRule(
      "code '4 2' contains spaces",
      entry {
        $0.identity = .code("4 2")
        $0.slug = "4-2"
      }),
    BrokenRule("symbolic name is empty", entry { $0.identity = .code("42", name: "") }),
    BrokenRule("error message is empty", entry { $0.identity = .apiError("") }),
    BrokenRule(
      "HTTP status 1000 is not between 100 and 599", entry { $0.identity = .apiError("Oops", status: 1000) }),
    BrokenRule("screen message is empty", entry { $0.identity = .screenMessage(" ") }),
    BrokenRule("scenario number -1 is negative", entry { $0.identity = .scenario(-1) }),
    BrokenRule("entry '42' lists itself as related", entry { $0.related = ["42"] }),
    BrokenRule("related entry 'demo/none' does not exist", entry { $0.related = ["demo/none"] }),
    BrokenRule("related entry 'nope/42' names unknown product", entry { $0.related = ["nope/42"] }),
    BrokenRule("flow step 'nowhere#x' names unknown diagram", entry { $0.happensAt = "nowhere#x" }),
    BrokenRule("diagram 'demo-launch' has no step 'lanch'", entry { $0.happensAt = "demo-launch#lanch" }),
    BrokenRule("deprecation note is empty", entry { $0.deprecation = Deprecation("") }),
    BrokenRule(
      "replacement 'none' does not exist",
      entry { $0.deprecation = Deprecation("Gone.", replacement: "none") }),
    BrokenRule("'<br>' is read as raw HTML", entry { $0.deprecation = Deprecation("Gone<br>for good.") }),
    BrokenRule("link to unknown diagram 'nowhere'", entry { $0.causes = ["See [it](diagram:nowhere)."] }),
    BrokenRule("link '../x/' is neither an outside URL", entry { $0.causes = ["See [it](../x/)."] }),
    BrokenRule("entry slug 'scenario-1' is already used in 'demo'", entry { $0.slug = "scenario-1" }),
    BrokenRule(
      "entry slug 'entry-3' says nothing to someone who sees the link in a ticket; give the entry slug: \"something-failed\"",
      .warning,
      entry {
        $0.identity = .problem
        $0.slug = "entry-3"
      }),
    BrokenRule("code 42 is already used in 'demo'") { site in
      site.products[0].topics[0].entries.append(Fixtures.entry(.code("42"), title: "Again"))
      site.products[0].topics[0].entries[1].slug = "again"
    },
    BrokenRule("name 'THE_ANSWER' is already used in 'demo'") { site in
      site.products[0].topics[0].entries.append(Fixtures.entry(.code("43", name: "THE_ANSWER")))
    },
    BrokenRule("alias 'Scenario 1' collides with the entry at", entry { $0.aliases = ["Scenario 1"] }),
  ]

  static let diagramRules: [BrokenRule] = [
    BrokenRule("diagram slug 'Demo Launch' must be lower-case", diagram { $0.slug = "Demo Launch" }),
    BrokenRule("diagram title is empty", diagram { $0.title = "" }),
    BrokenRule("diagram summary is empty", diagram { $0.summary = "" }),
    BrokenRule("diagram alias 'Old Launch' must be lower-case", diagram { $0.aliases = ["Old Launch"] }),
    BrokenRule("diagram alias 'demo-flow' is the slug of a diagram", diagram { $0.aliases = ["demo-flow"] }),
    BrokenRule(
      "moved step id 'Old Step' must be lower-case", diagram { $0.movedSteps = ["Old Step": "launch"] }),
    BrokenRule("moved step 'launch' is still a step", diagram { $0.movedSteps = ["launch": "reply"] }),
    BrokenRule(
      "moved step 'old' leads to 'nowhere', which is not a step",
      diagram { $0.movedSteps = ["old": "nowhere"] }),
    BrokenRule("diagram slug 'demo-launch' is already used at") { site in
      site.products[0].diagrams.append(site.products[0].diagrams[0])
    },
    BrokenRule(
      "participant id 'the user' must be lower-case",
      sequence { $0.participants.append(Participant("the user", "U")) }),
    BrokenRule("participant name is empty", sequence { $0.participants[0].name = "" }),
    BrokenRule(
      "participant 'user' is declared twice",
      sequence { $0.participants.append(Participant("user", "Again")) }),
    BrokenRule(
      "participant 'web' is client-side but not next to",
      sequence {
        $0.participants.append(Participant("web", "Web", side: .client))
      }),
    BrokenRule("sequence diagram has no messages", sequence { $0.items = [] }),
    BrokenRule(
      "step id 'Reply Step' must be lower-case",
      sequence {
        $0.items[1] = .message("Reply Step", from: "api", to: "user", "Reply")
      }),
    BrokenRule(
      "step id 'launch' is used twice",
      sequence { $0.items[1] = .message("launch", from: "api", to: "user", "Reply") }),
    BrokenRule(
      "message text is empty", sequence { $0.items[1] = .message("reply", from: "api", to: "user", "") }),
    BrokenRule(
      "message 'reply' uses unknown participant 'usr'",
      sequence {
        $0.items[1] = .message("reply", from: "api", to: "usr", "Reply")
      }),
    BrokenRule(
      "message 'reply' uses 'api' after its lifeline ended", sequence { $0.items.insert(.end("api"), at: 1) }),
    BrokenRule(
      "note 'N' is over 'api' after its lifeline ended",
      sequence {
        $0.items += [.end("api"), .note(over: "api", text: "N")]
      }),
    BrokenRule("lifeline of 'api' ends twice", sequence { $0.items += [.end("api"), .end("api")] }),
    BrokenRule(
      "lifeline of 'api' ends before it takes part in any message",
      sequence { $0.items.insert(.end("api"), at: 0) }),
    BrokenRule("note is empty", sequence { $0.items.append(.note(over: "api", text: "")) }),
    BrokenRule("note 'N' is over no participant", sequence { $0.items.append(.note(over: [], text: "N")) }),
    BrokenRule(
      "note 'N' is over unknown participant 'db'", sequence { $0.items.append(.note(over: "db", text: "N")) }),
    BrokenRule("end of unknown participant 'db'", sequence { $0.items.append(.end("db")) }),
    BrokenRule("highlighted block is empty", sequence { $0.items.append(.highlight([])) }),
  ]

  static let flowchartRules: [BrokenRule] = [
    BrokenRule(
      "node id 'Ask Again' must be lower-case",
      flowchart {
        $0.nodes.append(.question("Ask Again", "Q?"))
        $0.edges.append(.answer("ask", "No", to: "Ask Again"))
        $0.edges.append(.answer("Ask Again", "Yes", to: "first"))
      }),
    BrokenRule(
      "node 'first' is declared twice", flowchart { $0.nodes.append(.outcome("first", entry: "scenario-1")) }),
    BrokenRule("question is empty", flowchart { $0.nodes[0].text = "" }),
    BrokenRule("'<em>' is read as raw HTML", flowchart { $0.nodes[0].text = "Is it <em>on</em>?" }),
    BrokenRule(
      "question 'then' has no answers",
      flowchart {
        $0.nodes.append(.question("then", "Then?"))
        $0.edges.append(.answer("ask", "No", to: "then"))
      }),
    BrokenRule("outcome 'first' does not point at an entry", flowchart { $0.nodes[1].entry = nil }),
    BrokenRule("outcome 'first' 'scenario-9' does not exist", flowchart { $0.nodes[1].entry = "scenario-9" }),
    BrokenRule("flowchart starts at unknown node 'begin'", flowchart { $0.start = "begin" }),
    BrokenRule("answer label is empty", flowchart { $0.edges[0].answer = " " }),
    BrokenRule("answer 'Yes' uses unknown node 'frist'", flowchart { $0.edges[0].to = "frist" }),
    BrokenRule(
      "answer 'Again' of 'ask' leads back to the same question",
      flowchart {
        $0.edges.append(.answer("ask", "Again", to: "ask"))
      }),
    BrokenRule(
      "outcome 'first' cannot have answers",
      flowchart { $0.edges.append(.answer("first", "More", to: "ask")) }),
    BrokenRule(
      "node 'lost' cannot be reached from 'ask'",
      flowchart {
        $0.nodes.append(.outcome("lost", entry: "scenario-1"))
      }),
  ]

  @Test(
    "each rule reports its problem",
    arguments: siteRules + productRules + topicRules + entryRules + diagramRules + flowchartRules)
  func rule(_ rule: BrokenRule) {
    var site = Self.site()
    #expect(!Validator.check(site).contains { $0.message.contains(rule.message) })
    rule.breakSite(&site)
    let diagnostics = Validator.check(site)
    #expect(
      diagnostics.contains { $0.severity == rule.severity && $0.message.contains(rule.message) },
      "\(diagnostics.map(\.description).joined(separator: "\n"))")
  }
}
