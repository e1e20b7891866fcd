import KBModel

extension Entry {
  /// The name customers see: a flowchart outcome's number ("Scenario 3") is the writers' label,
  /// not something a product shows, so pages, the index and the terminal never print it.
  package var shownName: String? {
    if case .scenario = identity { return nil }
    return name
  }
}
