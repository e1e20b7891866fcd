import Foundation

/// Anything a template can read names from: a page or one of its models.
protocol TemplateContext: Sendable {
  /// The value of `name`, or nil when this value has no such key or it is absent, so that the
  /// name is looked up further down the context stack.
  func templateValue(named name: String) -> TemplateValue?
  /// The same, by the name's number in `TemplateNames`: what `CompiledTemplate` asks, with no
  /// string hashing per lookup.
  func templateValue(id: Int) -> TemplateValue?
}

/// A number for every key name templates and models use, given once, so that a compiled
/// template looks keys up by number in each model's table rather than by string.
final class TemplateNames: @unchecked Sendable {
  static let shared = TemplateNames()
  private let lock = NSLock()
  private var numbers: [String: Int] = [:]

  /// The name's number; a name seen for the first time gets the next one.
  func id(_ name: String) -> Int {
    lock.lock()
    defer { lock.unlock() }
    if let known = numbers[name] { return known }
    let id = numbers.count
    numbers[name] = id
    return id
  }
}

/// A value as `CompiledTemplate` renders it: its kind is known without a dynamic cast.
enum TemplateValue: Sendable {
  case text(String)
  case number(Int)
  case flag(Bool)
  case texts([String])
  case model(any TemplateContext)
  case models([any TemplateContext])
}
