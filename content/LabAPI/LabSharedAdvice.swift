import KBModel

// Text the source repeats across Lab API codes, written once here: the concurrency-limit codes
// share their causes and steps.

var labPlanOutgrownCause: String {
  "Your usage has grown well past what your plan allows."
}

var labOrganizationMisconfiguredCause: String {
  "The organization is misconfigured."
}

var labTestingConsumerCause: String {
  "A **Testing** API consumer is carrying production traffic."
}

var labConsumerLimitSteps: [Step] {
  [
    "If a **Testing** consumer serves production, ask Skillable support to switch it to a **Production** configuration.",
    "If your usage has outgrown your plan, ask Skillable support for more concurrency.",
  ]
}

var labOrganizationLimitSteps: [Step] {
  [
    "If you suspect a misconfiguration, or the code appears often, open a ticket with Skillable support.",
    "If your usage has outgrown your plan, ask Skillable support for more concurrency.",
  ]
}

var labOrganizationLimitEscalation: String {
  "Contact support when this code occurs frequently or you need more concurrency."
}

// Codes 110 and 130 carry the same message and advice in the source.

var labSecurityReviewMessage: Symptom {
  .message(
    "This lab is not currently available for launch via API. It is awaiting security review.")
}

var labSecurityReviewCause: String {
  """
    The lab contains cloud resources, and every such lab needs a **Cloud Security Review** \
    before it can be launched through the API.
    """
}

var labSecurityReviewSteps: [Step] {
  [
    "Open a ticket with Skillable support asking for a security review, and give the Lab ID."
  ]
}

var labSecurityReviewEscalation: String {
  "Always: only support can start the review."
}
