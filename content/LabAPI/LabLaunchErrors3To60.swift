import KBModel

/// Launch error codes 3 to 60: host, consumer, user and organization limits.
var labLaunchErrors3To60: [Entry] {
  [
    Entry(
      .code("3"),
      title: "Insufficient host resources",
      symptoms: [labCodeReturned("3", meaning: "Insufficient host resources")],
      causes: [
        "There are not enough host resources free to build the lab, most likely because of a problem with datacenter availability."
      ],
      resolution: [
        """
        Check your platform's logs for how often the code occurs. The likely cause is on \
        Skillable's side, and there is no documented step you can take yourself.
        """
      ],
      actors: [.support],
      frequency: .veryUncommon,
      escalation: """
        Contact Skillable support when the code occurs frequently (no threshold is documented), and \
        say how often and since when.
        """,
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("5"),
      title: "API integration has too many active labs",
      symptoms: [labCodeReturned("5", meaning: "API integration has too many active labs")],
      causes: [
        "Your API consumer has reached its limit on lab instances running at the same time.",
        labTestingConsumerCause,
        labPlanOutgrownCause,
      ],
      resolution: labConsumerLimitSteps(limit: "number of labs it runs at the same time"),
      actors: [.developer, .support],
      escalation: labConsumerLimitEscalation,
      related: ["7", "20", "60"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("7"),
      title: "API integration doesn't have enough available RAM",
      symptoms: [labCodeReturned("7", meaning: "API integration doesn't have enough available RAM")],
      causes: [
        "Your API consumer has reached its limit on RAM used by labs running at the same time.",
        labTestingConsumerCause,
        labPlanOutgrownCause,
      ],
      resolution: labConsumerLimitSteps(limit: "RAM its running labs use at the same time"),
      actors: [.developer, .support],
      escalation: labConsumerLimitEscalation,
      related: ["5", "10", "30"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("10"),
      title: "User doesn't have enough available RAM",
      symptoms: [labCodeReturned("10", meaning: "User doesn't have enough available RAM")],
      causes: [
        "Someone has set a RAM limit on this particular user, and the user's labs have reached it."
      ],
      resolution: [
        """
        Ask whoever manages users in your organization whether a RAM limit was set on this user on \
        purpose. Such limits are set explicitly, but where they are set, and who can change them, is \
        not documented.
        """
      ],
      actors: [.admin, .support],
      frequency: .veryUncommon,
      escalation: """
        Contact Skillable support when no one meant to limit this user, or when the code occurs \
        frequently; no other fix is documented.
        """,
      related: ["7", "100"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("20"),
      title: "User's organization has too many active labs",
      symptoms: [labCodeReturned("20", meaning: "User's organization has too many active labs")],
      causes: [
        "The user's organization has reached its limit on lab instances running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps(
        organization: "the organization of the user who launched the lab",
        limit: "number of labs running at the same time"
      ),
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["30", "60", "5"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("30"),
      title: "User's organization doesn't have enough available RAM",
      symptoms: [labCodeReturned("30", meaning: "User's organization doesn't have enough available RAM")],
      causes: [
        "The user's organization has reached its limit on RAM used by labs running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps(
        organization: "the organization of the user who launched the lab",
        limit: "RAM its running labs use at the same time"
      ),
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["20", "50", "7"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("40"),
      title: "Lab profile has too many active instances",
      symptoms: [labCodeReturned("40", meaning: "Lab profile has too many active instances")],
      causes: [
        "Someone has set a limit on running instances for this particular lab, and it has been reached."
      ],
      resolution: [
        """
        If your organization owns the lab, a lab developer may be able to resolve this by raising \
        **Max Active Instances** on the **Advanced** tab of the Lab Profile.
        """,
        "Otherwise, open a ticket with Skillable support if the code keeps coming back.",
      ],
      actors: [.admin, .support],
      frequency: .veryUncommon,
      escalation: "Contact support when you do not own the lab and this code occurs frequently.",
      related: ["70", "100"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("50"),
      title: "Lab organization doesn't have enough available RAM",
      symptoms: [labCodeReturned("50", meaning: "Lab organization doesn't have enough available RAM")],
      causes: [
        "The lab's organization has reached its limit on RAM used by labs running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps(
        organization: "the organization the lab belongs to, which may not be the user's",
        limit: "RAM its running labs use at the same time"
      ),
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["60", "30"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("60"),
      title: "Lab organization has too many active instances",
      symptoms: [labCodeReturned("60", meaning: "Lab organization has too many active instances")],
      causes: [
        "The lab's organization has reached its limit on lab instances running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps(
        organization: "the organization the lab belongs to, which may not be the user's",
        limit: "number of its labs running at the same time"
      ),
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["50", "20"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
  ]
}
