import Foundation
import Mustache
import Testing

@testable import KB

/// The official Mustache spec (github.com/mustache/spec, `specs/*.json`, in `MustacheSpec/` with
/// its licence) run through kb's parser and the compiled renderer. What the compiled renderer
/// leaves to swift-mustache, or kb's values cannot hold, must fail with a clear reason.
@Suite("The Mustache spec")
struct MustacheSpecTests {
  /// One case of a spec file.
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    var file = ""
    let name: String
    let data: JSON
    let template: String
    let partials: [String: String]?
    let expected: String

    var testDescription: String { "\(file): \(name)" }

    enum CodingKeys: CodingKey {
      case name, data, template, partials, expected
    }
  }

  /// A JSON value as a spec case gives it.
  enum JSON: Decodable, Sendable {
    case null
    case flag(Bool)
    case integer(Int)
    case decimal(Double)
    case text(String)
    case list([JSON])
    case object([String: JSON])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let flag = try? container.decode(Bool.self) {
        self = .flag(flag)
      } else if let integer = try? container.decode(Int.self) {
        self = .integer(integer)
      } else if let decimal = try? container.decode(Double.self) {
        self = .decimal(decimal)
      } else if let text = try? container.decode(String.self) {
        self = .text(text)
      } else if let list = try? container.decode([JSON].self) {
        self = .list(list)
      } else {
        self = .object(try container.decode([String: JSON].self))
      }
    }

    /// The value as swift-mustache receives it.
    var any: Any {
      switch self {
      case .null: NSNull()
      case .flag(let flag): flag
      case .integer(let integer): integer
      case .decimal(let decimal): decimal
      case .text(let text): text
      case .list(let list): list.map(\.any)
      case .object(let object): object.mapValues(\.any)
      }
    }
  }

  /// What a JSON value of a spec case cannot be as a `TemplateValue`: kb's models hold text,
  /// numbers, flags, lists of text and lists of models, and no functions.
  struct Unrepresentable: Error, Equatable {
    let reason: String
  }

  /// A JSON object as a template reads it.
  struct Object: TemplateContext {
    let values: [Int: TemplateValue]

    init(_ object: [String: JSON]) throws {
      var values: [Int: TemplateValue] = [:]
      for (key, value) in object {
        if let converted = try MustacheSpecTests.value(value) {
          values[TemplateNames.shared.id(key)] = converted
        }
      }
      self.values = values
    }

    func templateValue(named name: String) -> TemplateValue? { values[TemplateNames.shared.id(name)] }
    func templateValue(id: Int) -> TemplateValue? { values[id] }
  }

  /// The value kb would hand a template for `json`; nil for null.
  static func value(_ json: JSON) throws -> TemplateValue? {
    switch json {
    case .null: return nil
    case .flag(let flag): return .flag(flag)
    case .integer(let integer): return .number(integer)
    case .decimal(let decimal): return .text(String(decimal))
    case .text(let text): return .text(text)
    case .object(let object):
      if case .text("code")? = object["__tag__"] { throw Unrepresentable(reason: "a lambda") }
      return .model(try Object(object))
    case .list(let list):
      var texts: [String] = []
      var models: [any TemplateContext] = []
      for item in list {
        switch try value(item) {
        case .text(let text): texts.append(text)
        case .number(let number): texts.append(String(number))
        case .model(let model): models.append(model)
        default: throw Unrepresentable(reason: "a list of lists, flags or nulls")
        }
      }
      guard texts.isEmpty || models.isEmpty else {
        throw Unrepresentable(reason: "a list of text and objects")
      }
      return models.isEmpty ? .texts(texts) : .models(models)
    }
  }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("MustacheSpec")
  static let files = [
    "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance",
    "~dynamic-names", "~lambdas",
  ]

  static func load() throws -> [Case] {
    try files.flatMap { file in
      struct Spec: Decodable { let tests: [Case] }
      let data = try Data(contentsOf: folder.appendingPathComponent("\(file).json"))
      return try JSONDecoder().decode(Spec.self, from: data).tests.map { test in
        var test = test
        test.file = file
        return test
      }
    }
  }

  static let cases = (try? load()) ?? []

  /// Where the spec and swift-mustache 2.1.1 differ, the compiled renderer follows swift-mustache,
  /// which skips the same two cases in its own spec tests.
  static let likeSwiftMustache: Set<String> = [
    "~inheritance: Intrinsic indentation", "~inheritance: Nested block reindentation",
  ]
  /// Cases whose data kb's values cannot hold.
  static let unrepresentable = ["sections: Implicit Iterator - Array": "a list of lists, flags or nulls"]

  @Test("every case of the spec's files is read")
  func everyCaseIsRead() throws {
    #expect(try Self.load().count == 194)
  }

  @Test("the compiled renderer writes what the spec expects", arguments: cases)
  func specCase(_ test: Case) throws {
    var parsed = ["__test__": try ParsedTemplate(test.template, file: "template")]
    for (name, text) in test.partials ?? [:] { parsed[name] = try ParsedTemplate(text, file: name) }
    let leftToSwiftMustache = parsed.values.flatMap(\.swiftMustacheOnly)
    if test.file == "~dynamic-names" {
      // Dynamic partials render with swift-mustache: the parser says so and the theme falls back.
      #expect(leftToSwiftMustache.contains { $0.hasPrefix("dynamic ") }, "\(leftToSwiftMustache)")
      #expect(CompiledTheme(parsed) == nil)
      return
    }
    #expect(leftToSwiftMustache.isEmpty)
    let theme = try #require(CompiledTheme(parsed))
    if let reason = Self.unrepresentable[test.testDescription] ?? (test.file == "~lambdas" ? "a lambda" : nil)
    {
      #expect(throws: Unrepresentable(reason: reason)) { try Self.value(test.data) }
      return
    }
    let data = try #require(try Self.value(test.data))
    let output = theme.render(data, with: "__test__")
    if Self.likeSwiftMustache.contains(test.testDescription) {
      let library = MustacheLibrary(templates: try parsed.mapValues { try MustacheTemplate(string: $0.text) })
      #expect(output == library.render(test.data.any, withTemplate: "__test__"))
      #expect(output != test.expected)
    } else {
      #expect(output == test.expected)
    }
  }
}
