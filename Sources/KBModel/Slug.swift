/// The rule that turns an entry's identity into its URL segment.
///
/// An explicit `slug:` wins. Otherwise a code is used as it is, lower-cased; a message or symbolic
/// name becomes lower-case words joined by hyphens; a scenario becomes `scenario-N`; a problem
/// uses its title the same way.
public enum Slug {
  public static func derive(identity: Identity, title: String) -> String {
    switch identity {
    case .code(let code, _, _): kebab(code)
    case .apiError(let message, _), .screenMessage(let message): kebab(message)
    case .scenario(let number): "scenario-\(number)"
    case .problem: kebab(title)
    }
  }

  /// Lower-case ASCII letters and digits, every other run of characters a single hyphen.
  ///
  /// Works on UTF-8 bytes: every byte of a non-ASCII character is 0x80 or above, so it counts as
  /// "other" like the character would. Slugs are derived for every entry summary on every page,
  /// and a per-character `lowercased()` made this a tenth of a build's instructions.
  public static func kebab(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingHyphen = false
    for byte in text.utf8 {
      let kept: UInt8
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): kept = byte
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + (UInt8(ascii: "a") - UInt8(ascii: "A"))
      default:
        pendingHyphen = true
        continue
      }
      if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
      pendingHyphen = false
      bytes.append(kept)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether a slug written by hand follows the same alphabet.
  public static func isValid(_ slug: String) -> Bool {
    !slug.isEmpty && kebab(slug) == slug
  }

  /// The longest slug `kb check` accepts. A slug is a folder name in the output and a part of
  /// every address that names it; with products, entries and short links each at most this long,
  /// a page's path stays far below the 255 bytes a file name may have.
  public static let maxLength = 80

  /// `slug` cut to at most `length` characters at a hyphen, so no word is cut in two; a first
  /// word longer than that is cut where it must be.
  public static func shortened(_ slug: String, to length: Int = maxLength) -> String {
    guard slug.count > length else { return slug }
    let head = slug.prefix(length + 1)
    if let hyphen = head.lastIndex(of: "-"), hyphen > head.startIndex {
      return String(head[..<hyphen])
    }
    return String(slug.prefix(length))
  }
}
