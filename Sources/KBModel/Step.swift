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

/// A code sample and the language it is written in.
public struct CodeSample: Sendable {
  public var language: String
  public var title: String?
  public var code: String

  public init(_ language: String, title: String? = nil, _ code: String) {
    self.language = language
    self.title = title
    self.code = code
  }

  /// The languages kb knows how to label and highlight.
  public static let knownLanguages: [String] = [
    "shell", "javascript", "typescript", "json", "http", "xml", "python", "swift", "text",
  ]

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
