import KBModel

// The source lists the codes a course launch fails with, but not how the LMS or Class shows them,
// so symptoms say only that the launch failed with the code.

/// The symptom of every launch code: the launch failed with it.
func classLaunchFailed(_ code: String) -> Symptom {
  .sees("A course launch from the LMS fails with error \(code).")
}

// For the codes where Class could not read or write its own records, the source's only advice is
// to try once more and then contact support.

var classLaunchAgainSteps: [Step] {
  ["Launch the course again from the LMS. This is the only step the source gives for this code."]
}

func classLaunchAgainEscalation(_ code: String) -> String {
  """
  If the next launch fails with \(code) again, contact product support. The source names nothing \
  else to check first.
  """
}
