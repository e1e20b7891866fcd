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
  /// What this template wrote as a section's content over lists of models it has seen before
  /// (`SectionMemo`).
  let memo: SectionMemo
  /// Whether only text, names and sections are in it, all the way down: no partial, block or
  /// change of escaping, so what it writes depends on the values it reads and nothing else.
  let isPlain: Bool

  init(nodes: [Node]) {
    self.nodes = nodes
    memo = SectionMemo()
    isPlain = nodes.allSatisfy { node in
      switch node {
      case .text, .variable: true
      case .section(_, let content), .inverted(_, let content): content.isPlain
      case .partial, .block, .blockDefinition, .escaping: false
      }
    }
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

/// The output of a section over a list of models, kept for the next page that shows the same
/// list: every page's navigation lists the same product links, made once per depth.
///
/// Only what cannot depend on anything else is kept: the content is plain
/// (`CompiledTemplate.isPlain`), the items are objects (the models that are classes never change
/// once made, so the same objects give the same output), nothing is indented, and, watched while
/// it was rendered the first time, every name in it was found in the items themselves (or in what
/// sections inside them pushed), none further out on the stack. The items are kept with the
/// output, so no other object can take their addresses. A few lists at most are kept, and a
/// section whose content reads further out, or whose lists are new each time, is not tried
/// again after a few times; outputs longer than `largest` are not kept.
final class SectionMemo: @unchecked Sendable {
  private struct Kept {
    /// Held so that no other object takes their addresses while the output is kept.
    let items: [any TemplateContext]
    let identities: [ObjectIdentifier?]
    let escaping: CompiledTemplate.Escaping
    let output: String
  }

  /// What the memo says about a list.
  enum Answer {
    case kept(String)
    /// Not kept yet: render it watched and offer the output to `keep`.
    case tryKeeping([ObjectIdentifier?])
    /// Render it as usual.
    case no
  }

  private let lock = NSLock()
  private var kept: [Kept] = []
  private var misses = 0
  static let capacity = 8
  static let tries = 8
  /// Larger outputs are not kept: a page listing every entry is written once anyway.
  static let largest = 16_384

  /// How many outputs are kept.
  var keptCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return kept.count
  }

  /// The output kept for exactly these objects, in this order, with this escaping; or whether
  /// to try keeping it (objects only, and the memo not given up).
  func answer(for items: [any TemplateContext], escaping: CompiledTemplate.Escaping) -> Answer {
    guard !items.isEmpty else { return .no }
    let identities = items.map(\.identity)
    guard !identities.contains(nil) else { return .no }
    lock.lock()
    defer { lock.unlock() }
    if let entry = kept.first(where: { $0.escaping == escaping && $0.identities == identities }) {
      return .kept(entry.output)
    }
    return misses < Self.tries ? .tryKeeping(identities) : .no
  }

  /// Keeps an output when it depended on the items alone; counts a miss when it did not.
  func keep(
    _ output: String, for items: [any TemplateContext], identities: [ObjectIdentifier?],
    escaping: CompiledTemplate.Escaping, closed: Bool
  ) {
    lock.lock()
    defer { lock.unlock() }
    // Lists that are new on every page (an entry's related entries) fill the memo and then
    // count as misses, so that it gives up on them too.
    guard closed, output.utf8.count <= Self.largest, kept.count < Self.capacity else {
      misses += 1
      return
    }
    kept.append(Kept(items: items, identities: identities, escaping: escaping, output: output))
  }
}
