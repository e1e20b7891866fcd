import KBModel

var labLTIDeepLinking: Topic {
  Topic(
    slug: "deep-linking",
    title: "Deep linking",
    intro: """
      Deep linking is how an instructor picks Skillable labs from a catalog and adds them to a \
      course as LTI activities; the [deep-link sequence](diagram:lab-lti-deep-link) shows each \
      step. If you are setting deep linking up for the first time, work through the \
      [Deep Linking section of Skillable's LTI setup guide](guide:lti-setup#deep-linking) before \
      anything here.
      """,
    entries: [
      Entry(
        .problem,
        slug: "tool-not-listed",
        title: "Skillable's LTI tool is missing when adding a lab to a course",
        symptoms: [
          .sees("The list of tools offered for a new activity does not include Skillable's LTI tool.")
        ],
        causes: [
          "The tool's placement settings (Canvas, Blackboard) or its LTI tool settings (Moodle) are wrong."
        ],
        resolution: [
          "Check the tool's configuration in your LMS against [Skillable's LTI setup guide](guide:lti-setup), in the section for your platform shown below."
        ],
        variants: [
          PlatformVariant(
            "Canvas",
            steps: [
              "Check the tool's placement settings against [steps 7–9 of the Canvas section of the LTI setup guide](guide:lti-setup#canvas)."
            ]
          ),
          PlatformVariant(
            "Moodle",
            steps: [
              """
              In [step 4 of the Moodle section of the LTI setup guide](guide:lti-setup#moodle), check \
              that **Tool configuration usage**, **Supports Deep Linking (Content-Item Message)** and \
              **Content Selection URL** are set correctly.
              """
            ]
          ),
          PlatformVariant(
            "Blackboard",
            steps: [
              "Check the tool's placement settings against [steps 11–12 of the Blackboard section of the LTI setup guide](guide:lti-setup#blackboard)."
            ]
          ),
        ],
        actors: [.admin],
        escalation: "Contact support if the settings match the guide and the tool is still missing.",
        related: ["deep-link-error"],
        happensAt: "lab-lti-deep-link#add-activity"
      ),
      Entry(
        .problem,
        slug: "deep-link-error",
        title: "Selecting Skillable's LTI tool shows an error or the LMS inside itself",
        symptoms: [
          .sees("Choosing Skillable's LTI tool to add labs shows an error."),
          .sees("Instead of the lab catalog, a nested iframe shows the LMS again."),
        ],
        causes: [
          "The Deep Link URL configured for the tool is wrong (Canvas, Moodle).",
          "The tool's placement settings are wrong (Blackboard).",
        ],
        resolution: [
          "Correct the setting named for your platform below, following [Skillable's LTI setup guide](guide:lti-setup)."
        ],
        variants: [
          PlatformVariant(
            "Canvas",
            steps: [
              "Check the **Target Link URI**, set in [step 8 of the Canvas section of the LTI setup guide](guide:lti-setup#canvas)."
            ]
          ),
          PlatformVariant(
            "Moodle",
            steps: [
              "Check the **Content Selection URL**, set in [step 4 of the Moodle section of the LTI setup guide](guide:lti-setup#moodle)."
            ]
          ),
          PlatformVariant(
            "Blackboard",
            steps: [
              "Check the tool's placement settings against [steps 11–12 of the Blackboard section of the LTI setup guide](guide:lti-setup#blackboard)."
            ]
          ),
        ],
        actors: [.admin],
        escalation: "Contact support if the settings match the guide and the error remains.",
        related: ["tool-not-listed"],
        happensAt: "lab-lti-deep-link#deep-link-request"
      ),
      Entry(
        .problem,
        slug: "empty-catalog",
        title: "The content selector opens but lists no labs",
        symptoms: [
          .sees("The content selector appears, but its catalog is empty.")
        ],
        causes: [
          "No labs are published to your [API consumer](guide:integration-setup#api-consumer)."
        ],
        resolution: [
          "Publish at least one **Lab Series** to your **API Consumer**.",
          "Make sure that series holds at least one **Lab Profile** marked as **Complete**.",
        ],
        actors: [.admin],
        escalation:
          "Contact support if a complete lab is published to your API consumer and the catalog is still empty.",
        happensAt: "lab-lti-deep-link#show-catalog"
      ),
    ]
  )
}
