import Mustache

/// A value a template reads: every key it offers is declared once, in `schema`, and read by a
/// closure instead of by reflection.
///
/// The same declaration serves both renderers (`child(named:)` for swift-mustache,
/// `templateValue(named:)` for `CompiledTemplate`) and `kb check`, which reports a template naming
/// a key that its page does not offer.
protocol TemplateModel: TemplateContext, MustacheParent {
  static var schema: TemplateSchema<Self> { get }
}

extension TemplateModel {
  func child(named name: String) -> Any? { Self.schema.fields[name]?.read(self) }

  func templateValue(named name: String) -> TemplateValue? { Self.schema.fields[name]?.value(self) }

  func templateValue(id: Int) -> TemplateValue? {
    let table = Self.schema.byID
    guard id < table.count, let field = table[id] else { return nil }
    return field.value(self)
  }
}

/// The keys of one kind of template value.
struct TemplateSchema<Model>: Sendable {
  let fields: [String: TemplateField<Model>]
  /// The fields by `TemplateNames` number; nil where this model has no such key.
  let byID: [TemplateField<Model>?]
  let keys: TemplateKeys

  init(_ name: String, _ fields: [TemplateField<Model>]) {
    self.fields = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let numbered = fields.map { (TemplateNames.shared.id($0.name), $0) }
    var byID = [TemplateField<Model>?](repeating: nil, count: (numbered.map(\.0).max() ?? -1) + 1)
    for (id, field) in numbered where byID[id] == nil { byID[id] = field }
    self.byID = byID
    self.keys = TemplateKeys(
      name: name, keys: Dictionary(fields.map { ($0.name, $0.opens) }) { first, _ in first })
  }
}

/// One key of a template value: how each renderer reads it, and what a section over it opens.
struct TemplateField<Model>: Sendable {
  let name: String
  /// The keys of the value a section over this key pushes; nil for text, numbers, flags and
  /// lists of text.
  let opens: TemplateKeys?
  /// The value as swift-mustache receives it; nil when absent.
  let read: @Sendable (Model) -> Any?
  /// The same value for `CompiledTemplate`; nil when absent.
  let value: @Sendable (Model) -> TemplateValue?

  /// Text, handed to swift-mustache as `TemplateText`.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> String) -> Self {
    Self(
      name: name, opens: nil, read: { TemplateText(read($0)) }, value: { .text(read($0)) })
  }

  /// Optional text; an absent one renders nothing.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> String?) -> Self {
    Self(
      name: name, opens: nil, read: { read($0).map(TemplateText.init) },
      value: { read($0).map(TemplateValue.text) })
  }

  /// A number.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> Int) -> Self {
    Self(name: name, opens: nil, read: { read($0) }, value: { .number(read($0)) })
  }

  /// An optional number; an absent one renders nothing.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> Int?) -> Self {
    Self(name: name, opens: nil, read: { read($0) }, value: { read($0).map(TemplateValue.number) })
  }

  /// A flag: a section over it shows when it is true.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> Bool) -> Self {
    Self(name: name, opens: nil, read: { read($0) }, value: { .flag(read($0)) })
  }

  /// A list of text.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> [String]) -> Self {
    Self(name: name, opens: nil, read: { read($0) }, value: { .texts(read($0)) })
  }

  /// A nested value: a section over it reads `Child`'s keys.
  static func model<Child: TemplateModel>(
    _ name: String, _ child: Child.Type, _ read: @escaping @Sendable (Model) -> Child
  ) -> Self {
    Self(name: name, opens: Child.schema.keys, read: { read($0) }, value: { .model(read($0)) })
  }

  /// An optional nested value; an absent one renders nothing.
  static func model<Child: TemplateModel>(
    _ name: String, _ child: Child.Type, _ read: @escaping @Sendable (Model) -> Child?
  ) -> Self {
    Self(
      name: name, opens: Child.schema.keys, read: { read($0) },
      value: { read($0).map { .model($0) } })
  }

  /// A list of nested values: a section over it repeats once for each.
  static func model<Child: TemplateModel>(
    _ name: String, _ child: Child.Type, _ read: @escaping @Sendable (Model) -> [Child]
  ) -> Self {
    Self(
      name: name, opens: Child.schema.keys, read: { read($0) },
      value: { .models(read($0).map { $0 as any TemplateContext }) })
  }
}

/// The key names of one kind of template value, as `kb check` sees them.
final class TemplateKeys: Sendable {
  /// What templates and messages call this value, e.g. "entry page" or "entry summary".
  let name: String
  /// Every key, with the keys of the value a section over it opens (nil for plain values).
  let keys: [String: TemplateKeys?]

  init(name: String, keys: [String: TemplateKeys?]) {
    self.name = name
    self.keys = keys
  }

  /// The keys of a page: what every page offers plus what this kind of page adds.
  func merging(_ other: TemplateKeys, name: String) -> TemplateKeys {
    TemplateKeys(name: name, keys: keys.merging(other.keys) { mine, _ in mine })
  }
}
