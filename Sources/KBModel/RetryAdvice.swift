/// Whether, and when, the request that failed may be sent again, as the source says.
public enum RetryAdvice: Sendable, Hashable {
  /// Sending the same request again may succeed; try up to `attempts` more times, then escalate.
  case retry(attempts: Int)
  /// Wait the seconds the response's `Retry-After` header gives, or `defaultSeconds` without one.
  case afterRetryAfter(defaultSeconds: Int, attempts: Int)
  /// Retry with exponential backoff, up to `attempts` times.
  case withBackoff(attempts: Int)
  /// Read the current state again first (for example the version), then retry.
  case rereadAndRetry(attempts: Int)
  /// The cause may pass with time: try again later rather than at once.
  case later
  /// The same request fails the same way until its cause is fixed.
  case doNotRetry

  /// A stable name for tools, used in `index.json`.
  public var kind: String {
    switch self {
    case .retry: "retry"
    case .afterRetryAfter: "retry-after"
    case .withBackoff: "backoff"
    case .rereadAndRetry: "reread-and-retry"
    case .later: "later"
    case .doNotRetry: "do-not-retry"
    }
  }

  /// How long to wait before the first retry, when the source gives a figure.
  public var seconds: Int? {
    if case .afterRetryAfter(let seconds, _) = self { return seconds }
    return nil
  }

  /// How many retries the source allows, when it gives a number.
  public var attempts: Int? {
    switch self {
    case .retry(let attempts), .afterRetryAfter(_, let attempts), .withBackoff(let attempts),
      .rereadAndRetry(let attempts):
      attempts
    case .later, .doNotRetry:
      nil
    }
  }

  /// One sentence for readers, the same on the entry page and in `index.json`.
  public var summary: String {
    switch self {
    case .retry(let attempts):
      "Safe to try again, \(Self.times(attempts)) at most, before escalating."
    case .afterRetryAfter(let seconds, let attempts):
      "Retry after waiting the seconds in the Retry-After header (\(seconds) seconds when it is missing), "
        + "\(Self.times(attempts)) at most."
    case .withBackoff(let attempts):
      "Safe to retry with exponential backoff, \(Self.times(attempts)) at most."
    case .rereadAndRetry(let attempts):
      "Read the current state again, then retry with it, \(Self.times(attempts)) at most."
    case .later:
      "Retry later: the cause may be temporary."
    case .doNotRetry:
      "Do not retry the same request: it fails again until the cause is fixed."
    }
  }

  private static func times(_ count: Int) -> String {
    count == 1 ? "once" : "\(count) times"
  }
}
