import KBModel

var labClientErrors: Topic {
  Topic(
    slug: "client-side-errors",
    title: "Errors shown in the browser",
    intro: """
      A user may see these messages while a lab launches. Behind them there is often a \
      launch error code that the user does not see: it comes back to your platform in the API \
      response, at the [Send Connection URL](diagram:lab-api-launch#send-connection-url) step.
      """,
    entries: [
      Entry(
        .screenMessage("Access Denied"),
        title: "Access Denied when connecting to a lab",
        symptoms: [
          .message("Access Denied"),
          .sees("The browser shows Access Denied instead of the lab."),
        ],
        causes: [
          """
          The connection URL has already expired. The `Url` that the \
          [Launch](https://connect.skillable.com/lab/operation/Launch/) response carries works \
          once only, and for no more than 60 seconds, whichever ends first.
          """,
          """
          The user went to the lab instance directly, without first getting an access token \
          from the connection URL.
          """,
        ],
        resolution: [
          """
          Have your platform send a new \
          [Launch](https://connect.skillable.com/lab/operation/Launch/) request: an expired \
          connection URL cannot be reused.
          """,
          "Redirect the user to the new URL as soon as it arrives, and only once.",
          "Make sure the user reaches the lab through the connection URL, which hands out the access token, and not straight at the lab instance.",
        ],
        actors: [.developer],
        retry: .doNotRetry,
        happensAt: "lab-api-launch#connect"
      ),
      Entry(
        .screenMessage(":-( Sorry, something went wrong!"),
        title: "“Sorry, something went wrong!” in Skillable Connect",
        symptoms: [
          .message(":-( Sorry, something went wrong!"),
          .sees("A sad face and the words “Sorry, something went wrong!” appear instead of the lab."),
        ],
        causes: [
          "Skillable Connect hit an error it shows only in this generic form; the page does not say what failed."
        ],
        resolution: [
          """
          Errors in the browser often come with a launch error code that the user does not see. \
          Look in the logs of the application that sends your API requests for a code returned for \
          the same launch, at the [Send Connection URL](diagram:lab-api-launch#send-connection-url) \
          step, and if there is one, follow the steps for that code.
          """,
          "If the message keeps appearing, open a ticket with Skillable support.",
        ],
        actors: [.support],
        escalation: "Contact support when users see this message frequently.",
        related: ["access-denied"]
      ),
    ]
  )
}
