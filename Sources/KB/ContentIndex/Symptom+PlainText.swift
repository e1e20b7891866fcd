import KBModel

extension Symptom {
  /// The symptom without markup: observations may hold CommonMark, messages are shown as written.
  package var plainText: String { kind == .observation ? CommonMark.plainText(text) : text }
}
