import KBModel

var labLaunchErrors: Topic {
  Topic(
    slug: "launch-errors",
    title: "Launch error codes",
    intro: """
      The Lab API returns these numeric codes in its responses. Most come back in the response to \
      a launch, at the [Send Connection URL](diagram:lab-api-launch#send-connection-url) step; \
      [code 120](entry:120) comes back from a Save, Resume or SendNotification request instead. \
      Users do not see the codes unless your platform shows them; look for them in the logs of the \
      application that sends your API requests.
      """,
    entries: labLaunchErrors3To60 + labLaunchErrors70To160
  )
}
