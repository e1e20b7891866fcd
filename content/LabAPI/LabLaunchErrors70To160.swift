import KBModel

/// Launch error codes 70 to 160: lab series and class limits, reviews, state and request problems.
var labLaunchErrors70To160: [Entry] {
  [
    Entry(
      .code("70"),
      title: "Lab series has too many active instances",
      symptoms: [labCodeReturned("70", meaning: "Lab series has too many active instances")],
      causes: [
        "Someone has set a limit on running instances for this particular Lab Series, and it has been reached."
      ],
      resolution: [
        """
        If your organization owns the content, a lab developer may be able to resolve this by \
        raising **Max Active Instances** on the **Limits** tab of the Lab Series.
        """,
        "Otherwise, open a ticket with Skillable support if the code keeps coming back.",
      ],
      actors: [.admin, .support],
      frequency: .veryUncommon,
      escalation: "Contact support when you do not own the content and this code occurs frequently.",
      related: ["80", "40"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("80"),
      title: "Lab series doesn't have enough available RAM",
      symptoms: [labCodeReturned("80", meaning: "Lab series doesn't have enough available RAM")],
      causes: [
        "Someone has set a RAM limit on this particular Lab Series, and its running labs have reached it."
      ],
      resolution: [
        """
        If your organization owns the content, a lab developer may be able to resolve this by \
        raising **Max RAM Usage** on the **Limits** tab of the Lab Series.
        """,
        "Otherwise, open a ticket with Skillable support if the code keeps coming back.",
      ],
      actors: [.admin, .support],
      frequency: .veryUncommon,
      escalation: "Contact support when you do not own the content and this code occurs frequently.",
      related: ["70"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("90"),
      title: "Too many labs active in the class",
      symptoms: [
        labCodeReturned(
          "90",
          meaning:
            "Too many labs within the specified class are currently active for another lab to be launched")
      ],
      causes: [
        """
        The class already has as many running labs as its \
        [maxActiveLabInstances](https://connect.skillable.com/lab/operation/GetOrCreateClass/#!in=query&path=maxActiveLabInstances&t=request) \
        value allows, as set by the \
        [GetOrCreateClass](https://connect.skillable.com/lab/operation/GetOrCreateClass/) request.
        """
      ],
      resolution: [
        """
        Raise the class's \
        [maxActiveLabInstances](https://connect.skillable.com/lab/operation/UpdateClass/#!in=query&path=maxActiveLabInstances&t=request) \
        with an [UpdateClass](https://connect.skillable.com/lab/operation/UpdateClass/) request.
        """
      ],
      actors: [.developer],
      related: ["150"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("100"),
      title: "User has launched the maximum number of instances of this lab profile",
      symptoms: [
        labCodeReturned(
          "100", meaning: "User has launched the maximum number of instances of this lab profile")
      ],
      causes: [
        "This user has launched as many instances of this Lab Profile as are allowed."
      ],
      resolution: [
        """
        Check your platform's logs for whether this user keeps getting the code. It is very \
        uncommon, and there is no documented step you can take yourself.
        """
      ],
      actors: [.support],
      frequency: .veryUncommon,
      escalation: "Contact Skillable support when the code occurs frequently; no other fix is documented.",
      related: ["40", "10"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("110"),
      title: "Lab is awaiting a security review",
      symptoms: [labSecurityReviewMessage("110")],
      causes: [labSecurityReviewCause],
      resolution: labSecurityReviewSteps,
      actors: [.admin, .support],
      escalation: labSecurityReviewEscalation,
      sourceNotes: [labSecurityReviewNote],
      related: ["130"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("120"),
      title: "Lab instance is not in the correct state",
      symptoms: [
        labCodeReturned(
          "120", meaning: "Lab instance is not in the correct state to perform the requested action",
          request: "A Save, Resume or SendNotification request")
      ],
      causes: [
        """
        Your platform asked for a change that the instance's current state does not allow, for \
        example a [Save](https://connect.skillable.com/lab/operation/Save/) of a lab that is \
        already Saved, a [Resume](https://connect.skillable.com/lab/operation/Resume/) of a lab \
        that is already Running, or a \
        [SendNotification](https://connect.skillable.com/lab/operation/SendNotification-post/) \
        to a Saved lab.
        """
      ],
      resolution: [
        "Check the instance's state before your platform sends the request, and skip requests that would not change it."
      ],
      actors: [.developer],
      escalation: "Contact support if an instance's state looks wrong or never changes.",
      sourceNotes: [
        SourceNote(
          says: "error codes are received in the API response at the Send Connection URL step of a launch",
          """
          Code 120 is listed with the launch codes, yet the requests it names are Save, Resume and \
          SendNotification, which act on a lab instance that already exists. We place it at none \
          of the launch steps; look for it in the responses to those requests.
          """
        )
      ],
      related: ["160"]
    ),
    Entry(
      .code("130"),
      title: "Lab is awaiting a security review (code 130)",
      symptoms: [labSecurityReviewMessage("130")],
      causes: [labSecurityReviewCause],
      resolution: labSecurityReviewSteps,
      actors: [.admin, .support],
      escalation: labSecurityReviewEscalation,
      sourceNotes: [labSecurityReviewNote],
      related: ["110"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("140"),
      title: "The request is invalid or contains invalid parameters",
      symptoms: [labCodeReturned("140", meaning: "The request is invalid or contains invalid parameters")],
      causes: [
        "The launch request is malformed or one of its parameters has a wrong value."
      ],
      resolution: [
        """
        Compare your [Launch](https://connect.skillable.com/lab/operation/Launch/) parameters \
        with the [Lab API documentation](https://connect.skillable.com/lab/overview/#section/Introduction) \
        and correct them.
        """
      ],
      actors: [.developer],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("150"),
      title: "Shared class environment is not available",
      symptoms: [
        labCodeReturned(
          "150",
          meaning:
            "The participant lab instance cannot be launched because the shared class environment is not currently available"
        )
      ],
      causes: [
        """
        The [Launch](https://connect.skillable.com/lab/operation/Launch/) request names a \
        [classId](https://connect.skillable.com/lab/operation/Launch/#!in=query&path=classId&t=request) \
        whose [shared environment](https://docs.skillable.com/guides/sl/sharedlabs.md) is not running.
        """
      ],
      resolution: [
        """
        Launch the **Lab Profile** that has the **Shared Environment** role first (set under \
        **Advanced** tab > **Shared Class Environment** > **Role**).
        """,
        "Once the shared environment runs, launch the participants' labs into the class again.",
      ],
      actors: [.developer],
      related: ["90"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("160"),
      title: "The user must provide additional information",
      symptoms: [
        labCodeReturned(
          "160",
          meaning: "The lab cannot be launched because the user is required to provide additional information"
        )
      ],
      causes: [
        """
        **Multi-Instancing** is turned on for your API consumer, and the user already has a running \
        instance of the lab they are launching.
        """
      ],
      resolution: [
        "Send the user to the `Url` that comes with the response.",
        "There the user chooses to resume the existing lab or to launch a new instance of the same lab.",
      ],
      actors: [.developer, .user],
      related: ["120"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
  ]
}
