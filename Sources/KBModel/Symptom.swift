/// Something a customer can observe: an exact message, an HTTP status, what the screen shows.
public struct Symptom: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case message
    case httpStatus = "http-status"
    case observation
  }

  public var kind: Kind
  public var text: String

  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }

  /// An exact error message, as the product prints it.
  public static func message(_ text: String) -> Symptom { Symptom(kind: .message, text: text) }

  /// An HTTP status, shown with its reason phrase, e.g. `401 Unauthorized`.
  public static func status(_ code: Int) -> Symptom {
    Symptom(kind: .httpStatus, text: HTTPStatus.line(code))
  }

  /// What the user sees or measures, in words; CommonMark inline markup such as `**Status**` is allowed.
  public static func sees(_ text: String) -> Symptom { Symptom(kind: .observation, text: text) }
}

/// Reason phrases of the HTTP statuses the knowledge base mentions.
public enum HTTPStatus {
  public static let reasons: [Int: String] = [
    200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    408: "Request Timeout", 409: "Conflict", 410: "Gone", 413: "Payload Too Large",
    415: "Unsupported Media Type", 422: "Unprocessable Entity", 429: "Too Many Requests",
    500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
  ]

  public static func line(_ code: Int) -> String {
    reasons[code].map { "\(code) \($0)" } ?? "\(code)"
  }
}
