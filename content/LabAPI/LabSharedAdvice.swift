import KBModel

// Text the source repeats across Lab API codes, written once here: the concurrency-limit codes
// share their causes and steps.

let labPlanOutgrownCause: String = "Your usage has grown well past what your plan allows."

let labOrganizationMisconfiguredCause: String = "The organization is misconfigured."

let labTestingConsumerCause: String = "A **Testing** API consumer is carrying production traffic."

let labConsumerLimitSteps: [Step] = [
  "If a **Testing** consumer serves production, ask Skillable support to switch it to a **Production** configuration.",
  "If your usage has outgrown your plan, ask Skillable support for more concurrency.",
]

let labOrganizationLimitSteps: [Step] = [
  "If you suspect a misconfiguration, or the code appears often, open a ticket with Skillable support.",
  "If your usage has outgrown your plan, ask Skillable support for more concurrency.",
]

let labOrganizationLimitEscalation: String =
  "Contact support when this code occurs frequently or you need more concurrency."

// Codes 110 and 130 carry the same message and advice in the source.

let labSecurityReviewMessage: Symptom = .message(
  "This lab is not currently available for launch via API. It is awaiting security review.")

let labSecurityReviewCause: String = """
  The lab contains cloud resources, and every such lab needs a **Cloud Security Review** \
  before it can be launched through the API.
  """

let labSecurityReviewSteps: [Step] = [
  "Open a ticket with Skillable support asking for a security review, and give the Lab ID."
]

let labSecurityReviewEscalation: String = "Always: only support can start the review."
