import Foundation

/// Splits text into search tokens; `Theme/assets/search.js` applies the very same rules to queries.
///
/// These rules are the single definition both sides follow; change them here and in `search.js`
/// together. Their tables (`stopWords`, `contractions`, `unsegmentedRanges`) are written here
/// only: the search index carries them to `search.js`. `Tests/site/tokenizer_cases.json` holds
/// the cases both test suites read:
///
/// 1. Text is normalised to NFKC (full-width `１０１４` reads `1014`, `e` + combining accent reads
///    `é`), and the apostrophes `‘ ’ ʼ` and the hyphens `‐ ‑` read as `'` and `-`.
/// 2. A possessive `'s` at the end of a word is removed (`LMS's` reads `LMS`), then every other
///    apostrophe, so `doesn't` reads as `doesnt`.
/// 3. A word is a run of letters and digits (Unicode categories L and N), each followed by any
///    combining marks (category M: Thai vowels and tones, Devanagari signs), that may be joined by
///    single `_`, `#`, `.` or `-` characters: `FAILED_TO_GET_LMS_JWKS`, `membership#Learner`,
///    `imsmanifest.xml`, `1.3`. A joiner at the end of a word (a full stop) is not part of it.
///    Other punctuation, dashes `– —` and quotes `“ ”` separate words.
/// 4. A negative contraction reads as its verb and `not`, with or without the apostrophe:
///    `won't` is `will not`, `doesnt` is `does not`, `cannot` is `can not`.
/// 5. Each word gives its whole form; when it has joiners, each joined part too (`failed`, `to`,
///    `get`, `lms`, `jwks`); and each part written in camelCase gives its pieces
///    (`AgsAccessToken` gives `ags`, `access`, `token`). A camelCase boundary is an ASCII lowercase
///    letter or digit followed by an uppercase one, or an uppercase letter followed by an uppercase
///    and then a lowercase one (`HTTPServer` gives `http`, `server`); the change between a script
///    written without spaces (`isUnsegmented`: Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer,
///    Myanmar) and any other character is a boundary too (`错误E1009` gives `错误`, `e1009`).
///    A piece in such a script of three or more characters also gives each pair of neighbouring
///    characters (`无法启动实验` gives `无法`, `法启`, `启动`, `动实`, `实验`), since its words are
///    not marked: `启动` typed alone then finds the text that holds it.
/// 6. Tokens are case-folded: lowercased, with the final sigma `ς` read as `σ`, since JavaScript
///    lowercases a final `Σ` to `ς` and Swift to `σ`.
/// 7. Tokens of four or more ASCII letters are stemmed (`stem`): plurals, then `-ed` and `-ing`,
///    then a final `e`, so `start`, `starts`, `started` and `starting` are all `start`.
/// 8. Tokens are deduplicated, keeping the first occurrence.
///
/// Stop words (`stopWords`) are tokens too: the index keeps them, so that they count inside
/// identifiers (`CLASS_NOT_YET_CREATED`) and phrases; a query word that is one never matches alone.
enum SearchTokenizer {
  /// One token and whether it came from splitting a word rather than being the whole word.
  struct Token: Sendable, Hashable {
    var text: String
    var isPart: Bool
  }

  /// The tokens of a text, in order of first occurrence.
  /// `fastASCII: false` takes the Unicode path for ASCII text too, for the tests that compare them.
  static func tokens(_ text: String, fastASCII: Bool = true) -> [Token] {
    var seen: Set<String> = []
    var result: [Token] = []
    for word in fastASCII ? words(text) : unicodeWords(text) {
      for token in pieces(ofWord: word, fastASCII: fastASCII) where seen.insert(token.text).inserted {
        result.append(token)
      }
    }
    return result
  }

  /// The tokens one word of `words` gives (rules 5 to 7), in order, repeats included: the whole
  /// word, its joined parts, their camelCase pieces. `tokens` is these, word after word, with
  /// repeats dropped (rule 8).
  static func pieces(ofWord word: String, fastASCII: Bool = true) -> [Token] {
    if fastASCII, isASCII(word) {
      // The same rules on bytes: an ASCII word has ASCII parts and pieces, and no unsegmented run.
      return pieces(
        of: Array(word.utf8)[...], parts: { $0.split(whereSeparator: isJoinerByte) },
        camelPieces: asciiCamelPieces, pairs: { _ in [] },
        token: { String(decoding: stem($0.map(asciiLowercased)), as: UTF8.self) })
    }
    return pieces(
      of: word[...], parts: { $0.split(whereSeparator: isJoiner) }, camelPieces: camelPieces,
      pairs: unsegmentedPairs, token: { stem(fold($0)) })
  }

