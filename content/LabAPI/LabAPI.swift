import KBModel

var labAPI: Product {
  Product(
    slug: "lab-api",
    title: "Lab API",
    summary: """
      The Lab API lets a learning platform launch Skillable virtual labs for its users and read \
      their results. Launch failures come back as numeric error codes in the API response; the \
      [launch sequence](diagram:lab-api-launch) shows where each problem appears.
      """,
    support: skillableSupport,
    // The source guide is a living document without a date, so none is shown.
    topics: [labClientErrors, labLaunchErrors, labScoring],
    diagrams: [labLaunchDiagram]
  )
}
