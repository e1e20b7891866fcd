/// One step of a resolution: CommonMark text, optionally with a code sample.
public struct Step: Sendable, ExpressibleByStringLiteral {
  public var text: String
  public var sample: CodeSample?

  public init(_ text: String, sample: CodeSample? = nil) {
    self.text = text
    self.sample = sample
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }
}

/// The resolution steps for one platform, e.g. Canvas.
public struct PlatformVariant: Sendable {
  public var platform: String
  public var steps: [Step]

  public init(_ platform: String, steps: [Step]) {
    self.platform = platform
    self.steps = steps
  }
}

/// A code sample and the language it is written in, optionally with the same code in other
/// languages (pages show them as tabs).
public struct CodeSample: Sendable {
  public var language: String
  public var title: String?
  public var code: String
  /// The same sample written in other languages, in the order their tabs appear.
  public var alternatives: [CodeSample]

  public init(_ language: String, title: String? = nil, _ code: String) {
    self.language = language
    self.title = title
    self.code = code
    self.alternatives = []
  }

  /// One sample in several languages: `.inLanguages(.shell(…), .javascript(…), title: "…")`.
  public static func inLanguages(
    _ first: CodeSample, _ others: CodeSample..., title: String? = nil
  ) -> CodeSample {
    var sample = first
    sample.title = title ?? first.title
    sample.alternatives = others
    return sample
  }

  /// This sample and its alternatives, each with the one title.
  public var languages: [CodeSample] {
    ([self] + alternatives).map { sample in
      var one = sample
      one.title = title
      one.alternatives = []
      return one
    }
  }

  /// The languages kb knows how to label and highlight.
  public static let knownLanguages: [String] = [
    "shell", "javascript", "typescript", "json", "http", "xml", "python", "swift", "text",
  ]

  /// How pages name a language: `JavaScript`, `Shell`.
  public static func label(of language: String) -> String {
    let labels = [
      "shell": "Shell", "javascript": "JavaScript", "typescript": "TypeScript", "json": "JSON",
      "http": "HTTP", "xml": "XML", "python": "Python", "swift": "Swift", "text": "Text",
    ]
    return labels[language] ?? language
  }

  public static func shell(_ code: String, title: String? = nil) -> CodeSample {
    CodeSample("shell", title: title, code)
  }

  public static func javascript(_ code: String, title: String? = nil) -> CodeSample {
    CodeSample("javascript", title: title, code)
  }

  public static func typescript(_ code: String, title: String? = nil) -> CodeSample {
    CodeSample("typescript", title: title, code)
  }

  public static func json(_ code: String, title: String? = nil) -> CodeSample {
    CodeSample("json", title: title, code)
  }
}
