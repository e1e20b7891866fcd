import KBModel

/// Skillable's support desk, shared by the Lab API and the Skillable LTI tool.
var skillableSupport: Support {
  Support(
    ticketURL: "https://www.skillable.com/customer-support/",
    notes: "If nothing here solves your problem, open a ticket with Skillable support."
  )
}
