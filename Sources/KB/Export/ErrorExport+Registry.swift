import KBModel

extension ErrorExport {
  /// One problem type of the registry: the members RFC 9457 has a problem type fix, what the
  /// knowledge base knows of it, and a sample `application/problem+json` body.
  func registryEntry(_ problem: ProblemType) -> JSONValue {
    .object([
      ("type", .string(problem.type)),
      ("title", .string(problem.title)),
      ("status", .optional(problem.status)),
      ("product", .string(problem.product)),
      ("code", .optional(problem.code)),
      ("name", .optional(problem.name)),
      ("retry", IndexWriter.retry(problem.retry)),
      ("deprecated", .bool(problem.deprecated)),
      ("sample", problem.sample),
    ])
  }

  /// The registry: where it comes from, then every problem type in site order.
  func registryText(header: [String], problems registry: [JSONValue]) -> String {
    JSONValue.object([
      ("$comment", .string(header.joined(separator: " "))),
      ("site", .object([("title", .string(siteTitle)), ("url", .string(siteURL))])),
      ("problemTypes", .array(registry)),
    ]).serialized()
  }
}
