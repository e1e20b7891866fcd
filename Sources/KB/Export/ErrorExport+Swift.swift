import KBModel

extension ErrorExport {
  /// `ErrorCatalog.swift`: one file that compiles on its own, importing nothing.
  func swiftSource(header: [String]) -> String {
    var lines = header.map { "// " + $0 }
    lines += [
      "//",
      "// Every error a product returns or shows, as the knowledge base documents it: code or name,",
      "// HTTP status, title, retry advice and page. The page's address is also the error's RFC 9457",
      "// problem type (`type`), which the knowledge base keeps working once it is published.",
      "",
      "/// The errors the knowledge base explains, each with the address of its page.",
      "public enum ErrorCatalog {",
      "  /// Where the knowledge base is published; every `url` starts with it.",
      "  public static let siteURL = \(SourceLiteral.swift(siteURL))",
      "",
    ]
    lines += Self.swiftTypes
    lines.append("  /// Every entry, in the knowledge base's order.")
    lines.append("  public static let all: [Entry] = [")
    lines += problems.map { "    " + swiftEntry($0) + "," }
    lines.append("  ]")
    lines += Self.swiftLookups
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  func swiftEntry(_ problem: ProblemType) -> String {
    "Entry(product: \(SourceLiteral.swift(problem.product)), code: \(SourceLiteral.swift(problem.code)), "
      + "name: \(SourceLiteral.swift(problem.name)), status: \(problem.status.map(String.init) ?? "nil"), "
      + "title: \(SourceLiteral.swift(problem.title)), retry: \(Self.swiftRetry(problem.retry)), "
      + "deprecated: \(problem.deprecated), url: \(SourceLiteral.swift(problem.type)))"
  }

  static func swiftRetry(_ advice: RetryAdvice?) -> String {
    switch advice {
    case nil: "nil"
    case .retry(let attempts): ".retry(attempts: \(attempts))"
    case .afterRetryAfter(let seconds, let attempts):
      ".afterRetryAfter(defaultSeconds: \(seconds), attempts: \(attempts))"
    case .withBackoff(let attempts): ".backoff(attempts: \(attempts))"
    case .rereadAndRetry(let attempts): ".rereadAndRetry(attempts: \(attempts))"
    case .later: ".later"
    case .doNotRetry: ".doNotRetry"
    }
  }

  /// The types the data uses, the same for every knowledge base.
  static let swiftTypes = [
    "  /// Whether, and when, a client may send the request that failed again.",
    "  public enum Retry: Hashable, Sendable {",
    "    /// The same request may succeed: send it again, at most `attempts` times, then escalate.",
    "    case retry(attempts: Int)",
    "    /// Wait the seconds of the response's `Retry-After` header (`defaultSeconds` without one),",
    "    /// then send it again, at most `attempts` times.",
    "    case afterRetryAfter(defaultSeconds: Int, attempts: Int)",
    "    /// Send it again with exponential backoff, at most `attempts` times.",
    "    case backoff(attempts: Int)",
    "    /// Read the current state again (for example a version), then send the request with it,",
    "    /// at most `attempts` times.",
    "    case rereadAndRetry(attempts: Int)",
    "    /// The cause may pass with time: try again later rather than at once.",
    "    case later",
    "    /// The same request fails the same way until its cause is fixed: do not send it again.",
    "    case doNotRetry",
    "",
    "    /// Whether sending the request again can help at all.",
    "    public var allowsRetry: Bool { self != .doNotRetry }",
    "",
    "    /// The most retries the knowledge base allows, when it gives a number.",
    "    public var maxAttempts: Int? {",
    "      switch self {",
    "      case .retry(let attempts), .afterRetryAfter(_, let attempts), .backoff(let attempts),",
    "        .rereadAndRetry(let attempts):",
    "        return attempts",
    "      case .later, .doNotRetry:",
    "        return nil",
    "      }",
    "    }",
    "  }",
    "",
    "  /// One error and its page.",
    "  public struct Entry: Hashable, Sendable {",
    "    /// The product that returns it, as the knowledge base names it in addresses.",
    "    public let product: String",
    "    /// The code as the product emits it, when it has one.",
    "    public let code: String?",
    "    /// Its symbolic name or the message the product shows, when it has one.",
    "    public let name: String?",
    "    /// The HTTP status it comes with, when it comes with one.",
    "    public let status: Int?",
    "    public let title: String",
    "    /// Nil where the knowledge base says nothing about retrying.",
    "    public let retry: Retry?",
    "    /// The entry is kept only so links keep working; its page says what replaced it.",
    "    public let deprecated: Bool",
    "    /// The entry's page, and the `type` of its `application/problem+json` responses.",
    "    public let url: String",
    "",
    "    /// The problem type URI of RFC 9457: the entry's page.",
    "    public var type: String { url }",
    "  }",
    "",
  ]

  /// Lookups by code, name, status and type; a code or name may belong to several products.
  static let swiftLookups = [
    "",
    "  private static let byCode = Dictionary(grouping: all.filter { $0.code != nil }) { $0.code ?? \"\" }",
    "  private static let byName = Dictionary(grouping: all.filter { $0.name != nil }) { $0.name ?? \"\" }",
    "  private static let byStatus = Dictionary(grouping: all.filter { $0.status != nil }) { $0.status ?? 0 }",
    "  private static let byURL = Dictionary(all.map { ($0.url, $0) }) { first, _ in first }",
    "",
    "  /// The entries with this code, exactly as the product emits it; `product` picks one product's.",
    "  public static func entries(code: String, product: String? = nil) -> [Entry] {",
    "    (byCode[code] ?? []).filter { product == nil || $0.product == product }",
    "  }",
    "",
    "  /// The entries with this symbolic name or message; `product` picks one product's.",
    "  public static func entries(name: String, product: String? = nil) -> [Entry] {",
    "    (byName[name] ?? []).filter { product == nil || $0.product == product }",
    "  }",
    "",
    "  /// The entries that come with this HTTP status; `product` picks one product's.",
    "  public static func entries(status: Int, product: String? = nil) -> [Entry] {",
    "    (byStatus[status] ?? []).filter { product == nil || $0.product == product }",
    "  }",
    "",
    "  /// The entry whose page, or problem type, this address is.",
    "  public static func entry(type: String) -> Entry? { byURL[type] }",
  ]
}
