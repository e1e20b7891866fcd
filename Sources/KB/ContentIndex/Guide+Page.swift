import KBModel

/// A guide the knowledge base publishes as a page: its sections are its body's headings.
extension Guide {
  /// Ids the layout of every page uses already, which a heading's anchor must not take.
  static let layoutIDs: Set<String> = ["main", "site-search"]

  /// Whether the knowledge base publishes the guide as a page of its own.
  package var isPage: Bool { body != nil }

  /// The sections links can name: a page's headings, each with an anchor made of its words
  /// (`## Install the app` is `install-the-app`; a second heading of the same words gets `-2`),
  /// or the sections declared for a guide published elsewhere.
  package var linkableSections: [GuideSection] {
    guard let body else { return sections }
    var taken = Self.layoutIDs
    return CommonMark.headings(in: body).enumerated().map { index, title in
      let words = Slug.kebab(title)
      let base = words.isEmpty ? "section-\(index + 1)" : words
      var anchor = base
      var number = 2
      while !taken.insert(anchor).inserted {
        anchor = "\(base)-\(number)"
        number += 1
      }
      return GuideSection(anchor, title: title)
    }
  }

  /// The section `id` names, among the ones links can name.
  package func linkableSection(_ id: String) -> GuideSection? {
    linkableSections.first { $0.id == id }
  }
}
