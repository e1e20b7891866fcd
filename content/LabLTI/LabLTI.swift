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
    diagrams: [labLTIDeepLinkDiagram, labLTILaunchDiagram, labLTIScoringFlowchart]
  )
}
