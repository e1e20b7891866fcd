import Mustache

/// A value a template reads: every key it offers is declared once, in `schema`, and read by a
/// closure instead of by reflection.
///
/// The same declaration serves rendering (`child(named:)`) and `kb check`, which reports a
/// template naming a key that its page does not offer.
protocol TemplateModel: MustacheParent, Sendable {
  static var schema: TemplateSchema<Self> { get }
}

extension TemplateModel {
  func child(named name: String) -> Any? { Self.schema.fields[name]?.read(self) }
}

/// The keys of one kind of template value.
struct TemplateSchema<Model>: Sendable {
  let fields: [String: TemplateField<Model>]
  let keys: TemplateKeys

  init(_ name: String, _ fields: [TemplateField<Model>]) {
    self.fields = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    self.keys = TemplateKeys(
      name: name, keys: Dictionary(fields.map { ($0.name, $0.opens) }) { first, _ in first })
  }
}

/// One key of a template value: how to read it, and what a section over it opens.
struct TemplateField<Model>: Sendable {
  let name: String
  /// The keys of the value a section over this key pushes; nil for text, numbers, flags and
  /// lists of text.
  let opens: TemplateKeys?
  let read: @Sendable (Model) -> Any?

  /// Text, a number, a flag or a list of text; an absent optional renders nothing.
  static func value(_ name: String, _ read: @escaping @Sendable (Model) -> Any?) -> Self {
    Self(name: name, opens: nil, read: read)
  }

  /// A nested value, an optional one or a list of them: a section over it reads `Child`'s keys.
  static func model<Child: TemplateModel>(
    _ name: String, _ child: Child.Type, _ read: @escaping @Sendable (Model) -> Any?
  ) -> Self {
    Self(name: name, opens: Child.schema.keys, read: read)
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
