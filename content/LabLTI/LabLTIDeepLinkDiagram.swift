import KBModel

var labLTIDeepLinkDiagram: Diagram {
  Diagram(
    slug: "lab-lti-deep-link",
    title: "LTI deep-link sequence",
    summary: """
      How adding Skillable labs to a course through deep linking proceeds when nothing goes wrong. \
      Troubleshooting entries name the step that is most likely failing.
      """,
    sequence: SequenceDiagram(
      participants: labLTIParticipants,
      items: [
        .highlight([.message("add-activity", from: "user", to: "lms", "Add new LTI Activity")]),
        .message("connection-request", from: "lms", to: "skillable", "Connection Request"),
        .message(
          "authentication", from: "lms", to: "skillable", "Authentication with JWT Keys", style: .dashed),
        .message("deep-link-request", from: "lms", to: "skillable", "Deep Link Request"),
        .message("send-catalog", from: "skillable", to: "lms", "Send Catalog"),
        .highlight([
          .message("show-catalog", from: "lms", to: "user", "Show Catalog"),
          .message("select-labs", from: "user", to: "lms", "Select Labs"),
        ]),
        .message("request-selected-labs", from: "lms", to: "skillable", "Request Selected Labs"),
        .message("send-lab-links", from: "skillable", to: "lms", "Send Lab Links"),
        .highlight([.message("activity-added", from: "lms", to: "user", "LTI Activity Added")]),
      ]
    )
  )
}
