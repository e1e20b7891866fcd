import KBModel

extension Validator {
  /// The home page's examples must be things a reader can really type: an entry's code, name or
  /// message, so the example finds something.
  mutating func checkSearchExamples() {
    let known = Set(
      site.products.flatMap(\.entries).flatMap { entry in
        [entry.code, entry.name].compactMap { $0 } + entry.symptoms.filter { $0.kind == .message }.map(\.text)
      })
    for example in site.searchExamples where !known.contains(example) {
      let candidates = Array(known).sorted()
      error(
        site.location,
        "search example '\(example)' is no entry's code, name or message"
          + Suggestion.didYouMean(example, among: candidates))
    }
  }
}
