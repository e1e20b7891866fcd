import Foundation

/// Reads a page's tags the way a browser's parser nests them, as far as a verifier needs: the
/// elements must open and close in order (with HTML's few implied closes), attributes must end,
/// and it collects every `id` and every link a reader can follow or a page loads.
struct HTMLScanner {
  private let bytes: [UInt8]
  private var index = 0
  private var open: [String] = []
  private(set) var problems: [String] = []

  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  ]
  /// Elements whose text is not markup.
  static let rawText: Set<String> = ["script", "style", "textarea", "title"]
  /// Elements a browser closes by itself when their parent closes.
  static let impliedEnd: Set<String> = [
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "html", "body", "head",
  ]
  /// An element a new one closes when it is the open one: a `<li>` ends the `<li>` before it.
  static let closedBy: [String: Set<String>] = [
    "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "tr": ["tr", "td", "th"], "td": ["td", "th"],
    "th": ["td", "th"], "p": ["p"], "option": ["option"],
  ]
  /// The attributes that hold an address to follow or load, by element.
  static let linkAttributes: [String: String] = [
    "a": "href", "area": "href", "link": "href", "img": "src", "script": "src", "iframe": "src",
    "source": "src",
  ]

  init(_ text: String) { bytes = Array(text.utf8) }

  mutating func scan() -> SiteVerifier.Page {
    var page = SiteVerifier.Page()
    while let start = next(UInt8(ascii: "<")) {
      index = start + 1
      if starts(with: "!--") {
        guard let end = find("-->") else { return fail("a comment is never closed", page) }
        index = end + 3
      } else if starts(with: "!") || starts(with: "?") {
        guard let end = next(UInt8(ascii: ">")) else { return fail("a declaration is never closed", page) }
        index = end + 1
      } else if starts(with: "/") {
        index += 1
        let name = readName()
        guard let end = next(UInt8(ascii: ">")) else { return fail("</\(name) is never closed", page) }
        index = end + 1
        close(name)
      } else {
        let name = readName()
        if name.isEmpty { continue }  // a `<` in text
        guard let (attributes, selfClosing) = readAttributes(of: name) else { return page }
        if let id = attributes["id"] { page.ids.insert(id) }
        if name == "a", let anchor = attributes["name"] { page.ids.insert(anchor) }
        if let attribute = Self.linkAttributes[name], let link = attributes[attribute],
          !(name == "link" && attributes["rel"] == "preconnect")
        {
          page.links.append(decode(link))
        }
        if Self.voidElements.contains(name) || selfClosing { continue }
        if let top = open.last, Self.closedBy[name]?.contains(top) == true { open.removeLast() }
        if Self.rawText.contains(name) {
          guard let end = find("</\(name)", caseInsensitive: true) else {
            return fail("<\(name)> is never closed", page)
          }
          open.append(name)
          index = end
          continue
        }
        open.append(name)
      }
    }
    let unclosed = open.filter { !Self.impliedEnd.contains($0) }
    if let first = unclosed.first { problems.append("<\(first)> is never closed") }
    return page
  }

  private mutating func fail(_ problem: String, _ page: SiteVerifier.Page) -> SiteVerifier.Page {
    problems.append(problem)
    return page
  }

  private mutating func close(_ name: String) {
    guard let position = open.lastIndex(of: name) else {
      problems.append("</\(name)> closes an element that is not open")
      return
    }
    let inside = open[(position + 1)...]
    if let stray = inside.first(where: { !Self.impliedEnd.contains($0) }) {
      problems.append("</\(name)> closes <\(name)> while <\(stray)> inside it is still open")
    }
    open.removeSubrange(position...)
  }

  private func next(_ byte: UInt8) -> Int? {
    var at = index
    while at < bytes.count {
      if bytes[at] == byte { return at }
      at += 1
    }
    return nil
  }

  private func starts(with text: String) -> Bool {
    let pattern = Array(text.utf8)
    return index + pattern.count <= bytes.count && Array(bytes[index..<index + pattern.count]) == pattern
  }

  private func find(_ text: String, caseInsensitive: Bool = false) -> Int? {
    let pattern = Array(text.utf8).map { caseInsensitive ? Self.lower($0) : $0 }
    var at = index
    while at + pattern.count <= bytes.count {
      var matches = true
      for offset in 0..<pattern.count {
        let byte = caseInsensitive ? Self.lower(bytes[at + offset]) : bytes[at + offset]
        if byte != pattern[offset] {
          matches = false
          break
        }
      }
      if matches { return at }
      at += 1
    }
    return nil
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  private mutating func readName() -> String {
    let start = index
    while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
    return String(decoding: bytes[start..<index].map(Self.lower), as: UTF8.self)
  }

  /// The tag's attributes up to its `>`, and whether it ends with `/>`; nil when the tag never ends.
  private mutating func readAttributes(of tag: String) -> ([String: String], Bool)? {
    var attributes: [String: String] = [:]
    while true {
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else {
        problems.append("<\(tag) is never closed")
        return nil
      }
      if bytes[index] == UInt8(ascii: ">") {
        index += 1
        return (attributes, false)
      }
      if starts(with: "/>") {
        index += 2
        return (attributes, true)
      }
      let start = index
      while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
        bytes[index] != UInt8(ascii: ">"), !starts(with: "/>")
      {
        index += 1
      }
      if index == start { index += 1 }  // a stray `/`
      let name = String(decoding: bytes[start..<index].map(Self.lower), as: UTF8.self)
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        attributes[name] = ""
        continue
      }
      index += 1
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { continue }
      let quote = bytes[index]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        index += 1
        guard let end = next(quote) else {
          problems.append("the \(name) attribute of <\(tag)> has no closing quote")
          return nil
        }
        attributes[name] = String(decoding: bytes[index..<end], as: UTF8.self)
        index = end + 1
      } else {
        let valueStart = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
          index += 1
        }
        attributes[name] = String(decoding: bytes[valueStart..<index], as: UTF8.self)
      }
    }
  }

  /// An attribute's text with the character references kb writes decoded.
  private func decode(_ value: String) -> String {
    guard value.contains("&") else { return value }
    return value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
  }
}
