import Mustache

/// A text value as templates receive it: rendered as the text itself.
///
/// swift-mustache renders a plain `String` by trying it against the template, lambda and
/// optional types one dynamic cast at a time and then `String(describing:)`, and reads a name
/// inside a section over a string through `Mirror`. A type that declares itself renderable skips
/// the casts, and one that answers names (with none) skips `Mirror`; what is written is the same.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
  let renderText: String

  init(_ text: String) { renderText = text }

  var isNull: Bool { false }

  func child(named name: String) -> Any? { nil }

  /// The transforms swift-mustache offers on text (`uppercased(name)`, `empty(name)`, …).
  func transform(_ name: String) -> Any? { renderText.transform(name) }
}
