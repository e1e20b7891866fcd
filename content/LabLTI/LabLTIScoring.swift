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
        escalation: "Always: this scenario needs further investigation by Skillable support."
      ),
      Entry(
        .scenario(1),
        title: "Score submitted but missing from the gradebook",
        symptoms: [.sees("**LTI Outcome** > **Status** is **Submitted**.")],
        causes: ["The LMS has confirmed to Skillable Connect that it accepted the score."],
        resolution: [
          "If the gradebook still shows no score, check the grading settings of the activity and of the course in your LMS."
        ],
        actors: [.instructor, .admin]
      ),
      Entry(
        .scenario(2),
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
        actors: [.user]
      ),
      Entry(
        .scenario(3),
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
        related: ["scenario-4"],
        happensAt: "lab-lti-launch#launch-request"
      ),
      Entry(
        .scenario(4),
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
        related: ["scenario-3", "scenario-5"],
        happensAt: "lab-lti-launch#launch-request"
      ),
      Entry(
        .scenario(5),
        title: "Bearer token is invalid",
        symptoms: [.sees("The **Errors** section reports that the bearer token is invalid.")],
        causes: ["Most often the AGS access token from the LMS expired before the score was sent."],
        resolution: [
          "Open a ticket with Skillable support: the fix is a change to your API consumer's configuration."
        ],
        actors: [.support],
        escalation:
          "Always: open a ticket so that Skillable support can change your API consumer's configuration.",
        related: ["scenario-4"]
      ),
    ]
  )
}
