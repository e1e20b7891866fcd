/// A template file as kb's parser read it: what both `kb check` and the compiled renderer use.
struct ParsedTemplate: Sendable {
  /// The file, as messages name it.
  let file: String
  let text: String
  let tree: CompiledTemplate
  /// Each thing in it only swift-mustache renders (a transform, a dynamic partial) and where;
  /// when any template has one, the whole theme renders with swift-mustache.
  let swiftMustacheOnly: [String]

  /// Parses `text`; with `escaping`, as if `{{% CONTENT_TYPE: … }}` came first, which moves no
  /// tag's column.
  init(_ text: String, file: String, escaping: CompiledTemplate.Escaping? = nil) throws(TemplateSyntaxError) {
    self.file = file
    self.text = text
    (tree, swiftMustacheOnly) = try CompiledTemplate.parse(text, file: file, escaping: escaping)
  }
}
