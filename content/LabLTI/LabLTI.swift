import KBModel

var labLTI: Product {
  Product(
    slug: "lab-lti",
    title: "Skillable LTI",
    summary: """
      Skillable's LTI tool lets an LMS such as Canvas, Moodle or Blackboard add Skillable labs to \
      courses through deep linking, launch them (see the [launch sequence](diagram:lab-lti-launch)) \
      and receive their scores.
      """,
    support: skillableSupport,
    // The source guide is a living document without a date, so none is shown.
    topics: [labLTIDeepLinking, labLTIScoring],
    diagrams: [labLTIDeepLinkDiagram, labLTILaunchDiagram, labLTIScoringFlowchart],
    // The source links both guides only as files beside it (integration-setup-lti.md,
    // integration-setup-general.md) and gives no address, so none is set here.
    guides: [
      Guide(
        slug: "lti-setup",
        title: "Skillable's LTI setup guide",
        sections: [
          GuideSection("canvas", title: "Canvas"),
          GuideSection("moodle", title: "Moodle"),
          GuideSection("blackboard", title: "Blackboard"),
          GuideSection("deep-linking", title: "Deep Linking"),
        ]
      ),
      Guide(
        slug: "integration-setup",
        title: "Skillable's general integration setup guide",
        sections: [
          GuideSection("api-consumer", title: "What is an API Consumer", anchor: "what-is-an-api-consumer")
        ]
      ),
    ]
  )
}
