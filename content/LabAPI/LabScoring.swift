import KBModel

var labScoring: Topic {
  Topic(
    slug: "scoring",
    title: "Scoring",
    intro: """
      The Lab API does **not** send lab scores to your platform unless you build a scoring \
      workflow. There are two main ways to get them:

      - [Webhooks](https://connect.skillable.com/docs/webhooks/skillable-lab-webhooks/), which \
      certain stages of a lab's lifecycle trigger automatically.
      - A [Details](https://connect.skillable.com/lab/operation/Details/) or \
      [Result](https://connect.skillable.com/lab/operation/Result/) request, which your platform \
      has to send itself.
      """,
    entries: [
      Entry(
        .problem,
        slug: "scores-not-returned",
        title: "Lab scores never reach the platform",
        symptoms: [
          .sees("Users finish their labs, but no score shows up in the platform that launched them.")
        ],
        causes: [
          "No scoring workflow is set up: by default the Lab API returns no scores to the external platform."
        ],
        resolution: [
          """
          To have scores pushed to you, set up \
          [Skillable lab webhooks](https://connect.skillable.com/docs/webhooks/skillable-lab-webhooks/), \
          which certain stages of the lab lifecycle trigger automatically; see the webhook \
          documentation for which stages.
          """,
          """
          To fetch scores yourself, have your platform send a \
          [Details](https://connect.skillable.com/lab/operation/Details/) or \
          [Result](https://connect.skillable.com/lab/operation/Result/) request; nothing triggers \
          these for you.
          """,
        ],
        actors: [.developer]
      )
    ]
  )
}
