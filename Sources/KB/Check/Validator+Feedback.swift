import KBModel

extension Validator {
  /// The feedback endpoint: an address a browser may send to, never one that runs script.
  mutating func checkFeedback() {
    guard let feedback = site.feedback else { return }
    requireText(feedback.endpoint, "feedback endpoint", at: feedback.location)
    guard !feedback.endpoint.allSatisfy(\.isWhitespace) else { return }
    if let problem = WebAddress.problem(feedback.endpoint, .absoluteOrPath) {
      error(feedback.location, "feedback endpoint '\(feedback.endpoint)' \(problem)")
    }
  }
}
