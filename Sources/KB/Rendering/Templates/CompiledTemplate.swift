import Foundation

/// A Mustache template parsed once into a tree that renders `TemplateValue`s directly, with no
/// dictionary of `Any` values and no dynamic casts per name.
///
/// Its parser is kb's one reader of templates: it reports syntax errors at their line and column
/// (`TemplateSyntaxError`) and gives `kb check` the tags it walks. It follows swift-mustache
/// 2.1.1's rules for standalone lines, indentation and inheritance, so a knowledge base's own
/// templates render the same either way, and the official Mustache spec's cases run against it.
/// What this renderer does not handle (transforms such as `uppercased(name)` and dynamic partials
/// `{{>*name}}`) is noted in `ParsedTemplate.swiftMustacheOnly`, and the whole theme then renders
/// with swift-mustache.
struct CompiledTemplate: Sendable {
  /// A name as a tag writes it: `name`, `a.b`, `.` (the current value) or `.a` (only the current
  /// value, no climbing).
  struct Name: Sendable {
    /// The name as written, without any transform applied to it.
    let text: String
    let path: [String]
    /// The parts' numbers in `TemplateNames`, which lookups use.
    let ids: [Int]
    let climbs: Bool
    /// Where the tag starts.
    let position: TemplatePosition

    init(_ text: String, at position: TemplatePosition) {
      self.text = text
      self.position = position
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
    case partial(String, at: TemplatePosition, indentation: String?, blocks: [String: CompiledTemplate]?)
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

/// Where a tag starts in its template, both counted from 1.
struct TemplatePosition: Sendable, Hashable, CustomStringConvertible {
  var line: Int
  var column: Int

  var description: String { "\(line):\(column)" }
}