  /// Rule 5 on any form of a word: the whole word, its joined parts when there are several, and
  /// each part's pieces when there are several, each followed by its pairs of characters when
  /// it is an unsegmented run; each made a token by `token`.
  private static func pieces<Piece>(
    of word: Piece, parts: (Piece) -> [Piece], camelPieces: (Piece) -> [Piece], pairs: (Piece) -> [Piece],
    token: (Piece) -> String
  ) -> [Token] {
    var result = [Token(text: token(word), isPart: false)]
    let parts = parts(word)
    for part in parts where parts.count > 1 { result.append(Token(text: token(part), isPart: true)) }
    for part in parts {
      let pieces = camelPieces(part)
      for piece in pieces {
        if pieces.count > 1 { result.append(Token(text: token(piece), isPart: true)) }
        for pair in pairs(piece) { result.append(Token(text: token(pair), isPart: true)) }
      }
    }
    return result
  }

  /// Each pair of neighbouring characters of a piece written in a script without spaces, when
  /// it has three or more (a piece of two is its own pair); none for any other piece.
  static func unsegmentedPairs(_ piece: Substring) -> [Substring] {
    let scalars = piece.unicodeScalars
    guard let first = scalars.first, isUnsegmented(first), scalars.count >= 3 else { return [] }
    var pairs: [Substring] = []
    var start = scalars.startIndex
    var next = scalars.index(after: start)
    while next < scalars.endIndex {
      let end = scalars.index(after: next)
      pairs.append(Substring(scalars[start..<end]))
      start = next
      next = end
    }
    return pairs
  }

  /// Whether a character belongs to a script written without spaces between words: Thai, Lao,
  /// Myanmar, Hangul Jamo, Khmer, CJK radicals and symbols that are letters (`々`, `〇`),
  /// Hiragana, Katakana, Hangul, and the CJK ideographs with their extensions. `search.js` reads
  /// the same ranges from the index.
  static func isUnsegmented(_ scalar: Unicode.Scalar) -> Bool {
    unsegmentedRanges.contains { $0.contains(scalar.value) }
  }

  static let unsegmentedRanges: [ClosedRange<UInt32>] = [
    0x0E00...0x0EFF, 0x1000...0x109F, 0x1100...0x11FF, 0x1780...0x17FF, 0x2E80...0x2FDF, 0x3005...0x3007,
    0x3021...0x3029, 0x3031...0x303B, 0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0x1B000...0x1B16F, 0x20000...0x3FFFF,
  ]

  /// The token texts only.
  static func tokenTexts(_ text: String) -> [String] { tokens(text).map(\.text) }

  /// Each word of a text as one token, in order and with repeats: what phrases are compared by.
  static func wordTokens(_ text: String) -> [String] {
    words(text).map { stem(fold($0[...])) }
  }

  /// The words of a text as written (rules 1 to 4).
  static func words(_ text: String) -> [String] {
    isASCII(text) ? asciiWords(text) : unicodeWords(text)
  }

  /// Whether every byte of a text is ASCII: then NFKC changes nothing, no typographic
  /// apostrophe or hyphen occurs, and the letters and digits are `A`–`Z`, `a`–`z`, `0`–`9`.
  static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// `unicodeWords` for an ASCII text, byte by byte, without normalising or looking up Unicode
  /// categories; the two must always agree (`SearchTokenizerTests`).
  static func asciiWords(_ text: String) -> [String] {
    var words: [String] = []
    if text.utf8.withContiguousStorageIfAvailable({ asciiWords($0, into: &words) }) == nil {
      Array(text.utf8).withUnsafeBufferPointer { asciiWords($0, into: &words) }
    }
    return words
  }

