/// Splits text into search tokens; `templates/assets/search.js` applies the very same rules to queries.
///
/// These rules are the single definition both sides follow; change them here and in `search.js`
/// together (`Tests/site/tokenizer_cases.json` holds the cases both are tested against):
///
/// 1. Apostrophes (`'` and `’`) are removed, so `doesn't` reads as `doesnt`.
/// 2. A word is a run of letters and digits (Unicode categories L and N) that may be joined by
///    single `_`, `#`, `.` or `-` characters: `FAILED_TO_GET_LMS_JWKS`, `membership#Learner`,
///    `imsmanifest.xml`, `1.3`. A joiner at the end of a word (a full stop) is not part of it.
/// 3. Each word gives its whole lowercased form; when it has joiners, each joined part too
///    (`failed`, `to`, `get`, `lms`, `jwks`); and each part written in camelCase gives its pieces
///    (`AgsAccessToken` gives `ags`, `access`, `token`). A camelCase boundary is an ASCII lowercase
///    letter or digit followed by an uppercase one, or an uppercase letter followed by an uppercase
///    and then a lowercase one (`HTTPServer` gives `http`, `server`).
/// 4. Plurals are stemmed on tokens of four or more ASCII letters: `-ies` becomes `-y`, `-sses`
///    becomes `-ss`, and a final `s` not after `s`, `u` or `i` is dropped (`jwks` → `jwk`,
///    `entries` → `entry`; `status`, `class` and `analysis` stay).
/// 5. Tokens are deduplicated, keeping the first occurrence.
enum SearchTokenizer {
  /// One token and whether it came from splitting a word rather than being the whole word.
  public struct Token: Sendable, Hashable {
    public var text: String
    public var isPart: Bool
  }

  /// The tokens of a text, in order of first occurrence.
  public static func tokens(_ text: String) -> [Token] {
    var seen: Set<String> = []
    var result: [Token] = []
    func add(_ raw: Substring, isPart: Bool) {
      let token = stem(raw.lowercased())
      if seen.insert(token).inserted { result.append(Token(text: token, isPart: isPart)) }
    }
    for word in words(text) {
      add(word[...], isPart: false)
      let parts = word.split(whereSeparator: isJoiner)
      for part in parts where parts.count > 1 { add(part, isPart: true) }
      for part in parts {
        let pieces = camelPieces(part)
        for piece in pieces where pieces.count > 1 { add(piece, isPart: true) }
      }
    }
    return result
  }

  /// The token texts only.
  public static func tokenTexts(_ text: String) -> [String] { tokens(text).map(\.text) }

  /// The words of a text as written (rules 1 and 2).
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var pendingJoiner: Unicode.Scalar?
    func finish() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
      pendingJoiner = nil
    }
    for scalar in text.unicodeScalars {
      if scalar == "'" || scalar == "\u{2019}" { continue }
      if isWordScalar(scalar) {
        if let joiner = pendingJoiner {
          current.append(joiner)
          pendingJoiner = nil
        }
        current.append(scalar)
      } else if isJoinerScalar(scalar), !current.isEmpty, pendingJoiner == nil {
        pendingJoiner = scalar
      } else {
        finish()
      }
    }
    finish()
    return words
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  static func isJoinerScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar == "#" || scalar == "." || scalar == "-"
  }

  static func isJoiner(_ character: Character) -> Bool {
    character == "_" || character == "#" || character == "." || character == "-"
  }

  /// The camelCase pieces of a word part (rule 3); a part without boundaries is one piece.
  static func camelPieces(_ part: Substring) -> [Substring] {
    let scalars = Array(part.unicodeScalars)
    var pieces: [Substring] = []
    var start = part.startIndex
    var index = part.startIndex
    for position in scalars.indices {
      defer { index = part.unicodeScalars.index(after: index) }
      guard position > 0 else { continue }
      let previous = scalars[position - 1]
      let scalar = scalars[position]
      let lowerToUpper = (isASCIILower(previous) || isASCIIDigit(previous)) && isASCIIUpper(scalar)
      let acronymEnd =
        isASCIIUpper(previous) && isASCIIUpper(scalar) && position + 1 < scalars.count
        && isASCIILower(scalars[position + 1])
      if lowerToUpper || acronymEnd {
        pieces.append(part[start..<index])
        start = index
      }
    }
    pieces.append(part[start...])
    return pieces
  }

  /// Rule 4: light plural stemming.
  static func stem(_ token: String) -> String {
    let scalars = token.unicodeScalars
    guard scalars.count >= 4, scalars.allSatisfy(isASCIILower) else { return token }
    if token.hasSuffix("ies"), scalars.count >= 5 { return String(token.dropLast(3)) + "y" }
    if token.hasSuffix("sses") { return String(token.dropLast(2)) }
    if token.hasSuffix("s"), !token.hasSuffix("ss"), !token.hasSuffix("us"), !token.hasSuffix("is") {
      return String(token.dropLast())
    }
    return token
  }

  static func isASCIILower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
  static func isASCIIUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
  static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
