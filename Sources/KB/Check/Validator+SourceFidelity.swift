import KBModel

extension Validator {
  /// Rules that keep entries to what their sources say: notes about source defects are complete,
  /// and symptoms describe what a user observes rather than repeating the entry's identity.
  mutating func checkSourceFidelity(_ entry: Entry, in product: Product) {
    let at = entry.location
    for note in entry.sourceNotes {
      requireText(note.says, "source note's 'says'", at: at)
      requireText(note.note, "source note", at: at)
      checkProse(note.note, in: product, at: at)
    }
    // The page shows an entry's code and name already; a symptom that repeats both claims the
    // product displays them together, which no source says for any product.
    if let code = entry.code, let name = entry.name {
      for symptom in entry.symptoms where symptom.kind == .observation {
        if symptom.text.contains(code), symptom.text.contains(name) {
          error(
            at,
            "symptom repeats code \(code) and name \(name); say what the user observes, which the page shows "
              + "beside the code and name anyway"
          )
        }
      }
    }
  }
}
