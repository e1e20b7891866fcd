import KBModel

var labLaunchDiagram: Diagram {
  Diagram(
    slug: "lab-api-launch",
    title: "Lab API launch sequence",
    summary: """
      The order of events in a lab launch that succeeds. Troubleshooting entries name the step \
      where their problem shows up.
      """,
    sequence: SequenceDiagram(
      participants: [
        Participant("user", "User", side: .client),
        Participant("lms", "LMS", side: .server),
        Participant("skillable", "Skillable", side: .server),
      ],
      items: [
        .highlight([.message("launch-lab", from: "user", to: "lms", "Launch Lab")]),
        .message("launch-request", from: "lms", to: "skillable", "'Launch' API request"),
        .message("send-connection-url", from: "skillable", to: "lms", "Send Connection URL"),
        .highlight([
          .message("redirect-to-url", from: "lms", to: "user", "Redirect browser to Connection URL"),
          // The LMS takes no further part once it has handed the user over.
          .end("lms"),
        ]),
        .highlight([
          .message("connect", from: "user", to: "skillable", "Connect to Connection URL"),
          .message("send-cookies", from: "skillable", to: "user", "Send cookies containing access tokens"),
          .message("redirect-setup", from: "skillable", to: "user", "Redirect to Lab Setup"),
          .note(over: "user", "skillable", text: "Lab is built"),
          .message("redirect-client", from: "skillable", to: "user", "Redirect to Lab Client"),
        ]),
      ]
    )
  )
}
