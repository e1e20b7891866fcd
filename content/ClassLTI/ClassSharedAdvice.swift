import KBModel

// Class's error table lists the codes a course launch fails with, but not how the LMS or Class
// shows them, so symptoms say only that the launch failed with the code.

/// The symptom of every launch code: the launch failed with it.
func classLaunchFailed(_ code: String) -> Symptom {
  .sees("A course launch from the LMS fails with error \(code).")
}

// For the codes where Class could not read or write its own records, the error table's only advice
// is to try once more and then contact support.

var classLaunchAgainSteps: [Step] {
  ["Launch the course again from the LMS: the failed read or write may succeed the second time."]
}

func classLaunchAgainEscalation(_ code: String) -> String {
  """
  If the next launch fails with \(code) again, call product support and tell them the code and \
  the course you launched. No other check is documented for this code.
  """
}

/// Codes 1017 and 1021 check the LTI 1.3 request itself, yet are numbered after the class is created.
var classLaunchOrderNote: SourceNote {
  SourceNote(
    says: "the error codes increase in the order in which they occur while the launch is processed",
    """
    Codes 1017 (fetching the LMS's keys to validate an LTI 1.3 launch) and 1021 (the LTI version \
    of the request) check the request itself, like 1001–1007, yet are numbered after 1008–1016, \
    which read Class's records and create the class. Which of them is checked first is not \
    documented, so do not read a code's number as how far the launch got.
    """
  )
}
