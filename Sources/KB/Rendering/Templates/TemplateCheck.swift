/// Finds every name a template uses that its page does not offer, following partials and the
/// layout with the page's keys, so a typo fails the check instead of rendering nothing.
struct TemplateCheck {
  /// A template's text and the file it came from, for messages.
  struct Source {
    var text: String
    var file: String
  }

  /// A problem at a template's line.
  struct Problem: Hashable, Comparable {
    var file: String
    var line: Int
    var message: String

    static func < (lhs: Problem, rhs: Problem) -> Bool {
      (lhs.file, lhs.line, lhs.message) < (rhs.file, rhs.line, rhs.message)
    }
  }

  let sources: [String: Source]
  private(set) var problems: Set<Problem> = []

  init(sources: [String: Source]) {
    self.sources = sources
  }

  /// Checks every page template with its model's keys, and the navigation with its own.
  static func run(_ sources: [String: Source]) -> [Problem] {
    var check = TemplateCheck(sources: sources)
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
    guard let source = sources[name], !including.contains(name) else { return }
    var scopes = scopes
    var opened = 0
    for tag in TemplateTags.scan(source.text) {
      switch tag.kind {
      case .variable, .section, .inverted:
        let resolved = resolve(tag.name, in: scopes, page: page, at: tag.line, file: source.file)
        if tag.kind == .section {
          scopes.append(resolved)
          opened += 1
        } else if tag.kind == .inverted {
          scopes.append(.transparent)
          opened += 1
        }
      case .block, .parent:
        if tag.kind == .parent {
          includeTemplate(tag, scopes: scopes, page: page, including: including + [name], file: source.file)
        }
        scopes.append(.transparent)
        opened += 1
      case .close:
        if opened > 0 {
          scopes.removeLast()
          opened -= 1
        }
      case .partial:
        includeTemplate(tag, scopes: scopes, page: page, including: including + [name], file: source.file)
      case .other:
        break
      }
    }
  }

  private mutating func includeTemplate(
    _ tag: TemplateTags.Tag, scopes: [Scope], page: String, including: [String], file: String
  ) {
    guard sources[tag.name] != nil else {
      problems.insert(Problem(file: file, line: tag.line, message: "no template named '\(tag.name)'"))
      return
    }
    check(tag.name, scopes: scopes, page: page, including: including)
  }

  /// The scope a name opens, recording a problem when no scope offers it.
  private mutating func resolve(
    _ rawName: String, in scopes: [Scope], page: String, at line: Int, file: String
  ) -> Scope {
    let name = Self.variableName(rawName)
    if name == "." || name.isEmpty { return .plain }
    let parts = name.split(separator: ".").map(String.init)
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
          file: file, line: line,
          message: "'\(first)' is not a key of the \(page) here" + hint))
      return .plain
    }
    for part in parts.dropFirst() {
      guard let keys = current, let next = keys.keys[part] else {
        let owner = current.map { "the \($0.name)" } ?? "'\(first)', which is plain text,"
        problems.insert(
          Problem(
            file: file, line: line,
            message: "'\(part)' in '\(name)' is not a key of \(owner)"
              + Suggestion.didYouMean(part, among: current.map { Array($0.keys.keys).sorted() } ?? [])))
        return .plain
      }
      current = next
    }
    return current.map(Scope.keys) ?? .plain
  }

  /// The variable a tag reads, without transforms: `uppercased(name)` reads `name`.
  static func variableName(_ name: String) -> String {
    guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close
    else { return name }
    return String(name[name.index(after: open)..<close])
  }
}

/// The tags of a Mustache template with their lines, for checking; the renderer has its own
/// parser.
enum TemplateTags {
  struct Tag {
    enum Kind {
      case variable, section, inverted, close, partial, parent, block, other
    }

    var kind: Kind
    var name: String
    var line: Int
  }

  static func scan(_ text: String) -> [Tag] {
    var tags: [Tag] = []
    var line = 1
    var rest = Substring(text)
    while let open = rest.range(of: "{{") {
      line += rest[..<open.lowerBound].filter { $0 == "\n" }.count
      let afterOpen = rest[open.upperBound...]
      let triple = afterOpen.hasPrefix("{")
      let closer = triple ? "}}}" : "}}"
      guard let close = afterOpen.range(of: closer) else { break }
      var body = afterOpen[..<close.lowerBound]
      let tagLine = line
      line += body.filter { $0 == "\n" }.count
      rest = afterOpen[close.upperBound...]
      if triple {
        body = body.dropFirst()
        tags.append(Tag(kind: .variable, name: body.trimmingSpaces, line: tagLine))
        continue
      }
      guard let sigil = body.trimmingSpacesSubstring.first else { continue }
      let trimmed = body.trimmingSpacesSubstring
      let name = trimmed.dropFirst().trimmingSpaces
      switch sigil {
      case "#": tags.append(Tag(kind: .section, name: name, line: tagLine))
      case "^": tags.append(Tag(kind: .inverted, name: name, line: tagLine))
      case "/": tags.append(Tag(kind: .close, name: name, line: tagLine))
      case ">": tags.append(Tag(kind: .partial, name: name, line: tagLine))
      case "<": tags.append(Tag(kind: .parent, name: name, line: tagLine))
      case "$": tags.append(Tag(kind: .block, name: name, line: tagLine))
      case "&": tags.append(Tag(kind: .variable, name: name, line: tagLine))
      // A changed delimiter hides the rest from this scanner; stop rather than misread it.
      case "=": return tags
      case "!", "%": tags.append(Tag(kind: .other, name: name, line: tagLine))
      default: tags.append(Tag(kind: .variable, name: trimmed.trimmingSpaces, line: tagLine))
      }
    }
    return tags
  }
}

extension Substring {
  fileprivate var trimmingSpacesSubstring: Substring {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
    return self[start..<Swift.max(start, end)]
  }

  fileprivate var trimmingSpaces: String { String(trimmingSpacesSubstring) }
}
