import KBModel

/// Codes 1001–1007: the LTI signature, the integration credentials and the configured attributes.
var classRequestChecks: [Entry] {
  [
    Entry(
      .code("1001", name: "FAILED_IMSLTI_VALIDATION"),
      title: "Launch request rejected by the IMS LTI validator",
      symptoms: [classLaunchFailed("1001")],
      causes: ["The IMS LTI validator rejected the launch request, so Class stopped processing it."],
      resolution: [
        """
        Check the values the LMS sends with the launch request, in particular `oauth_signature` and \
        `oauth_client_consumer_key`, and correct any that are wrong.
        """,
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1002", "1017"]
    ),
    Entry(
      .code("1002", name: "LTI_CREDENTIALS_NOT_FOUND"),
      title: "LTI credentials not found",
      symptoms: [classLaunchFailed("1002")],
      causes: ["Class's database holds no LTI integration credentials that match the launch request."],
      resolution: [
        "Check whether an LTI credential has been created for your organization at all; if not, create one.",
        """
        If the credential exists, compare it with the LMS integration settings: the details may have \
        been copied into the LMS incorrectly.
        """,
      ],
      actors: [.admin],
      related: ["1001", "1003"]
    ),
    Entry(
      .code("1003", name: "FAILED_TO_GET_LTI_CREDENTIALS"),
      title: "Could not read the LTI credentials",
      symptoms: [classLaunchFailed("1003")],
      causes: [
        """
        Reading the LTI credentials from the database failed. The credential record may well exist: \
        it is the lookup that went wrong, not necessarily the setup.
        """
      ],
      resolution: classLaunchAgainSteps,
      actors: [.user, .support],
      retry: .retry(attempts: 1),
      escalation: classLaunchAgainEscalation("1003"),
      related: ["1002", "1008", "1010", "1012"]
    ),
    Entry(
      .code("1004", name: "EMAIL_ATTRIBUTE_NAME_NOT_IN_REQUEST"),
      title: "Email attribute missing from the launch request",
      symptoms: [classLaunchFailed("1004")],
      causes: [
        """
        An email attribute name was given when the LTI credential was created, but the launch \
        request does not contain an attribute of that name.
        """
      ],
      resolution: [
        "In the LMS integration settings, add the email attribute name as a custom field.",
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1005", "1018", "1006"]
    ),
    Entry(
      .code("1005", name: "COURSE_ID_ATTRIBUTE_NAME_NOT_IN_REQUEST"),
      title: "Course ID attribute missing from the launch request",
      symptoms: [classLaunchFailed("1005")],
      causes: [
        """
        A course ID attribute name was given when the LTI credential was created, but the launch \
        request does not contain an attribute of that name.
        """
      ],
      resolution: [
        "In the LMS integration settings, add the course ID attribute name as a custom field.",
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1004", "1018", "1007"]
    ),
    Entry(
      .code("1006", name: "INVALID_USER_EMAIL"),
      title: "No user email in the launch request",
      symptoms: [classLaunchFailed("1006")],
      causes: ["The launch request arrived without the user's email: the value was undefined."],
      resolution: [
        "Find out which email address the user launches the course with.",
        "Make sure the user is signed in to the LMS as the right person.",
        "Launch the course again.",
      ],
      actors: [.user, .admin],
      related: ["1004", "1007", "1019", "1022"]
    ),
    Entry(
      .code("1007", name: "INVALID_COURSE_ID"),
      title: "No course ID in the launch request",
      symptoms: [classLaunchFailed("1007")],
      causes: ["The launch request arrived without a course ID: the value was undefined."],
      resolution: [
        "Check what the LMS sends as the course ID: the `context_id` value of the launch request.",
        "Launch the course again once the LMS sends a course ID.",
      ],
      actors: [.admin],
      related: ["1005", "1006", "1020", "1023"]
    ),
  ]
}
