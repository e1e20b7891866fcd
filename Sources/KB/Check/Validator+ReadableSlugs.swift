import KBModel

extension Validator {
  /// Words that name what a page is rather than what it says: a slug made of one of them and a
  /// number (`scenario-3`, `entry-12`) tells the reader of a pasted link nothing.
  static let placeholderSlugWords: Set<String> = [
    "article", "case", "entry", "error", "faq", "issue", "item", "node", "outcome", "page", "problem",
    "question", "scenario", "step", "topic", "untitled",
  ]

  /// Warns about an entry without a code whose slug is a placeholder word and a number, and
  /// suggests one from its title; a code is what readers search for, so `1014` is meaningful.
  mutating func checkReadableSlug(_ entry: Entry, at location: SourceLocation) {
    guard entry.code == nil, Self.isPlaceholderSlug(entry.slug),
      let suggestion = Self.readableSlug(fromTitle: entry.title)
    else { return }
    warning(
      location,
      "entry slug '\(entry.slug)' says nothing to someone who sees the link in a ticket; give the entry "
        + "slug: \"\(suggestion)\", and aliases: [\"\(entry.slug)\"] if its address was published")
  }

  /// `scenario-3`, `entry12`, `42`: a placeholder word and digits, or digits alone.
  static func isPlaceholderSlug(_ slug: String) -> Bool {
    let word = slug.prefix { $0.isLetter }
    let rest = slug.dropFirst(word.count).drop { $0 == "-" }
    guard !rest.isEmpty, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber) else { return false }
    return word.isEmpty || placeholderSlugWords.contains(String(word))
  }

  /// The title's words as a slug, without placeholder words and numbers, at most about 50
  /// characters; nil when the title says nothing more than the slug does.
  static func readableSlug(fromTitle title: String) -> String? {
    let numbers: Set<String> = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    let words = Slug.kebab(title).split(separator: "-").map(String.init)
    let meaningful = words.filter {
      !placeholderSlugWords.contains($0) && !numbers.contains($0) && Int($0) == nil
    }
    guard !meaningful.isEmpty else { return nil }
    return Slug.shortened(words.joined(separator: "-"), to: 50)
  }
}
