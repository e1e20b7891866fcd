/// Anything a template can read names from: a page or one of its models.
protocol TemplateContext: Sendable {
  /// The value of `name`, or nil when this value has no such key or it is absent, so that the
  /// name is looked up further down the context stack.
  func templateValue(named name: String) -> TemplateValue?
}

/// A value as `CompiledTemplate` renders it: its kind is known without a dynamic cast.
enum TemplateValue: Sendable {
  case text(String)
  case number(Int)
  case flag(Bool)
  case texts([String])
  case model(any TemplateContext)
  case models([any TemplateContext])
}
