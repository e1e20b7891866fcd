import Foundation

/// A Mustache template parsed once into a tree that renders `TemplateValue`s directly, with no
/// dictionary of `Any` values and no dynamic casts per name.
///
/// swift-mustache stays the reference: it parses every template first and reports syntax errors,
/// and the differential tests render whole sites with both and compare the bytes. The parser
/// follows swift-mustache 2.1.1's rules for standalone lines, indentation and inheritance, so a
/// knowledge base's own templates render the same either way. What this renderer does not
/// handle (transforms such as `uppercased(name)`, lambdas, dynamic partials `{{>*name}}`, content
/// types other than kb's, HTML and TEXT) makes `CompiledTemplate.compile` fail, and the whole
/// theme then renders with swift-mustache.
struct CompiledTemplate: Sendable {
  /// A name as a tag writes it: `name`, `a.b`, `.` (the current value) or `.a` (only the current
  /// value, no climbing).
  struct Name: Sendable {
    let path: [String]
    /// The parts' numbers in `TemplateNames`, which lookups use.
    let ids: [Int]
    let climbs: Bool

    init(_ text: String) {
      path = text.split(separator: ".").map(String.init)
      ids = path.map(TemplateNames.shared.id)
      climbs = text.first != "."
    }
  }

  /// How `{{name}}` escapes, as set by `{{% CONTENT_TYPE: … }}`.
  enum Escaping: Sendable {
    /// kb's `HTMLEscaping`, over UTF-8 bytes.
    case kb
    /// swift-mustache's `HTML`, character by character; a partial starts with it.
    case html
    /// `TEXT`: as is.
    case none
  }

  enum Node: Sendable {
    case text(String)
    case variable(Name, escaped: Bool)
    case section(Name, CompiledTemplate)
    case inverted(Name, CompiledTemplate)
    /// `{{>name}}` (no blocks) or `{{<name}}…{{/name}}` (the blocks it overrides); the
    /// indentation is that of a standalone tag.
    case partial(String, indentation: String?, blocks: [String: CompiledTemplate]?)
    /// `{{$name}}default{{/name}}` where it is drawn.
    case block(String, defaultContent: CompiledTemplate, indentation: String)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: what it puts in the parent's block.
    case blockDefinition(String, CompiledTemplate)
    case escaping(Escaping)
  }

  let nodes: [Node]
  /// `nodes` with each run of text nodes made one: what renders where no indentation goes
  /// before each node's output.
  let joinedNodes: [Node]

  init(nodes: [Node]) {
    self.nodes = nodes
    var joined: [Node] = []
    for node in nodes {
      if case .text(let text) = node, case .text(let previous)? = joined.last {
        joined[joined.count - 1] = .text(previous + text)
      } else {
        joined.append(node)
      }
    }
    joinedNodes = joined
  }
}

/// A theme compiled for `CompiledTemplate`: every template by name, partials included.
struct CompiledTheme: Sendable {
  let templates: [String: CompiledTemplate]

  /// Nil when any template uses what only swift-mustache renders.
  init?(sources: [String: String]) {
    var templates: [String: CompiledTemplate] = [:]
    for (name, text) in sources {
      guard let template = CompiledTemplate.compile(text) else { return nil }
      templates[name] = template
    }
    self.templates = templates
  }

  /// The page drawn by the template `name`, or nil when there is no such template.
  func render(_ page: some TemplateContext, with name: String) -> String? {
    guard let template = templates[name] else { return nil }
    var output = ""
    var state = CompiledTemplate.RenderState(
      stack: [.model(page)], indentation: nil, blocks: nil, escaping: .html)
    template.render(into: &output, state: &state, theme: self)
    return output
  }
}
