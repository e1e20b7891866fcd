extension CompiledTemplate {
  /// What a template renders against: swift-mustache's context, with the same rules for when
  /// each part changes.
  struct RenderState {
    var stack: [TemplateValue]
    /// Put before each line a standalone partial or block writes.
    var indentation: String?
    /// The blocks `{{<parent}}` tags override, the outermost winning.
    var blocks: [String: CompiledTemplate]?
    var escaping: Escaping
  }

  /// Appends the template's output. As in swift-mustache, indentation goes before a node's
  /// output when that is not empty and what this template wrote so far ends a line.
  func render(into output: inout String, state initial: RenderState, theme: CompiledTheme) {
    var state = initial
    guard let indentation = state.indentation, !indentation.isEmpty else {
      for node in nodes { render(node, into: &output, state: &state, theme: theme) }
      return
    }
    let start = output.utf8.count
    for node in nodes {
      var piece = ""
      render(node, into: &piece, state: &state, theme: theme)
      if !piece.isEmpty, Self.endsLine(output, after: start) { output += indentation }
      output += piece
    }
  }

  /// Whether the text written since `start` ends with a line feed that is not part of "\r\n".
  private static func endsLine(_ output: String, after start: Int) -> Bool {
    let bytes = output.utf8
    guard bytes.count > start, bytes.last == UInt8(ascii: "\n") else { return false }
    guard bytes.count - start >= 2 else { return true }
    return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
  }

  private func render(
    _ node: Node, into output: inout String, state: inout RenderState, theme: CompiledTheme
  ) {
    switch node {
    case .text(let text):
      output += text
    case .variable(let name, let escaped):
      guard let value = Self.lookup(name, in: state.stack) else { return }
      let text = Self.text(of: value)
      output += escaped ? Self.escape(text, state.escaping) : text
    case .section(let name, let content):
      switch Self.lookup(name, in: state.stack) {
      case nil: break
      case .flag(let shown): if shown { content.render(into: &output, state: state, theme: theme) }
      case .texts(let items):
        for item in items { content.render(into: &output, state: state.pushing(.text(item)), theme: theme) }
      case .models(let items):
        for item in items { content.render(into: &output, state: state.pushing(.model(item)), theme: theme) }
      case .some(let value):
        content.render(into: &output, state: state.pushing(value), theme: theme)
      }
    case .inverted(let name, let content):
      switch Self.lookup(name, in: state.stack) {
      case nil: content.render(into: &output, state: state, theme: theme)
      case .flag(let shown): if !shown { content.render(into: &output, state: state, theme: theme) }
      case .texts(let items) where items.isEmpty:
        content.render(into: &output, state: state.pushing(.texts(items)), theme: theme)
      case .models(let items) where items.isEmpty:
        content.render(into: &output, state: state.pushing(.models(items)), theme: theme)
      default: break
      }
    case .partial(let name, let indented, let overrides):
      guard let template = theme.templates[name] else { return }
      var inner = state
      if let indented { inner.indentation = (state.indentation ?? "") + indented }
      if let overrides {
        inner.blocks = state.blocks.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
      }
      inner.escaping = .html
      template.render(into: &output, state: inner, theme: theme)
    case .block(let name, let defaultContent, let indented):
      var inner = state
      inner.indentation = (state.indentation ?? "") + indented
      (state.blocks?[name] ?? defaultContent).render(into: &output, state: inner, theme: theme)
    case .blockDefinition:
      break
    case .escaping(let escaping):
      state.escaping = escaping
    }
  }

  /// The value of a name: the first part looked up from the innermost value outwards (or only
  /// in the innermost, for `.a`), the rest inside what that found.
  private static func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
    guard let first = name.path.first else { return stack.last }
    var found: TemplateValue?
    if name.climbs {
      for value in stack.reversed() {
        if let child = child(first, of: value) {
          found = child
          break
        }
      }
    } else if let innermost = stack.last {
      found = child(first, of: innermost)
    }
    for part in name.path.dropFirst() {
      guard let value = found else { return nil }
      found = child(part, of: value)
    }
    return found
  }

  private static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
    guard case .model(let model) = value else { return nil }
    return model.templateValue(named: name)
  }

  /// A value as `{{name}}` writes it; what swift-mustache writes for the same Swift value.
  private static func text(of value: TemplateValue) -> String {
    switch value {
    case .text(let text): text
    case .number(let number): String(number)
    case .flag(let flag): String(flag)
    case .texts(let texts): String(describing: texts)
    case .model(let model): String(describing: model)
    case .models(let models): String(describing: models)
    }
  }

  private static func escape(_ text: String, _ escaping: Escaping) -> String {
    switch escaping {
    // swift-mustache's HTML content type escapes the same five characters as kb's.
    case .kb, .html: return text.htmlEscaped
    case .none: return text
    }
  }
}

extension CompiledTemplate.RenderState {
  fileprivate func pushing(_ value: TemplateValue) -> Self {
    var state = self
    state.stack.append(value)
    return state
  }
}
