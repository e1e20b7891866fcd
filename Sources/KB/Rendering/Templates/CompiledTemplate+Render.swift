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
  ///
  /// The state is shared down the tree rather than copied: a section pushes its value on the one
  /// stack and pops it after, and what a template changes (escaping, indentation, blocks) is put
  /// back when it ends, so rendering allocates no stack per section.
  func render(into output: inout String, state: inout RenderState, theme: CompiledTheme) {
    let escaping = state.escaping
    defer { state.escaping = escaping }
    guard let indentation = state.indentation, !indentation.isEmpty else {
      // Without indentation, runs of text are one node: the same output in fewer steps.
      for index in joinedNodes.indices {
        render(joinedNodes[index], into: &output, state: &state, theme: theme)
      }
      return
    }
    let start = output.utf8.count
    for index in nodes.indices {
      var piece = ""
      render(nodes[index], into: &piece, state: &state, theme: theme)
      if !piece.isEmpty, Self.endsLine(output, after: start) { output += indentation }
      output += piece
    }
  }

  /// Renders the template with `value` pushed on the stack for its duration.
  private func render(
    pushing value: TemplateValue, into output: inout String, state: inout RenderState,
    theme: CompiledTheme
  ) {
    state.stack.append(value)
    render(into: &output, state: &state, theme: theme)
    state.stack.removeLast()
  }

  /// Whether the text written since `start` ends with a line feed that is not part of "\r\n".
  private static func endsLine(_ output: String, after start: Int) -> Bool {
    let bytes = output.utf8
    guard bytes.count > start, bytes.last == UInt8(ascii: "\n") else { return false }
    guard bytes.count - start >= 2 else { return true }
    return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
  }

  private func render(
    _ node: borrowing Node, into output: inout String, state: inout RenderState, theme: CompiledTheme
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
      case .flag(let shown): if shown { content.render(into: &output, state: &state, theme: theme) }
      case .texts(let items):
        for item in items {
          content.render(pushing: .text(item), into: &output, state: &state, theme: theme)
        }
      case .models(let items):
        for item in items {
          content.render(pushing: .model(item), into: &output, state: &state, theme: theme)
        }
      case .some(let value):
        content.render(pushing: value, into: &output, state: &state, theme: theme)
      }
    case .inverted(let name, let content):
      switch Self.lookup(name, in: state.stack) {
      case nil: content.render(into: &output, state: &state, theme: theme)
      case .flag(let shown): if !shown { content.render(into: &output, state: &state, theme: theme) }
      case .texts(let items) where items.isEmpty:
        content.render(pushing: .texts(items), into: &output, state: &state, theme: theme)
      case .models(let items) where items.isEmpty:
        content.render(pushing: .models(items), into: &output, state: &state, theme: theme)
      default: break
      }
    case .partial(let name, _, let indented, let overrides):
      guard let template = theme.templates[name] else { return }
      let (indentation, blocks, escaping) = (state.indentation, state.blocks, state.escaping)
      defer { (state.indentation, state.blocks, state.escaping) = (indentation, blocks, escaping) }
      if let indented { state.indentation = (indentation ?? "") + indented }
      if let overrides {
        state.blocks = blocks.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
      }
      state.escaping = .html
      template.render(into: &output, state: &state, theme: theme)
    case .block(let name, let defaultContent, let indented):
      let indentation = state.indentation
      defer { state.indentation = indentation }
      state.indentation = (indentation ?? "") + indented
      (state.blocks?[name] ?? defaultContent).render(into: &output, state: &state, theme: theme)
    case .blockDefinition:
      break
    case .escaping(let escaping):
      state.escaping = escaping
    }
  }

  /// The value of a name: the first part looked up from the innermost value outwards (or only
  /// in the innermost, for `.a`), the rest inside what that found.
  private static func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
    guard let first = name.ids.first else { return stack.last }
    var found: TemplateValue?
    if name.climbs {
      var level = stack.count - 1
      while level >= 0 {
        if let child = child(first, of: stack[level]) {
          found = child
          break
        }
        level -= 1
      }
    } else if let innermost = stack.last {
      found = child(first, of: innermost)
    }
    for part in name.ids.dropFirst() {
      guard let value = found else { return nil }
      found = child(part, of: value)
    }
    return found
  }

  private static func child(_ id: Int, of value: TemplateValue) -> TemplateValue? {
    guard case .model(let model) = value else { return nil }
    return model.templateValue(id: id)
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
