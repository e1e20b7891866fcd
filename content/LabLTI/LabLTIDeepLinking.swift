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
          "The tool's placement settings (Canvas, Blackboard) or its LTI tool settings (Moodle) may be set up wrongly."
        ],
        resolution: [
          """
          Open the Skillable tool's settings in your LMS and check the settings named for your \
          platform below against [Skillable's LTI setup guide](guide:lti-setup). The guide is not \
          published at an address we can link to; if you do not have it, ask Skillable support for it.
          """
        ],
        variants: [
          PlatformVariant(
            "Canvas",
            steps: [
              """
              Check the tool's placement settings: they decide where Canvas offers the tool, so \
              they must include the place where you add a lab to a course. The values are in \
              [steps 7–9 of the Canvas section of the LTI setup guide](guide:lti-setup#canvas).
              """
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
              """
              Check the tool's placement settings: they decide where Blackboard offers the tool, so \
              they must include the place where you add a lab to a course. The values are in \
              [steps 11–12 of the Blackboard section of the LTI setup guide](guide:lti-setup#blackboard).
              """
            ]
          ),
        ],
        actors: [.admin],
        escalation: """
          If the settings match the guide and the tool is still missing, open a ticket with \
          Skillable support. Name your LMS, say where you looked for the tool, and attach a \
          screenshot of the tool's placement settings (Canvas, Blackboard) or LTI tool settings \
          (Moodle).
          """,
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
          "The Deep Link URL configured for the tool may be wrong (Canvas, Moodle).",
          "The tool's placement settings may be set up wrongly (Blackboard).",
        ],
        resolution: [
          """
          Open the Skillable tool's settings in your LMS and correct the setting named for your \
          platform below, following [Skillable's LTI setup guide](guide:lti-setup) (ask Skillable \
          support for the guide if you do not have it).
          """
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
              """
              The Deep Link URL is not named as the cause here: check the tool's placement \
              settings in Blackboard, which decide where Blackboard offers the tool and what it \
              opens when you select it. The values are in \
              [steps 11–12 of the Blackboard section of the LTI setup guide](guide:lti-setup#blackboard).
              """
            ]
          ),
        ],
        actors: [.admin],
        escalation: """
          If the settings match the guide and the error remains, open a ticket with Skillable \
          support. Name your LMS, describe or capture the error (or the nested LMS page), and attach \
          a screenshot of the setting named for your platform above.
          """,
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
          "There may be no labs published to your [API consumer](guide:integration-setup#api-consumer)."
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
