import KBModel

// Text the source repeats across Lab API codes, written once here: the concurrency-limit codes
// share their causes, and their steps differ only in whose limit was reached.

var labPlanOutgrownCause: String {
  "Your usage has grown well past what your plan allows."
}

var labOrganizationMisconfiguredCause: String {
  "The organization is misconfigured."
}

var labTestingConsumerCause: String {
  "A **Testing** API consumer is carrying production traffic."
}

/// Steps for codes 5 and 7, the API consumer's own limits; `limit` names what ran out.
func labConsumerLimitSteps(limit: String) -> [Step] {
  [
    """
    Find out which API consumer sent the failing launch and whether it is set up as a **Testing** \
    or a **Production** consumer. The source does not say where this is shown; if you cannot tell, \
    ask Skillable support.
    """,
    """
    If it is a **Testing** consumer and it serves production traffic, ask Skillable support to \
    convert it to a **Production** configuration.
    """,
    Step(
      """
      If it is a **Production** consumer, compare the \(limit) with what your platform \
      used before. If it has grown well beyond that, your plan's limit is the cause: ask Skillable \
      support for more concurrency.
      """
    ),
  ]
}

var labConsumerLimitEscalation: String {
  "Both fixes are made by Skillable support: open a ticket naming the API consumer and the code."
}

/// Steps for codes 20, 30, 50 and 60; `organization` says whose limit was reached and `limit`
/// what ran out, which is all that tells the four codes apart.
func labOrganizationLimitSteps(organization: String, limit: String) -> [Step] {
  [
    Step("The limit reached is that of \(organization), on the \(limit). Note which organization that is."),
    """
    If that organization's usage has grown well past its plan, ask Skillable support for more \
    concurrency for it.
    """,
    """
    If its usage has not grown, the source's other cause remains: the organization is \
    misconfigured. Only Skillable support can check that; open a ticket naming the organization \
    and the code.
    """,
  ]
}

var labOrganizationLimitEscalation: String {
  """
  Either way Skillable support makes the change. The source asks you to contact support when the \
  code occurs frequently or when you need more concurrency.
  """
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