  private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [String]) {
    var current: [UInt8] = []
    var pendingJoiner: UInt8 = 0
    func finish() {
      if !current.isEmpty {
        // Every contraction ends in "nt" or "ot" (`cannot`), so only such words are looked up.
        let count = current.count
        let mayContract =
          count >= 4 && count <= 8 && asciiLowercased(current[count - 1]) == 0x74
          && [0x6E, 0x6F].contains(asciiLowercased(current[count - 2]))
        if mayContract,
          let expanded = contractions[String(decoding: current.map(asciiLowercased), as: UTF8.self)]
        {
          words += expanded
        } else {
          words.append(String(decoding: current, as: UTF8.self))
        }
        current.removeAll(keepingCapacity: true)
      }
      pendingJoiner = 0
    }
    let end = bytes.count
    var position = 0
    while position < end {
      let byte = bytes[position]
      if byte == 0x27 {  // '
        // A possessive `'s` is dropped whole: `LMS's` reads as `LMS`.
        let next: UInt8 = position + 1 < end ? bytes[position + 1] : 0x20
        let after: UInt8 = position + 2 < end ? bytes[position + 2] : 0x20
        position += (next == 0x73 || next == 0x53) && !isASCIIAlphanumeric(after) ? 2 : 1
        continue
      }
      if isASCIIAlphanumeric(byte) {
        if pendingJoiner != 0 {
          current.append(pendingJoiner)
          pendingJoiner = 0
        }
        current.append(byte)
      } else if isJoinerByte(byte), !current.isEmpty, pendingJoiner == 0 {
        pendingJoiner = byte
      } else {
        finish()
      }
      position += 1
    }
    finish()
  }

  static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  static func isJoinerByte(_ byte: UInt8) -> Bool {
    byte == 0x5F || byte == 0x23 || byte == 0x2E || byte == 0x2D
  }

  static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  /// The words of any text, scalar by scalar after NFKC (rules 1 to 4).
  static func unicodeWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var pendingJoiner: Unicode.Scalar?
    func finish() {
      if !current.isEmpty {
        let word = String(current)
        if let expanded = contractions[word.lowercased()] { words += expanded } else { words.append(word) }
      }
      current = String.UnicodeScalarView()
      pendingJoiner = nil
    }
    let scalars = Array(normalized(text).unicodeScalars)
    var skip = 0
    for (position, scalar) in scalars.enumerated() {
      if skip > 0 {
        skip -= 1
        continue
      }
      if scalar == "'" {
        // A possessive `'s` is dropped whole: `LMS's` reads as `LMS`.
        let next = position + 1 < scalars.count ? scalars[position + 1] : " "
        let after = position + 2 < scalars.count ? scalars[position + 2] : " "
        if next == "s" || next == "S", !isWordScalar(after) { skip = 1 }
        continue
      }
      if isWordScalar(scalar) {
        if let joiner = pendingJoiner {
          current.append(joiner)
          pendingJoiner = nil
        }
        current.append(scalar)
      } else if isMarkScalar(scalar), !current.isEmpty, pendingJoiner == nil {
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

  /// Rule 1: NFKC, with typographic apostrophes and hyphens as their ASCII forms.
  static func normalized(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    // Composed again: Foundation's NFKC on Linux leaves a mark that a compatibility mapping
    // produced uncomposed (`ﾎﾞ` as `ホ` and U+3099, not `ボ`), where JavaScript's composes it.
    let nfkc = text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
    for scalar in nfkc.unicodeScalars {
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{02BC}": scalars.append("'")
      case "\u{2010}", "\u{2011}": scalars.append("-")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Rule 6: lowercase, final sigma as sigma.
  static func fold(_ text: Substring) -> String {
    let lower = text.lowercased()
    guard lower.unicodeScalars.contains("\u{03C2}") else { return lower }
    return lower.replacingOccurrences(of: "\u{03C2}", with: "\u{03C3}")
  }

  /// Rule 4: negative contractions, as written once the apostrophe is gone.
  static let contractions: [String: [String]] = [
    "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
    "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
    "werent": ["were", "not"], "cant": ["can", "not"], "cannot": ["can", "not"],
    "couldnt": ["could", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
    "wont": ["will", "not"], "hasnt": ["has", "not"], "havent": ["have", "not"],
    "hadnt": ["had", "not"], "mustnt": ["must", "not"], "neednt": ["need", "not"],
    "aint": ["is", "not"],
  ]

  /// Words that say nothing on their own, as tokens; a query word that is one matches only
  /// inside a phrase or an identifier.
  static let stopWords: [String] = [
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing",
    "even", "for", "from", "get", "got", "had", "has", "have", "having", "he", "her", "here", "his", "how",
    "i",
    "if", "in", "into", "is", "it", "its", "just", "me", "might", "must", "my", "no", "nor", "not",
    "now", "of", "on", "only", "or", "our", "please", "saw", "see", "seem", "seen", "she", "should",
    "so", "some", "still",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "to", "too", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "why", "will", "with", "would", "yet", "you", "your", "keep",
  ].reduce(into: [String]()) { tokens, word in
    let token = stem(word)
    if !tokens.contains(token) { tokens.append(token) }
  }

  static let stopWordSet = Set(stopWords)

  static func isStopWord(_ token: String) -> Bool { stopWordSet.contains(token) }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  /// A combining mark (Unicode category M), which belongs to the letter before it.
  static func isMarkScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isJoinerScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar == "#" || scalar == "." || scalar == "-"
  }

  static func isJoiner(_ character: Character) -> Bool {
    character == "_" || character == "#" || character == "." || character == "-"
  }

  /// The pieces of a word part (rule 5): camelCase, and runs of unsegmented scripts; a part
  /// without boundaries is one piece.
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
      let scriptChange = isUnsegmented(previous) != isUnsegmented(scalar)
      if lowerToUpper || acronymEnd || scriptChange {
        pieces.append(part[start..<index])
        start = index
      }
    }
    pieces.append(part[start...])
    return pieces
  }

  /// `camelPieces` of an ASCII part, on its bytes.
  static func asciiCamelPieces(_ part: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    var pieces: [ArraySlice<UInt8>] = []
    var start = part.startIndex
    var index = part.startIndex + 1
    while index < part.endIndex {
      let previous = part[index - 1]
      let byte = part[index]
      let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
      let acronymEnd =
        isUpper(previous) && isUpper(byte) && index + 1 < part.endIndex && isLower(part[index + 1])
      if lowerToUpper || acronymEnd {
        pieces.append(part[start..<index])
        start = index
      }
      index += 1
    }
    pieces.append(part[start...])
    return pieces
  }

  /// Rule 7, a small English stemmer for tokens of four or more ASCII letters, in three steps:
  ///
  /// 1. plurals: `-ies` → `-y`, `-sses` → `-ss`, a final `s` not after `s`, `u` or `i` dropped;
  /// 2. `-ied` → `-y`; `-ed` (not `-eed`) and `-ing` dropped when what is left holds a vowel,
  ///    then a doubled final consonant other than `l`, `s`, `z` undoubled (`stopped` → `stop`)
  ///    when four letters or more are left, or an `e` put back after a short vowel–consonant end
  ///    (`timed` → `time`, `used` → `use`);
  /// 3. a final `e` dropped when four letters or more are left (`expire` and `expired` → `expir`).
  static func stem(_ token: String) -> String {
    let bytes = Array(token.utf8)
    guard bytes.count >= 4, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return token }
    return String(decoding: stem(bytes), as: UTF8.self)
  }

  /// `stem` on the bytes of a token; a token that is not four or more ASCII letters is kept.
  static func stem(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count >= 4, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return bytes }
    var word = bytes
    func ends(_ suffix: String) -> Bool {
      word.count >= suffix.utf8.count && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }
    if ends("ies"), word.count >= 5 {
      word.removeLast(3)
      word.append(0x79)
    } else if ends("sses") {
      word.removeLast(2)
    } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
      word.removeLast()
    }
    if ends("ied"), word.count >= 5 {
      word.removeLast(3)
      word.append(0x79)
    } else if ends("eed") {
      // `need`, `speed`: not a past tense.
    } else if ends("ed"), hasVowel(word.dropLast(2)) {
      word.removeLast(2)
      restoreEnd(&word)
    } else if ends("ing"), hasVowel(word.dropLast(3)) {
      word.removeLast(3)
      restoreEnd(&word)
    }
    if ends("e"), word.count >= 5 { word.removeLast() }
    return word
  }

  private static func restoreEnd(_ word: inout [UInt8]) {
    guard let last = word.last else { return }
    let previous = word.count >= 2 ? word[word.count - 2] : 0
    if word.count >= 4, last == previous, !isVowel(last), !"lsz".utf8.contains(last) {
      word.removeLast()
    } else if word.count <= 3, word.count >= 2, !isVowel(last), !"wxy".utf8.contains(last),
      isVowel(previous)
    {
      word.append(0x65)
    }
  }

  private static func isVowel(_ byte: UInt8) -> Bool { "aeiou".utf8.contains(byte) }

  private static func hasVowel(_ letters: ArraySlice<UInt8>) -> Bool {
    letters.enumerated().contains { offset, byte in isVowel(byte) || (byte == 0x79 && offset > 0) }
  }

  static func isASCIILower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
  static func isASCIIUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
  static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
