import KBModel

extension Validator {
  /// The statuses whose meaning includes whether to send the request again; an entry for one of
  /// them has to say so.
  static let statusesNeedingRetryAdvice: Set<Int> = [409, 429, 500, 503]

  mutating func checkRetry(_ entry: Entry) {
    let at = entry.location
    if let status = entry.httpStatus, Self.statusesNeedingRetryAdvice.contains(status), entry.retry == nil {
      error(at, "entry '\(entry.slug)' returns HTTP \(status) but does not say whether to retry; add retry:")
    }
    guard let retry = entry.retry else { return }
    if let attempts = retry.attempts, !(1...10).contains(attempts) {
      error(at, "retry attempts \(attempts) must be between 1 and 10")
    }
    if let seconds = retry.seconds, !(1...3600).contains(seconds) {
      error(at, "retry wait of \(seconds) seconds must be between 1 and 3600")
    }
  }
}
