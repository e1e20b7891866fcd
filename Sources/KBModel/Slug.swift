/// The rule that turns an entry's identity into its URL segment.
///
/// An explicit `slug:` wins. Otherwise a code is used as it is, lower-cased; a message or symbolic
/// name becomes lower-case words joined by hyphens; a scenario becomes `scenario-N`; a problem
/// uses its title the same way.
public enum Slug {
  public static func derive(identity: Identity, title: String) -> String {
    switch identity {
    case .code(let code, _): kebab(code)
    case .apiError(let message, _), .screenMessage(let message): kebab(message)
    case .scenario(let number): "scenario-\(number)"
    case .problem: kebab(title)
    }
  }

  /// Lower-case ASCII letters and digits, every other run of characters a single hyphen.
  public static func kebab(_ text: String) -> String {
    var result = ""
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingHyphen, !result.isEmpty { result.append("-") }
        pendingHyphen = false
        result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
      } else {
        pendingHyphen = true
      }
    }
    return result
  }

  /// Whether a slug written by hand follows the same alphabet.
  public static func isValid(_ slug: String) -> Bool {
    !slug.isEmpty && kebab(slug) == slug
  }
}
