import KBModel

var classRecordsAndZoom: Topic {
  Topic(
    slug: "records-and-class-creation",
    title: "Reading records, Zoom authorization and creating the class",
    intro: """
      Codes 1008–1016 come from the part of the launch that reads Class's own records (Zoom \
      authorization, the LTI course linkage, the school's meeting defaults) and then creates or \
      opens the class and the user's enrollment in it.

      Several of them mean a database read failed even though the record may exist. Launching \
      the course again is the first thing to try; if the same code comes back, contact product \
      support. Codes [1009](entry:1009), [1011](entry:1011) and [1014](entry:1014) need someone \
      to act first.
      """,
    entries: [
      Entry(
        .code("1008", name: "FAILED_TO_GET_ZOOM_AUTH"),
        title: "Could not read the user's Zoom authentication",
        symptoms: [.sees("Opening the course from the LMS shows error 1008 FAILED_TO_GET_ZOOM_AUTH.")],
        causes: [
          """
          Reading the user's Zoom authentication record failed. The record may well exist: it is \
          the lookup that went wrong.
          """
        ],
        resolution: ["Launch the course again."],
        actors: [.user, .support],
        escalation: "If the launch fails with 1008 again, contact product support.",
        related: ["1003", "1010", "1012", "1009"]
      ),
      Entry(
        .code("1009", name: "PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED"),
        title: "Instructor has not yet authorized Zoom in Class",
        symptoms: [
          .sees(
            "An instructor or assistant opens the course and sees error 1009 PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED."
          )
        ],
        causes: [
          """
          The user launching the course is a privileged user, an instructor or an assistant, who \
          has not yet authorized their Zoom account in the Class app.
          """
        ],
        resolution: [
          "Sign in to the Class application, using the email address of your LMS account.",
          "Launch the course again.",
        ],
        actors: [.instructor, .support],
        escalation: "If the launch still fails with 1009, contact product support.",
        related: ["1014", "1337", "1011"]
      ),
      Entry(
        .code("1010", name: "FAILED_TO_GET_LTI_COURSE_LINKAGE"),
        title: "Could not read the LTI course linkage",
        symptoms: [.sees("Opening the course from the LMS shows error 1010 FAILED_TO_GET_LTI_COURSE_LINKAGE.")],
        causes: [
          """
          Reading the LTI course linkage from the database failed. The linkage record may well \
          exist: it is the lookup that went wrong.
          """
        ],
        resolution: ["Launch the course again."],
        actors: [.user, .support],
        escalation: "If the launch fails with 1010 again, contact product support.",
        related: ["1003", "1008", "1012"]
      ),
      Entry(
        .code("1011", name: "CLASS_NOT_YET_CREATED"),
        title: "Class not created yet",
        symptoms: [.sees("A student opens the course and sees error 1011 CLASS_NOT_YET_CREATED.")],
        causes: [
          """
          A student launched the course before a privileged user (an instructor or assistant) had \
          created the class.
          """
        ],
        resolution: [
          "Ask your instructor to launch the course from the LMS themselves; their launch creates the class.",
          "Once they have done so, launch the course again to enter the class.",
        ],
        actors: [.user, .instructor],
        related: ["1009", "1014"]
      ),
      Entry(
        .code("1012", name: "FAILED_TO_GET_MEETING_DEFAULTS"),
        title: "Could not read the school's meeting defaults",
        symptoms: [.sees("Opening the course from the LMS shows error 1012 FAILED_TO_GET_MEETING_DEFAULTS.")],
        causes: [
          """
          Reading the school's meeting defaults from the database failed. The record may well \
          exist: it is the lookup that went wrong.
          """
        ],
        resolution: ["Launch the course again."],
        actors: [.user, .support],
        escalation: "If the launch fails with 1012 again, contact product support.",
        related: ["1003", "1008", "1010"]
      ),
      Entry(
        .code("1013", name: "FAILED_TO_CREATE_DEFERRED_CLASSES"),
        title: "Could not create deferred classes",
        symptoms: [
          .sees("Opening the course from the LMS shows error 1013 FAILED_TO_CREATE_DEFERRED_CLASSES.")
        ],
        causes: [
          """
          Classes or enrollments had been set up for the instructor through the API and deferred \
          until launch, and creating them failed.
          """
        ],
        resolution: ["Launch the course again."],
        actors: [.instructor, .support],
        escalation: "If the launch fails with 1013 again, contact product support.",
        related: ["1014", "1015"]
      ),
      Entry(
        .code("1014", name: "FAILED_TO_CREATE_CLASS"),
        title: "Could not create the class",
        symptoms: [.sees("The LTI page shows error 1014 FAILED_TO_CREATE_CLASS instead of the class.")],
        causes: [
          """
          Creating the class failed. One likely reason is that the instructor's Zoom access token \
          is no longer valid, so creating the Zoom meeting for the class failed.
          """
        ],
        resolution: [
          "Sign in to the Class desktop app using your Zoom account.",
          "Go back to the LTI page where 1014 appeared and reload it.",
        ],
        actors: [.instructor, .support],
        escalation: "If refreshing the page still shows 1014, contact product support.",
        related: ["1009", "1337", "1013"]
      ),
      Entry(
        .code("1015", name: "FAILED_TO_GET_OR_CREATE_LINKED_ENROLLMENT"),
        title: "Could not get or create the enrollment",
        symptoms: [
          .sees("Opening the course from the LMS shows error 1015 FAILED_TO_GET_OR_CREATE_LINKED_ENROLLMENT.")
        ],
        causes: ["Finding or creating the enrollment in the class failed."],
        resolution: ["Launch the course again."],
        actors: [.user, .support],
        escalation: "If the launch fails with 1015 again, contact product support.",
        related: ["1016", "1013"]
      ),
      Entry(
        .code("1016", name: "FAILED_TO_GET_CLASS"),
        title: "Could not read the class",
        symptoms: [.sees("Opening the course from the LMS shows error 1016 FAILED_TO_GET_CLASS.")],
        causes: ["Reading the class's data failed."],
        resolution: ["Launch the course again."],
        actors: [.user, .support],
        escalation: "If the launch fails with 1016 again, contact product support.",
        related: ["1015", "1010"]
      ),
    ]
  )
}
