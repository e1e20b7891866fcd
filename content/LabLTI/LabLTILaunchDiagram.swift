import KBModel

var labLTILaunchDiagram: Diagram {
  Diagram(
    slug: "lab-lti-launch",
    title: "LTI launch sequence",
    summary: """
      How a lab launched from an LMS over LTI proceeds when nothing goes wrong. Troubleshooting \
      entries name the step where their problem starts.
      """,
    sequence: SequenceDiagram(
      participants: labLTIParticipants,
      items: [
        .highlight([.message("launch-lab", from: "user", to: "lms", "Launch Lab")]),
        .message("connection-request", from: "lms", to: "skillable", "Connection Request"),
        .message(
          "authentication", from: "lms", to: "skillable", "Authentication with JWT Keys", style: .dashed),
        .message("launch-request", from: "lms", to: "skillable", "Launch Request"),
        .message("send-connection-url", from: "skillable", to: "lms", "Send Connection URL"),
        .highlight([
          .message("redirect-to-console", from: "lms", to: "user", "Redirect browser to Lab Console")
        ]),
      ]
    )
  )
}
