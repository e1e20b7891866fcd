import KBModel

extension IndexWriter {
  /// `{kind, seconds, attempts, text}`, or null when the source says nothing about retrying.
  static func retry(_ advice: RetryAdvice?) -> JSONValue {
    guard let advice else { return .null }
    return .object([
      ("kind", .string(advice.kind)),
      ("seconds", .optional(advice.seconds)),
      ("attempts", .optional(advice.attempts)),
      ("text", .string(advice.summary)),
    ])
  }
}
