import KBModel

var classRecordsAndZoom: Topic {
  Topic(
    slug: "records-and-class-creation",
    title: "Reading records, Zoom authorization and creating the class",
    intro: """
      Codes 1008–1016 come from the part of the launch that reads Class's own records (Zoom \
      authorization, the LTI course linkage, the school's meeting defaults) and then creates or \
      opens the class and the user's enrollment in it.

      Several of them mean a database read or write failed, even though the record may exist. \
      For those, launch the course again and, if the same code comes back, contact product \
      support; no other check is documented for them. Codes [1009](entry:1009), [1011](entry:1011) and [1014](entry:1014) need someone \
      to act first.
      """,
    entries: [
      Entry(
        .code("1008", name: "FAILED_TO_GET_ZOOM_AUTH"),
        title: "Could not read the user's Zoom authentication",
        symptoms: [classLaunchFailed("1008")],
        causes: [
          """
          Reading the user's Zoom authentication record failed. The record may well exist: it is \
          the lookup that went wrong.
          """
        ],
        resolution: classLaunchAgainSteps,
        actors: [.user, .support],
        retry: .retry(attempts: 1),
        escalation: classLaunchAgainEscalation("1008"),
        related: ["1003", "1010", "1012", "1009"]
      ),
      Entry(
        .code("1009", name: "PRIVLEGED_ZOOM_USER_NOT_YET_AUTHORIZED"),
        title: "Instructor has not yet authorized Zoom in Class",
        symptoms: [
          .sees("An instructor or assistant launches the course, and the launch fails with error 1009.")
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
        symptoms: [classLaunchFailed("1010")],
        causes: [
          """
          Reading the LTI course linkage from the database failed. The linkage record may well \
          exist: it is the lookup that went wrong.
          """
        ],
        resolution: classLaunchAgainSteps,
        actors: [.user, .support],
        retry: .retry(attempts: 1),
        escalation: classLaunchAgainEscalation("1010"),
        related: ["1003", "1008", "1012"]
      ),
      Entry(
        .code("1011", name: "CLASS_NOT_YET_CREATED"),
        title: "Class not created yet",
        symptoms: [.sees("A student launches the course, and the launch fails with error 1011.")],
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
        symptoms: [classLaunchFailed("1012")],
        causes: [
          """
          Reading the school's meeting defaults from the database failed. The record may well \
          exist: it is the lookup that went wrong.
          """
        ],
        resolution: classLaunchAgainSteps,
        actors: [.user, .support],
        retry: .retry(attempts: 1),
        escalation: classLaunchAgainEscalation("1012"),
        related: ["1003", "1008", "1010"]
      ),
      Entry(
        .code("1013", name: "FAILED_TO_CREATE_DEFERRED_CLASSES"),
        title: "Could not create deferred classes",
        symptoms: [classLaunchFailed("1013")],
        causes: [
          """
          Creating the classes or enrollments that had been deferred for the instructor through \
          the API failed. When deferred classes are created is not documented.
          """
        ],
        resolution: classLaunchAgainSteps,
        actors: [.instructor, .support],
        retry: .retry(attempts: 1),
        escalation: classLaunchAgainEscalation("1013"),
        related: ["1014", "1015"]
      ),
      Entry(
        .code("1014", name: "FAILED_TO_CREATE_CLASS"),
        title: "Could not create the class",
        symptoms: [.sees("The LTI page returns error 1014 instead of the class.")],
        causes: [
          """
          Creating the class failed. One possible reason is that the instructor's Zoom access token \
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
        symptoms: [classLaunchFailed("1015")],
        causes: ["Finding or creating the enrollment in the class failed."],
        resolution: classLaunchAgainSteps,
        actors: [.user, .support],
        retry: .retry(attempts: 1),
        escalation: classLaunchAgainEscalation("1015"),
        related: ["1016", "1013"]
      ),
      Entry(
        .code("1016", name: "FAILED_TO_GET_CLASS"),
        title: "Could not read the class",
        symptoms: [classLaunchFailed("1016")],
        causes: ["Reading the class's data failed."],
        resolution: classLaunchAgainSteps,
        actors: [.user, .support],
        retry: .retry(attempts: 1),
        escalation: classLaunchAgainEscalation("1016"),
        related: ["1015", "1010"]
      ),
    ]
  )
}
