/// Lets long identifiers wrap only between their words: a page's text gets `<wbr>` after each
/// underscore, so `FAILED_TO_CREATE_CLASS` wraps as `FAILED_TO_CREATE_` / `CLASS` on a phone,
/// wherever it stands (a heading, a table, a symptom, prose), and never inside a word; and after
/// a slash inside an address or a path before a letter (`example.com/` / `support/`).
///
/// Tags and their attributes are copied as they are, and so is everything inside elements whose
/// text is not wrapped into lines or is not HTML (`pre`, `script`, `style`, `title`, `textarea`,
/// `template`, `svg`) and inside comments.
enum WordBreaks {
  static let untouched: [[UInt8]] = ["pre", "script", "style", "title", "textarea", "template", "svg"].map {
    Array($0.utf8)
  }

  static func afterUnderscores(inTextOf html: String) -> String {
    let bytes = Array(html.utf8)
    guard bytes.contains(where: { $0 == underscore || $0 == slash }) else { return html }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 64)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == lessThan {
        let end = endOfMarkup(bytes, from: index)
        output.append(contentsOf: bytes[index..<end])
        index = end
        continue
      }
      let previous = output.last
      output.append(byte)
      index += 1
      guard index < bytes.count else { continue }
      if byte == underscore, breaksAfterUnderscore(bytes, at: index) {
        output.append(contentsOf: wbr)
      } else if byte == slash, let previous, previous != UInt8(ascii: " "), previous != greaterThan,
        isLetter(bytes[index])
      {
        output.append(contentsOf: wbr)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static let underscore = UInt8(ascii: "_")
  private static let slash = UInt8(ascii: "/")
  private static let lessThan = UInt8(ascii: "<")
  private static let greaterThan = UInt8(ascii: ">")
  private static let wbr = Array("<wbr>".utf8)

  /// Whether a break after the underscore before `next` can help: not inside a run of
  /// underscores, not before a space, and not where a `<wbr>` already is.
  private static func breaksAfterUnderscore(_ bytes: [UInt8], at next: Int) -> Bool {
    let following = bytes[next]
    if following == underscore || following == UInt8(ascii: " ") || following == UInt8(ascii: "\n") {
      return false
    }
    return !starts(bytes, at: next, with: wbr.dropLast(), ignoringCase: true)
  }

  /// Where the markup starting at `start` (a `<`) ends: after a tag, after a comment, or after
  /// the closing tag of an element whose content stays untouched.
  private static func endOfMarkup(_ bytes: [UInt8], from start: Int) -> Int {
    if starts(bytes, at: start, with: Array("<!--".utf8)[...], ignoringCase: false) {
      return end(of: Array("-->".utf8), in: bytes, from: start + 4)
    }
    var index = start + 1
    var quote: UInt8?
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == greaterThan {
        break
      }
    }
    for name in untouched
    where starts(bytes, at: start + 1, with: name[...], ignoringCase: true)
      && start + 1 + name.count < bytes.count && !isNameByte(bytes[start + 1 + name.count])
    {
      let closing = Array("</".utf8) + name
      guard let found = first(closing, in: bytes, from: index) else { return bytes.count }
      return end(of: [greaterThan], in: bytes, from: found)
    }
    return index
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
  }

  private static func starts(
    _ bytes: [UInt8], at start: Int, with prefix: ArraySlice<UInt8>, ignoringCase: Bool
  )
    -> Bool
  {
    guard start + prefix.count <= bytes.count else { return false }
    for (offset, expected) in prefix.enumerated() {
      let actual = bytes[start + offset]
      let lowered =
        ignoringCase && actual >= UInt8(ascii: "A") && actual <= UInt8(ascii: "Z") ? actual + 32 : actual
      if lowered != expected { return false }
    }
    return true
  }

  private static func first(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + needle.count <= bytes.count {
      if starts(bytes, at: index, with: needle[...], ignoringCase: true) { return index }
      index += 1
    }
    return nil
  }

  /// The index just after the first `needle` from `start`, or the end of the text.
  private static func end(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
    first(needle, in: bytes, from: start).map { $0 + needle.count } ?? bytes.count
  }
}
