import KBModel

var classLaunchValidation: Topic {
  Topic(
    slug: "launch-request-validation",
    title: "Checking the launch request",
    intro: """
      Class processes an LTI course launch request in a fixed order, and its error codes go up in \
      that same order: a lower code means the launch failed at an earlier point of processing.

      The codes on this page come from checking the request itself: its LTI signature and \
      credentials (1001–1003, 1017, 1021), the custom attributes configured for the integration \
      (1004, 1005, 1018), and the user and course values the LMS sends (1006, 1007, 1019, 1020, \
      1022–1024). Most of them are fixed in the LMS's integration settings rather than in Class.
      """,
    entries: classRequestChecks + classLaunchDataChecks
  )
}
