import Foundation
import Mustache

/// The Mustache templates of `templates/`, read at run time so editing one needs no recompile.
public struct TemplateSet: Sendable {
  /// The page templates a build needs; partials may be added freely.
  public static let required = [
    "layout", "home", "product", "entry", "codes", "diagram", "search", "not-found", "redirect",
    "disambiguation",
  ]

  let library: MustacheLibrary
  let directory: URL

  /// Switches a template to kb's faster HTML escaping (`HTMLEscaping`). It is put in front of
  /// every template as it is read, so writers of templates need not know about it; a syntax error
  /// on the first line is reported at the column the writer sees.
  static let escapingPragma = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}"

  /// Loads every `*.mustache` file, reporting a syntax error as `templates/x.mustache:LINE:COL`.
  public init(directory: URL) throws {
    MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
    self.directory = directory
    var templates: [String: MustacheTemplate] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".mustache") {
      let file = directory.appendingPathComponent(name)
      let text: String
      do {
        text = try String(contentsOf: file, encoding: .utf8)
      } catch {
        throw BuildError.template(
          "\(Self.display(file)): error: cannot read template: \(error.localizedDescription)")
      }
      do {
        templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(
          string: Self.escapingPragma + text)
      } catch let error as MustacheTemplate.ParserError {
        let context = error.context
        let onFirstLine = context.lineNumber == 1
        let column = onFirstLine ? context.columnNumber - Self.escapingPragma.count : context.columnNumber
        let line = onFirstLine ? String(context.line.dropFirst(Self.escapingPragma.count)) : context.line
        throw BuildError.template(
          "\(Self.display(file)):\(context.lineNumber):\(max(1, column)): error: \(Self.describe(error.error))\n    \(line)"
        )
      }
    }
    let missing = Self.required.filter { templates[$0] == nil }
    if !missing.isEmpty {
      let list = missing.map { "\($0).mustache" }.joined(separator: ", ")
      throw BuildError.template("\(Self.display(directory)): error: missing template(s): \(list)")
    }
    library = MustacheLibrary(templates: templates)
  }

  public func render(_ context: [String: Any], with name: String) throws -> String {
    guard let output = library.render(context, withTemplate: name) else {
      throw BuildError.template("\(Self.display(directory)): error: no template named '\(name)'")
    }
    return output
  }

  static func display(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
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

/// Why a build stopped; the message is ready to print.
public enum BuildError: Error, CustomStringConvertible {
  case invalidContent([Diagnostic])
  case template(String)
  case output(String)

  public var description: String {
    switch self {
    case .invalidContent(let diagnostics):
      diagnostics.map(\.description).joined(separator: "\n")
        + "\nkb: the content has \(diagnostics.errors.count) error(s); nothing was written"
    case .template(let message), .output(let message): message
    }
  }
}
