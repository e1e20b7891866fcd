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

  /// What draws the pages.
  enum Engine: Sendable {
    case compiled(CompiledTheme)
    /// swift-mustache: the reference, or the fallback for a theme that uses a transform or a
    /// dynamic partial.
    case swiftMustache(MustacheLibrary)
  }

  /// Every template as kb's parser read it, by name: what `kb check` walks.
  let templates: [String: ParsedTemplate]
  let engine: Engine

  /// The compiled theme, when the pages render with it.
  var compiled: CompiledTheme? {
    if case .compiled(let theme) = engine { theme } else { nil }
  }

  /// Switches a template to kb's faster HTML escaping (`HTMLEscaping`). swift-mustache reads it
  /// in front of every template; kb's parser starts each tree with it instead, so no column moves
  /// and writers of templates need not know about it.
  static let escapingPragma = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}"

  /// Loads the default theme and then `overrides` (a knowledge base's `templates/`), reporting
  /// every syntax error as `templates/x.mustache:LINE:COLUMN`.
  init(overrides: URL?, theme: URL = Theme.templates, renderer: Renderer = .compiled) throws {
    var files: [String: URL] = [:]
    for folder in [theme] + (overrides.map { [$0] } ?? []) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names where name.hasSuffix(".mustache") {
        files[String(name.dropLast(".mustache".count))] = folder.appendingPathComponent(name)
      }
    }
    var templates: [String: ParsedTemplate] = [:]
    var problems: [Diagnostic] = []
    for (name, file) in files.sorted(by: { $0.key < $1.key }) {
      do {
        let text = try String(contentsOf: file, encoding: .utf8)
        templates[name] = try ParsedTemplate(text, file: DisplayPath.of(file), escaping: .kb)
      } catch let error as TemplateSyntaxError {
        problems.append(error.diagnostic)
      } catch {
        problems.append(
          Diagnostic(
            .error, SourceLocation(file: DisplayPath.of(file), line: 1),
            "cannot read template: \(error.localizedDescription)"))
      }
    }
    guard problems.isEmpty else { throw BuildError.invalidContent(problems) }
    let missing = PageTemplate.required.filter { templates[$0] == nil }
    if !missing.isEmpty {
      let list = missing.map { "\($0).mustache" }.joined(separator: ", ")
      let folder = overrides.map(DisplayPath.of) ?? DisplayPath.of(theme)
      throw BuildError.invalidContent([
        Diagnostic(.error, SourceLocation(file: folder, line: 1), "missing template(s): \(list)")
      ])
    }
    self.templates = templates
    if renderer == .compiled, let theme = CompiledTheme(templates) {
      engine = .compiled(theme)
    } else {
      engine = .swiftMustache(try Self.swiftMustache(templates))
    }
  }

  /// The same templates read by swift-mustache. kb's parser accepted them already, so an error
  /// here is a disagreement between the two readers, reported as swift-mustache words it.
  private static func swiftMustache(_ templates: [String: ParsedTemplate]) throws -> MustacheLibrary {
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    var library: [String: MustacheTemplate] = [:]
    for (name, template) in templates {
      do {
        library[name] = try MustacheTemplate(string: escapingPragma + template.text)
      } catch let error as MustacheTemplate.ParserError {
        let context = error.context
        let onFirstLine = context.lineNumber == 1
        let column = onFirstLine ? context.columnNumber - escapingPragma.count : context.columnNumber
        throw BuildError.invalidContent([
          Diagnostic(
            .error, SourceLocation(file: template.file, line: context.lineNumber), column: max(1, column),
            "swift-mustache cannot read this template: \(error.error)")
        ])
      }
    }
    return MustacheLibrary(templates: library)
  }

  /// Every key a template names that its page does not offer, at the tag's line and column.
  func check() -> [Diagnostic] {
    TemplateCheck.run(templates).map {
      Diagnostic(
        .error, SourceLocation(file: $0.file, line: $0.position.line), column: $0.position.column, $0.message)
    }
  }

  func render(_ page: some TemplateContext, with name: String) throws -> String {
    let rendered =
      switch engine {
      case .compiled(let theme): theme.render(page, with: name)
      case .swiftMustache(let library): library.render(page, withTemplate: name)
      }
    guard let output = rendered else {
      throw BuildError.output("error: no template named '\(name)'")
    }
    return output
  }
}
