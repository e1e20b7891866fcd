/// A theme compiled for `CompiledTemplate`: every template by name, partials included.
struct CompiledTheme: Sendable {
  let templates: [String: CompiledTemplate]

  /// Nil when any template uses what only swift-mustache renders.
  init?(_ parsed: [String: ParsedTemplate]) {
    guard parsed.values.allSatisfy(\.swiftMustacheOnly.isEmpty) else { return nil }
    templates = parsed.mapValues(\.tree)
  }

  /// The page drawn by the template `name`, or nil when there is no such template.
  func render(_ page: some TemplateContext, with name: String) -> String? {
    render(.model(page), with: name)
  }

  /// The template `name` drawn with `value` as the whole context, as the Mustache spec's cases
  /// give it (a text, a list); nil when there is no such template.
  func render(_ value: TemplateValue, with name: String) -> String? {
    guard let template = templates[name] else { return nil }
    var output = ""
    var state = CompiledTemplate.RenderState(
      stack: [value], indentation: nil, blocks: nil, escaping: .html)
    template.render(into: &output, state: &state, theme: self)
    return output
  }
}
