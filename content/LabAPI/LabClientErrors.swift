import KBModel

let labClientErrors = Topic(
  slug: "client-side-errors",
  title: "Errors shown in the browser",
  intro: """
    These messages appear in the user's browser while a lab is launching. An \
    [error code](entry:lab-api/3) the user cannot see often accompanies them in the API response.
    """,
  entries: [
    Entry(
      .screenMessage("Access Denied"),
      title: "Access Denied when connecting to a lab",
      symptoms: [.message("Access Denied"), .sees("The browser shows Access Denied instead of the lab.")],
      causes: [
        "The user opened a connection URL that has already expired.",
        "The user reached the lab instance without first getting an access token from the connection URL.",
      ],
      resolution: [
        "Send a new [Launch](https://connect.skillable.com/lab/operation/Launch/) request to get a fresh connection URL.",
        "Redirect the user to the new URL straight away: it works once, and for at most 60 seconds.",
      ],
      actors: [.developer],
      happensAt: "lab-api-launch#connect"
    ),
  ]
)
