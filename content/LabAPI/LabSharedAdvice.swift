import KBModel

// Text Skillable's guide repeats across Lab API codes, written once here: the concurrency-limit
// codes share their causes, and their steps differ only in whose limit was reached.

/// The symptom of a Lab API code. The guide's table gives each code a definition, which we show as
/// what the code means: the guide does not say that the API sends that text with the code.
func labCodeReturned(_ code: String, meaning: String, request: String = "A launch request") -> Symptom {
  .sees("\(request) comes back with error code \(code). Skillable's code table defines it as: \(meaning).")
}

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
    or a **Production** consumer. Where this is shown is not documented; if you cannot tell, ask \
    Skillable support.
    """,
    """
    If it is a **Testing** consumer and it serves production traffic, it may need converting to a \
    **Production** configuration: ask Skillable support.
    """,
    Step(
      """
      If it is a **Production** consumer, compare the \(limit) with what your platform \
      used before. If it has grown well beyond that, you have likely gone past your plan's limit: \
      ask Skillable support for more concurrency.
      """
    ),
  ]
}

var labConsumerLimitEscalation: String {
  """
  For either change, open a ticket with Skillable support naming the API consumer and the code, \
  and say whether you need a **Production** configuration or more concurrency.
  """
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
    If its usage has not grown, the organization may be misconfigured. Open a ticket with \
    Skillable support naming the organization and the code, and say how often the code occurs.
    """,
  ]
}

var labOrganizationLimitEscalation: String {
  """
  Contact Skillable support when the code occurs frequently, or when you need more concurrency \
  for the organization.
  """
}

// Codes 110 and 130 have the same definition and advice in Skillable's guide.

func labSecurityReviewMessage(_ code: String) -> Symptom {
  labCodeReturned(
    code,
    meaning: "This lab is not currently available for launch via API. It is awaiting security review")
}

var labSecurityReviewNote: SourceNote {
  SourceNote(
    says: "codes 110 and 130 both mean the lab awaits a security review, with the same fix",
    """
    Their definitions and fixes are the same word for word, and nothing says how the two codes \
    differ. We give both the same steps; tell support which code you got.
    """
  )
}

var labSecurityReviewCause: String {
  """
  The lab contains cloud resources, and every such lab needs a **Cloud Security Review** \
  before it can be launched through the API.
  """
}

var labSecurityReviewSteps: [Step] {
  [
    "Open a ticket with Skillable support asking for a security review, and give the Lab ID and the code you got."
  ]
}

var labSecurityReviewEscalation: String {
  "Always: the review is requested from Skillable support."
}
