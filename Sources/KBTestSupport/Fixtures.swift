import KBModel

/// A small, valid site that tests break one field at a time.
package enum Fixtures {
  package static let support = Support(ticketURL: "https://support.example.com/", include: ["The error code"])

  package static let diagram = Diagram(
    slug: "demo-launch",
    title: "Demo launch",
    summary: "How a launch proceeds.",
    sequence: SequenceDiagram(
      participants: [Participant("user", "User", side: .client), Participant("api", "API", side: .server)],
      items: [
        .highlight([.message("launch", from: "user", to: "api", "Launch")]),
        .message("reply", from: "api", to: "user", "Reply"),
      ]
    )
  )

  package static let flowchart = Diagram(
    slug: "demo-flow",
    title: "Demo flow",
    summary: "Which scenario applies.",
    flowchart: Flowchart(
      start: "ask",
      nodes: [.question("ask", "Is it **on**?"), .outcome("first", entry: "scenario-1")],
      edges: [.answer("ask", "Yes", to: "first")]
    )
  )

  package static func entry(
    _ identity: Identity = .code("42", name: "THE_ANSWER"),
    title: String = "Something failed",
    causes: [String] = ["The thing broke."],
    resolution: [Step] = ["Fix the thing."],
    samples: [CodeSample] = [],
    related: [EntryRef] = [],
    happensAt: StepRef? = nil,
    file: String = #filePath,
    line: Int = #line
  ) -> Entry {
    Entry(
      identity, title: title, symptoms: [.message("Something failed"), .status(409)], causes: causes,
      resolution: resolution, samples: samples, related: related, happensAt: happensAt, file: file, line: line
    )
  }

  package static func site(
    entries: [Entry], diagrams: [Diagram] = [diagram, flowchart], slug: String = "demo"
  )
    -> Site
  {
    Site(
      title: "Demo KB",
      tagline: "Tests.",
      products: [
        Product(
          slug: slug, title: "Demo", summary: "A demo product.", support: support, lastUpdated: "2025-01-15",
          topics: [
            Topic(slug: "errors", title: "Errors", intro: "Errors.", entries: entries),
            Topic(
              slug: "scenarios", title: "Scenarios", intro: "Outcomes.",
              entries: [entry(.scenario(1), title: "Scenario one")]
            ),
          ],
          diagrams: diagrams
        )
      ]
    )
  }
}
