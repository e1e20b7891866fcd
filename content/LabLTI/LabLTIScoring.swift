import KBModel

var labLTIScoring: Topic {
  Topic(
    slug: "scoring",
    title: "Scoring",
    intro: """
      When your LMS gets no score back from Skillable, start with the error messages recorded on \
      the lab instance. They are on the **Lab Instance Details** page of every instance launched \
      by your API consumer; open a ticket with Skillable support if you cannot see them. With \
      that page open, follow the [score-passback flowchart](diagram:lab-lti-scoring) to your \
      scenario below.
      """,
    entries: [
      Entry(
        .scenario(0),
        slug: "score-not-returned-other-reason",
        title: "Score not returned for a reason the flowchart cannot tell",
        symptoms: [
          .sees(
            """
            **LTI Outcome** > **Status** is **Not Submitted**, the **Lab Instance** is marked \
            **Complete**, **LTI Context** > **Roles** includes **membership#Learner**, and \
            **AgsAccessToken** has a value under **LTI Request Detail**.
            """
          ),
          .sees(
            "**LTI Outcome** > **Status** is **Error**, and the **Errors** section shows an error other than an invalid bearer token."
          ),
        ],
        causes: [
          """
          Two paths of the flowchart end here, and neither points to a cause: finding it takes \
          further investigation of the instance.
          """
        ],
        resolution: [
          "Open a ticket with Skillable support, giving the lab instance and the path that led you here."
        ],
        actors: [.support],
        escalation: "Always: this scenario needs further investigation by Skillable support.",
        aliases: ["scenario-0"]
      ),
      Entry(
        .scenario(1),
        slug: "score-missing-from-gradebook",
        title: "Score submitted but missing from the gradebook",
        symptoms: [.sees("**LTI Outcome** > **Status** is **Submitted**.")],
        causes: ["The LMS has confirmed to Skillable Connect that it accepted the score."],
        resolution: [
          "If the gradebook still shows no score, check the grading settings of the activity and of the course in your LMS."
        ],
        actors: [.instructor, .admin],
        aliases: ["scenario-1"]
      ),
      Entry(
        .scenario(2),
        slug: "lab-not-marked-complete",
        title: "Lab instance not marked Complete",
        symptoms: [
          .sees(
            "**LTI Outcome** > **Status** is **Not Submitted**, and the **Lab Instance** is not marked **Complete**."
          )
        ],
        causes: [
          "Skillable Connect sends no score for a lab that is still running or that is marked **Cancelled**."
        ],
        resolution: [
          """
          To end a lab, finish every task, select **Submit** and then, if asked, **End my lab and \
          mark it as complete**.
          """
        ],
        actors: [.user],
        aliases: ["scenario-2"]
      ),
      Entry(
        .scenario(3),
        slug: "learner-role-missing",
        title: "Launching user lacks the Learner role",
        symptoms: [.sees("**LTI Context** > **Roles** does not include **membership#Learner**.")],
        causes: [
          """
          Skillable Connect sends scores only for students of the course the lab was launched from. \
          It recognizes them by the **membership#Learner** role in the LTI request; without that \
          role, no score is sent.
          """
        ],
        resolution: [
          "Launch the lab as a **Student** enrolled in the course you launch it from.",
          "Give the LTI tool access to your LMS's role and membership service, as [Skillable's LTI setup guide](guide:lti-setup) describes.",
        ],
        actors: [.user, .admin],
        related: ["no-ags-access-token"],
        happensAt: "lab-lti-launch#launch-request",
        aliases: ["scenario-3"]
      ),
      Entry(
        .scenario(4),
        slug: "no-ags-access-token",
        title: "No AGS access token from the LMS",
        symptoms: [.sees("Under **LTI Request Detail**, **AgsAccessToken** has no value.")],
        causes: [
          """
          The LMS should hand Skillable Connect an AGS access token with the first LTI launch \
          request, and that token authorizes sending the score when the lab ends. Without it, the \
          LMS has not allowed Skillable to return a score.
          """
        ],
        resolution: [
          "Turn scoring on for the activity or course.",
          "Give the LTI tool access to your LMS's grade, score and line-items services, as [Skillable's LTI setup guide](guide:lti-setup) describes.",
        ],
        actors: [.instructor, .admin],
        related: ["learner-role-missing", "invalid-bearer-token"],
        happensAt: "lab-lti-launch#launch-request",
        aliases: ["scenario-4"]
      ),
      Entry(
        .scenario(5),
        slug: "invalid-bearer-token",
        title: "Bearer token is invalid",
        symptoms: [.sees("The **Errors** section reports that the bearer token is invalid.")],
        causes: ["Most often the AGS access token from the LMS expired before the score was sent."],
        resolution: [
          "Open a ticket with Skillable support: the fix is a change to your API consumer's configuration."
        ],
        actors: [.support],
        escalation:
          "Always: open a ticket so that Skillable support can change your API consumer's configuration.",
        related: ["no-ags-access-token"],
        aliases: ["scenario-5"]
      ),
    ]
  )
}
