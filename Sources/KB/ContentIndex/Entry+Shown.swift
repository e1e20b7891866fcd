import KBModel

extension Entry {
  /// The name customers see: a flowchart outcome's number ("Scenario 3") is the writers' label,
  /// not something a product shows, so pages, the index and the terminal never print it.
  package var shownName: String? {
    if case .scenario = identity { return nil }
    return name
  }

  /// The entry's title as pages and the terminal show it: code and name first, since that is what
  /// customers search for (`1014 FAILED_TO_CREATE_CLASS: The class could not be created`).
  package var displayTitle: String {
    let identity = [code, shownName].compactMap { $0 }.joined(separator: " ")
    return identity.isEmpty ? title : "\(identity): \(title)"
  }
}
