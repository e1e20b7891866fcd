/// A defect in a source document that an entry had to work around, shown on the entry page so the
/// reader knows which statement we did not follow and why.
public struct SourceNote: Sendable {
  /// What the source states, in plain words.
  public var says: String
  /// CommonMark: what is wrong with it and what the entry does instead.
  public var note: String

  public init(says: String, _ note: String) {
    self.says = says
    self.note = note
  }
}
