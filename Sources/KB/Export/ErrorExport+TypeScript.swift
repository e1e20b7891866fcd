import KBModel

extension ErrorExport {
  /// `error-catalog.ts`: an ES module with the same data and types as the Swift file, strict-mode
  /// clean, for web front ends and Node back ends.
  func typeScriptSource(header: [String]) -> String {
    var lines = header.map { "// " + $0 }
    lines += [
      "//",
      "// Every error a product returns or shows, as the knowledge base documents it: code or name,",
      "// HTTP status, title, retry advice and page. The page's address is also the error's RFC 9457",
      "// problem type (`type`), which the knowledge base keeps working once it is published.",
      "",
      "/** Where the knowledge base is published; every `url` starts with it. */",
      "export const siteURL = \(SourceLiteral.typeScript(siteURL));",
      "",
    ]
    lines += Self.typeScriptTypes
    lines.append("/** Every entry, in the knowledge base's order. */")
    lines.append("export const entries: readonly ErrorEntry[] = [")
    lines += problems.map { "  " + typeScriptEntry($0) + "," }
    lines.append("];")
    lines += Self.typeScriptLookups
    return lines.joined(separator: "\n") + "\n"
  }

  func typeScriptEntry(_ problem: ProblemType) -> String {
    "{ product: \(SourceLiteral.typeScript(problem.product)), code: \(SourceLiteral.typeScript(problem.code)), "
      + "name: \(SourceLiteral.typeScript(problem.name)), status: \(problem.status.map(String.init) ?? "null"), "
      + "title: \(SourceLiteral.typeScript(problem.title)), retry: \(Self.typeScriptRetry(problem.retry)), "
      + "deprecated: \(problem.deprecated), url: \(SourceLiteral.typeScript(problem.type)) }"
  }

  /// The same kinds as `retry.kind` in `index.json` and the problem-type registry.
  static func typeScriptRetry(_ advice: RetryAdvice?) -> String {
    guard let advice else { return "null" }
    var members = ["kind: \"\(advice.kind)\""]
    if let seconds = advice.seconds { members.append("defaultSeconds: \(seconds)") }
    if let attempts = advice.attempts { members.append("attempts: \(attempts)") }
    return "{ " + members.joined(separator: ", ") + " }"
  }

  /// The types the data uses, the same for every knowledge base.
  static let typeScriptTypes = [
    "/** Whether, and when, a client may send the request that failed again. */",
    "export type Retry =",
    "  /** The same request may succeed: send it again, at most `attempts` times, then escalate. */",
    "  | { readonly kind: \"retry\"; readonly attempts: number }",
    "  /** Wait the seconds of the `Retry-After` header (`defaultSeconds` without one), at most `attempts` times. */",
    "  | { readonly kind: \"retry-after\"; readonly defaultSeconds: number; readonly attempts: number }",
    "  /** Send it again with exponential backoff, at most `attempts` times. */",
    "  | { readonly kind: \"backoff\"; readonly attempts: number }",
    "  /** Read the current state again, then send the request with it, at most `attempts` times. */",
    "  | { readonly kind: \"reread-and-retry\"; readonly attempts: number }",
    "  /** The cause may pass with time: try again later rather than at once. */",
    "  | { readonly kind: \"later\" }",
    "  /** The same request fails the same way until its cause is fixed: do not send it again. */",
    "  | { readonly kind: \"do-not-retry\" };",
    "",
    "/** One error and its page. */",
    "export interface ErrorEntry {",
    "  /** The product that returns it, as the knowledge base names it in addresses. */",
    "  readonly product: string;",
    "  /** The code as the product emits it, when it has one. */",
    "  readonly code: string | null;",
    "  /** Its symbolic name or the message the product shows, when it has one. */",
    "  readonly name: string | null;",
    "  /** The HTTP status it comes with, when it comes with one. */",
    "  readonly status: number | null;",
    "  readonly title: string;",
    "  /** Null where the knowledge base says nothing about retrying. */",
    "  readonly retry: Retry | null;",
    "  /** The entry is kept only so links keep working; its page says what replaced it. */",
    "  readonly deprecated: boolean;",
    "  /** The entry's page, and the `type` of its `application/problem+json` responses (RFC 9457). */",
    "  readonly url: string;",
    "}",
    "",
  ]

  /// Lookups by code, name, status and type; a code or name may belong to several products.
  static let typeScriptLookups = [
    "",
    "function grouped<K>(key: (entry: ErrorEntry) => K | null): ReadonlyMap<K, readonly ErrorEntry[]> {",
    "  const groups = new Map<K, ErrorEntry[]>();",
    "  for (const entry of entries) {",
    "    const value = key(entry);",
    "    if (value === null) continue;",
    "    const group = groups.get(value);",
    "    if (group) group.push(entry);",
    "    else groups.set(value, [entry]);",
    "  }",
    "  return groups;",
    "}",
    "",
    "const byCodeMap = grouped((entry) => entry.code);",
    "const byNameMap = grouped((entry) => entry.name);",
    "const byStatusMap = grouped((entry) => entry.status);",
    "const byURLMap = new Map<string, ErrorEntry>(entries.map((entry): [string, ErrorEntry] => [entry.url, entry]));",
    "",
    "function inProduct(found: readonly ErrorEntry[] | undefined, product?: string): readonly ErrorEntry[] {",
    "  return (found ?? []).filter((entry) => product === undefined || entry.product === product);",
    "}",
    "",
    "/** The entries with this code, exactly as the product emits it; `product` picks one product's. */",
    "export function byCode(code: string, product?: string): readonly ErrorEntry[] {",
    "  return inProduct(byCodeMap.get(code), product);",
    "}",
    "",
    "/** The entries with this symbolic name or message; `product` picks one product's. */",
    "export function byName(name: string, product?: string): readonly ErrorEntry[] {",
    "  return inProduct(byNameMap.get(name), product);",
    "}",
    "",
    "/** The entries that come with this HTTP status; `product` picks one product's. */",
    "export function byStatus(status: number, product?: string): readonly ErrorEntry[] {",
    "  return inProduct(byStatusMap.get(status), product);",
    "}",
    "",
    "/** The entry whose page, or problem type, this address is. */",
    "export function byType(type: string): ErrorEntry | undefined {",
    "  return byURLMap.get(type);",
    "}",
  ]
}
