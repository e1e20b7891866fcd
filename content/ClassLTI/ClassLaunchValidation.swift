import KBModel

var classLaunchValidation: Topic {
  Topic(
    slug: "launch-request-validation",
    title: "Checking the launch request",
    intro: """
      Class's error table says its launch codes go up in the order in which the launch is \
      processed. Codes 1017 and 1021 do not fit that order (see their notes), so a code's number \
      is only a rough guide to how far the launch got.

      The codes on this page come from checking the request itself: its LTI signature and \
      credentials (1001–1003, 1017, 1021), the custom attributes configured for the integration \
      (1004, 1005, 1018), and the user and course values the LMS sends (1006, 1007, 1019, 1020, \
      1022–1024). Most are fixed in the LMS's integration or tool settings. Two are not: for \
      [1003](entry:1003) you launch again, and for [1017](entry:1017) you check the Authorization \
      config field on the **Admin Settings -> Integrations** page.
      """,
    entries: classRequestChecks + classLaunchDataChecks
  )
}
