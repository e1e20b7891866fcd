/// Finds every name a template uses that its page does not offer, following partials and the
/// layout with the page's keys, so a typo fails the check instead of rendering nothing. It walks
/// the trees kb's parser made, the same the compiled renderer draws.
struct TemplateCheck {
  /// A problem at a template's tag.
  struct Problem: Hashable, Comparable {
    var file: String
    var position: TemplatePosition
    var message: String

    static func < (lhs: Problem, rhs: Problem) -> Bool {
      (lhs.file, lhs.position.line, lhs.position.column, lhs.message)
        < (rhs.file, rhs.position.line, rhs.position.column, rhs.message)
    }
  }

  let templates: [String: ParsedTemplate]
  private(set) var problems: Set<Problem> = []

  init(templates: [String: ParsedTemplate]) {
    self.templates = templates
  }

  /// Checks every page template with its model's keys, and the navigation with its own.
  static func run(_ templates: [String: ParsedTemplate]) -> [Problem] {
    var check = TemplateCheck(templates: templates)
    for page in PageTemplate.allCases {
      check.check(page.rawValue, scopes: [.keys(page.keys)], page: page.keys.name, including: [])
    }
    let navigation = ProductNavigation.schema.keys
    check.check(PageTemplate.navigation, scopes: [.keys(navigation)], page: navigation.name, including: [])
    return check.problems.sorted()
  }

  /// What a section pushes: a model's keys, a plain value (text, a flag, a list of text) whose
  /// names fall through to the scopes below, or nothing (an inverted section, a block).
  enum Scope {
    case keys(TemplateKeys)
    case plain
    case transparent
  }

  private mutating func check(_ name: String, scopes: [Scope], page: String, including: [String]) {
    guard let template = templates[name], !including.contains(name) else { return }
    walk(template.tree, scopes: scopes, page: page, including: including + [name], file: template.file)
  }

  private mutating func walk(
    _ tree: CompiledTemplate, scopes: [Scope], page: String, including: [String], file: String
  ) {
    func descend(into inner: CompiledTemplate, pushing scope: Scope) {
      self.walk(inner, scopes: scopes + [scope], page: page, including: including, file: file)
    }
    for node in tree.nodes {
      switch node {
      case .variable(let name, _):
        _ = resolve(name, in: scopes, page: page, file: file)
      case .section(let name, let content):
        descend(into: content, pushing: resolve(name, in: scopes, page: page, file: file))
      case .inverted(let name, let content):
        _ = resolve(name, in: scopes, page: page, file: file)
        descend(into: content, pushing: .transparent)
      case .partial(let partial, let position, _, let blocks):
        if templates[partial] == nil {
          problems.insert(Problem(file: file, position: position, message: "no template named '\(partial)'"))
        } else {
          check(partial, scopes: scopes, page: page, including: including)
        }
        for block in (blocks ?? [:]).values { descend(into: block, pushing: .transparent) }
      case .block(_, let content, _), .blockDefinition(_, let content):
        descend(into: content, pushing: .transparent)
      case .text, .escaping:
        break
      }
    }
  }

  /// The scope a name opens, recording a problem when no scope offers it.
  private mutating func resolve(
    _ name: CompiledTemplate.Name, in scopes: [Scope], page: String, file: String
  ) -> Scope {
    let parts = name.path
    guard let first = parts.first else { return .plain }
    var found: TemplateKeys??
    // The nearest name in the innermost scope that has one close enough.
    var hint = ""
    for scope in scopes.reversed() {
      guard case .keys(let keys) = scope else { continue }
      if hint.isEmpty { hint = Suggestion.didYouMean(first, among: keys.keys.keys.sorted()) }
      if let opens = keys.keys[first] {
        found = .some(opens)
        break
      }
    }
    guard case .some(var current) = found else {
      problems.insert(
        Problem(
          file: file, position: name.position,
          message: "'\(first)' is not a key of the \(page) here" + hint))
      return .plain
    }
    for part in parts.dropFirst() {
      guard let keys = current, let next = keys.keys[part] else {
        let owner = current.map { "the \($0.name)" } ?? "'\(first)', which is plain text,"
        problems.insert(
          Problem(
            file: file, position: name.position,
            message: "'\(part)' in '\(name.text)' is not a key of \(owner)"
              + Suggestion.didYouMean(part, among: current.map { Array($0.keys.keys).sorted() } ?? [])))
        return .plain
      }
      current = next
    }
    return current.map(Scope.keys) ?? .plain
  }
}
