import KBModel

/// Launch error codes 3 to 60: host, consumer, user and organization limits.
var labLaunchErrors3To60: [Entry] {
  [
    Entry(
      .code("3"),
      title: "Insufficient host resources",
      symptoms: [.message("Insufficient host resources")],
      causes: [
        "The datacenter has too little host capacity free to build the lab, most likely because of an availability problem there."
      ],
      resolution: [
        "If the code keeps coming back, open a ticket with Skillable support; the capacity problem is on Skillable's side."
      ],
      actors: [.support],
      frequency: .veryUncommon,
      escalation: "Contact support when this code occurs frequently.",
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("5"),
      title: "API integration has too many active labs",
      symptoms: [.message("API integration has too many active labs")],
      causes: [
        "Your API consumer has reached its limit on lab instances running at the same time.",
        labTestingConsumerCause,
        labPlanOutgrownCause,
      ],
      resolution: labConsumerLimitSteps,
      actors: [.developer, .support],
      escalation: "Support makes both changes; open a ticket for either.",
      related: ["7", "20", "60"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("7"),
      title: "API integration doesn't have enough available RAM",
      symptoms: [.message("API integration doesn't have enough available RAM")],
      causes: [
        "Your API consumer has reached its limit on RAM used by labs running at the same time.",
        labTestingConsumerCause,
        labPlanOutgrownCause,
      ],
      resolution: labConsumerLimitSteps,
      actors: [.developer, .support],
      escalation: "Support makes both changes; open a ticket for either.",
      related: ["5", "10", "30"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("10"),
      title: "User doesn't have enough available RAM",
      symptoms: [.message("User doesn't have enough available RAM")],
      causes: [
        "Someone has set a RAM limit on this particular user, and the user's labs have reached it."
      ],
      resolution: [
        "If the code keeps coming back, open a ticket with Skillable support."
      ],
      actors: [.support],
      frequency: .veryUncommon,
      escalation: "Contact support when this code occurs frequently.",
      related: ["7", "100"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("20"),
      title: "User's organization has too many active labs",
      symptoms: [.message("User's organization has too many active labs")],
      causes: [
        "The user's organization has reached its limit on lab instances running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps,
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["30", "60", "5"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("30"),
      title: "User's organization doesn't have enough available RAM",
      symptoms: [.message("User's organization doesn't have enough available RAM")],
      causes: [
        "The user's organization has reached its limit on RAM used by labs running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps,
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["20", "50", "7"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("40"),
      title: "Lab profile has too many active instances",
      symptoms: [.message("Lab profile has too many active instances")],
      causes: [
        "Someone has set a limit on running instances for this particular lab, and it has been reached."
      ],
      resolution: [
        """
        If your organization owns the lab, a lab developer can raise **Max Active Instances** on \
        the **Advanced** tab of the Lab Profile.
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
      symptoms: [.message("Lab organization doesn't have enough available RAM")],
      causes: [
        "The lab's organization has reached its limit on RAM used by labs running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps,
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["60", "30"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
    Entry(
      .code("60"),
      title: "Lab organization has too many active instances",
      symptoms: [.message("Lab organization has too many active instances")],
      causes: [
        "The lab's organization has reached its limit on lab instances running at the same time.",
        labOrganizationMisconfiguredCause,
        labPlanOutgrownCause,
      ],
      resolution: labOrganizationLimitSteps,
      actors: [.admin, .support],
      escalation: labOrganizationLimitEscalation,
      related: ["50", "20"],
      happensAt: "lab-api-launch#send-connection-url"
    ),
  ]
}
