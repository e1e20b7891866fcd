import KBModel

/// Codes 1017–1024: LTI 1.3 keys and version, the person ID attribute and the user and course data.
var classLaunchDataChecks: [Entry] {
  [
    Entry(
      .code("1017", name: "FAILED_TO_GET_LMS_JWKS"),
      title: "Could not get the LMS's JWKs",
      symptoms: [classLaunchFailed("1017")],
      causes: [
        """
        Class validates an LTI 1.3 launch with the LMS's JSON Web Keys (JWKs), and fetching those \
        keys failed.
        """
      ],
      resolution: [
        "Open **Admin Settings -> Integrations** and make sure the Authorization config field holds the right value.",
        "Launch the course again.",
      ],
      actors: [.admin],
      sourceNotes: [classLaunchOrderNote],
      related: ["1001", "1021"]
    ),
    Entry(
      .code("1018", name: "PERSON_ID_ATTRIBUTE_NAME_NOT_IN_REQUEST"),
      title: "Person ID attribute missing from the launch request",
      symptoms: [classLaunchFailed("1018")],
      causes: [
        """
        A Person ID attribute name was given when the LTI credential was created, but the launch \
        request does not contain an attribute of that name.
        """
      ],
      resolution: [
        "In the LMS integration settings, add the Person ID attribute name as a custom field.",
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1004", "1005", "1022"]
    ),
    Entry(
      .code("1019", name: "INVALID_USER_NAME"),
      title: "User name missing from the launch request",
      symptoms: [classLaunchFailed("1019")],
      causes: [
        "At least one of the user's name values in the launch request was undefined or an empty string.",
        "The LTI tool in the LMS may not be allowed to send user data.",
      ],
      resolution: [
        "Check that the user's sortable name is set to *last name, first name*.",
        "Make sure the user is signed in to the LMS as the right person.",
        "Check that the LTI tool is allowed to send user data: look for its private/public setting.",
      ],
      actors: [.user, .admin],
      related: ["1006", "1022", "1024"]
    ),
    Entry(
      .code("1020", name: "INVALID_CONSUMER_CLIENT_ID"),
      title: "Invalid consumer client ID",
      symptoms: [classLaunchFailed("1020")],
      causes: [
        """
        The code's name says the launch request's consumer client ID is invalid. Class's error table \
        gives no cause of its own for this code (see the note below).
        """
      ],
      resolution: [
        "Check that the LTI tool is allowed to send user data: look for its private/public setting.",
        "Launch the course again.",
      ],
      actors: [.admin],
      escalation: """
        If the tool sends user data and the launch still fails with 1020, contact product support \
        and ask what the code checks: it is not documented.
        """,
      sourceNotes: [
        SourceNote(
          says: "the request's course ID value was undefined or an empty string",
          """
          That is the cause it gives for [1007 INVALID_COURSE_ID](entry:1007), and it does not fit a \
          code named INVALID_CONSUMER_CLIENT_ID; it looks copied. We keep the documented step, which \
          is about sending user data, and do not repeat the course-ID cause.
          """
        )
      ],
      related: ["1007", "1022", "1023"]
    ),
    Entry(
      .code("1021", name: "INVALID_LTI_VERSION"),
      title: "Wrong LTI version in an LTI 1.3 launch",
      symptoms: [classLaunchFailed("1021")],
      causes: ["An LTI 1.3 launch request gave a version other than `1.3.0`."],
      resolution: [
        "Review how the LTI tool is configured in the LMS.",
        "Confirm that you mean to use LTI 1.3 rather than LTI 1.1, and set the tool up for the version you intend.",
      ],
      actors: [.admin],
      sourceNotes: [classLaunchOrderNote],
      related: ["1017", "1001"]
    ),
    Entry(
      .code("1022", name: "INVALID_PERSON_ID"),
      title: "No Person ID in the launch request",
      symptoms: [classLaunchFailed("1022")],
      causes: ["The launch request carried no Person ID: the value was undefined or an empty string."],
      resolution: [
        "Check that the LTI tool is allowed to send user and course data: look for its private/public setting.",
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1018", "1019", "1024"]
    ),
    Entry(
      .code("1023", name: "INVALID_COURSE_TITLE"),
      title: "No course title in the launch request",
      symptoms: [classLaunchFailed("1023")],
      causes: ["The launch request carried no course title: the value was undefined or an empty string."],
      resolution: [
        "Check that the LTI tool is allowed to send user and course data: look for its private/public setting.",
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1007", "1020", "1024"]
    ),
    Entry(
      .code("1024", name: "INVALID_ROLES_LIST"),
      title: "No roles for the user in the launch request",
      symptoms: [classLaunchFailed("1024")],
      causes: ["The launch request carried no roles for the user: the list was undefined or an empty array."],
      resolution: [
        "Check that the LTI tool is allowed to send user and course data: look for its private/public setting.",
        "Launch the course again.",
      ],
      actors: [.admin],
      related: ["1019", "1022", "1023"]
    ),
  ]
}
