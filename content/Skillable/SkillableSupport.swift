import KBModel

/// Skillable's support desk, shared by the Lab API and the Skillable LTI tool.
var skillableSupport: Support {
  Support(
    ticketURL: "https://www.skillable.com/customer-support/",
    include: [
      "The Lab ID and, for a launch, the lab instance ID",
      "The error code or message, exactly as returned",
      "The time of the failed request and your API consumer's name",
    ],
    notes: "Support staff keep this guide up to date. If nothing here solves your problem, open a ticket."
  )
}
