import Foundation
import KBModel
import Mustache

/// A theme's Mustache templates: kb's default theme, with any template of the same name in the
/// knowledge base's own folder taking its place. Read at run time, so editing one needs no
/// recompile.
struct TemplateSet: Sendable {
  /// Which renderer draws the pages.
  enum Renderer: Sendable {
    /// `CompiledTemplate`, unless a template uses what only swift-mustache renders.
    case compiled
    /// swift-mustache, the reference the compiled renderer is tested against.
    case reference
  }

  let library: MustacheLibrary
  /// The same templates for `CompiledTemplate`; nil when they render with swift-mustache.
  let compiled: CompiledTheme?
  /// Every template's text and file, for `kb check`.
  let sources: [String: TemplateCheck.Source]

  /// Switches a template to kb's faster HTML escaping (`HTMLEscaping`). It is put in front of
  /// every template as it is read, so writers of templates need not know about it; a syntax error
  /// on the first line is reported at the column the writer sees.
  static let escapingPragma = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}"

  /// Loads the default theme and then `overrides` (a knowledge base's `templates/`), reporting
  /// a syntax error as `templates/x.mustache:LINE:COL`.
  init(overrides: URL?, theme: URL = Theme.templates, renderer: Renderer = .compiled) throws {
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    var files: [String: URL] = [:]
    for folder in [theme] + (overrides.map { [$0] } ?? []) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names where name.hasSuffix(".mustache") {
        files[String(name.dropLast(".mustache".count))] = folder.appendingPathComponent(name)
      }
    }
    var templates: [String: MustacheTemplate] = [:]
    var texts: [String: String] = [:]
    var sources: [String: TemplateCheck.Source] = [:]
    for (name, file) in files.sorted(by: { $0.key < $1.key }) {
      let text: String
      do {
        text = try String(contentsOf: file, encoding: .utf8)
      } catch {
        throw BuildError.invalidContent([
          Diagnostic(
            .error, SourceLocation(file: DisplayPath.of(file), line: 1),
            "cannot read template: \(error.localizedDescription)")
        ])
      }
      sources[name] = TemplateCheck.Source(text: text, file: DisplayPath.of(file))
      do {
        templates[name] = try MustacheTemplate(string: Self.escapingPragma + text)
        texts[name] = Self.escapingPragma + text
      } catch let error as MustacheTemplate.ParserError {
        throw BuildError.invalidContent([Self.syntaxError(error, text: text, file: DisplayPath.of(file))])
      }
    }
    let missing = PageTemplate.required.filter { templates[$0] == nil }
    if !missing.isEmpty {
      let list = missing.map { "\($0).mustache" }.joined(separator: ", ")
      let folder = overrides.map(DisplayPath.of) ?? DisplayPath.of(theme)
      throw BuildError.invalidContent([
        Diagnostic(.error, SourceLocation(file: folder, line: 1), "missing template(s): \(list)")
      ])
    }
    self.sources = sources
    library = MustacheLibrary(templates: templates)
    compiled = renderer == .compiled ? CompiledTheme(sources: texts) : nil
  }

  /// Every key a template names that its page does not offer, at the template's line.
  func check() -> [Diagnostic] {
    TemplateCheck.run(sources).map {
      Diagnostic(.error, SourceLocation(file: $0.file, line: $0.line), $0.message)
    }
  }

  func render(_ page: some TemplateContext, with name: String) throws -> String {
    let rendered =
      if let compiled { compiled.render(page, with: name) } else {
        library.render(page, withTemplate: name)
      }
    guard let output = rendered else {
      throw BuildError.output("error: no template named '\(name)'")
    }
    return output
  }

  /// A parser error at the writer's line and column; a section never closed is reported at the
  /// tag that opened it, with its name, rather than at the end of the file.
  static func syntaxError(_ error: MustacheTemplate.ParserError, text: String, file: String) -> Diagnostic {
    if case .expectedSectionEnd = error.error as? MustacheTemplate.Error,
      let open = unclosedSection(in: text)
    {
      return Diagnostic(
        .error, SourceLocation(file: file, line: open.line),
        "section '\(open.name)' is opened here and never closed")
    }
    let context = error.context
    let onFirstLine = context.lineNumber == 1
    let column = onFirstLine ? context.columnNumber - escapingPragma.count : context.columnNumber
    let line = onFirstLine ? String(context.line.dropFirst(escapingPragma.count)) : context.line
    return Diagnostic(
      .error, SourceLocation(file: file, line: context.lineNumber),
      "\(describe(error.error)) (column \(max(1, column)))\n    \(line)")
  }

  /// The innermost section, block or parent tag that has no closing tag.
  static func unclosedSection(in text: String) -> TemplateTags.Tag? {
    var open: [TemplateTags.Tag] = []
    for tag in TemplateTags.scan(text) {
      switch tag.kind {
      case .section, .inverted, .block, .parent: open.append(tag)
      case .close:
        if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
      default: break
      }
    }
    return open.last
  }

  static func describe(_ error: Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect: "section closed with a different name than it was opened with"
    case .unfinishedName: "tag is not closed"
    case .expectedSectionEnd: "section is never closed"
    case .invalidSetDelimiter: "malformed set-delimiter tag"
    case .transformAppliedToInheritanceSection: "a transform cannot apply to an inherited section"
    case .illegalTokenInsideInheritSection: "unexpected tag inside an inherited section"
    case .textInsideInheritSection: "text is not allowed directly inside a parent template call"
    case .invalidConfigVariableSyntax: "malformed configuration variable"
    case .unrecognisedConfigVariable: "unknown configuration variable"
    case nil: "\(error)"
    }
  }
}
