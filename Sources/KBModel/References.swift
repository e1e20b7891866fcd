/// A reference to an entry: `"product/slug"`, or `"slug"` inside the same product.
public struct EntryRef: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  public var product: String?
  public var slug: String

  public init(product: String?, slug: String) {
    self.product = product
    self.slug = slug
  }

  public init(_ text: String) {
    if let slash = text.firstIndex(of: "/") {
      self.init(product: String(text[..<slash]), slug: String(text[text.index(after: slash)...]))
    } else {
      self.init(product: nil, slug: text)
    }
  }

  public init(stringLiteral value: String) { self.init(value) }

  public var description: String { product.map { "\($0)/\(slug)" } ?? slug }
}

/// A reference to one step of a diagram: `"diagram-slug#step-id"`.
public struct StepRef: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  public var diagram: String
  public var step: String

  public init(diagram: String, step: String) {
    self.diagram = diagram
    self.step = step
  }

  public init(stringLiteral value: String) {
    let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    self.init(diagram: String(parts[0]), step: parts.count > 1 ? String(parts[1]) : "")
  }

  public var description: String { "\(diagram)#\(step)" }
}
