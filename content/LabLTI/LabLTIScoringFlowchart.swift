import KBModel

var labLTIScoringFlowchart: Diagram {
  Diagram(
    slug: "lab-lti-scoring",
    title: "LTI score-passback flowchart",
    summary: """
      Open the **Lab Instance Details** page of the lab whose score is missing, then answer each \
      question to find your scenario.
      """,
    flowchart: Flowchart(
      start: "lti-outcome",
      nodes: [
        .question("lti-outcome", "What does **LTI Outcome** > **Status** show?"),
        .outcome("submitted", entry: "score-missing-from-gradebook"),
        .question("complete", "Is the **Lab Instance** marked as **Complete**?"),
        .question("error", "What does the **Errors** section say?"),
        .question("role-check", "Does **LTI Context** > **Roles** include **membership#Learner**?"),
        .outcome("incomplete", entry: "lab-not-marked-complete"),
        .outcome("no-role", entry: "learner-role-missing"),
        .question("access-token", "Under **LTI Request Detail**, is there a value for **AgsAccessToken**?"),
        .outcome("contact-support", entry: "score-not-returned-other-reason"),
        .outcome("no-ags-token", entry: "no-ags-access-token"),
        .outcome("bearer-token", entry: "invalid-bearer-token"),
      ],
      edges: [
        .answer("lti-outcome", "Submitted", to: "submitted"),
        .answer("lti-outcome", "Not Submitted", to: "complete"),
        .answer("lti-outcome", "Error", to: "error"),
        .answer("complete", "No", to: "incomplete"),
        .answer("complete", "Yes", to: "role-check"),
        .answer("role-check", "Yes", to: "access-token"),
        .answer("role-check", "No", to: "no-role"),
        .answer("access-token", "Yes", to: "contact-support"),
        .answer("access-token", "No", to: "no-ags-token"),
        .answer("error", "Bearer token is invalid", to: "bearer-token"),
        .answer("error", "Other", to: "contact-support"),
      ]
    )
  )
}
