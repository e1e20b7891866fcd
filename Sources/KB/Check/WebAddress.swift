import Foundation
import KBModel

/// The one rule for every address a writer or an operator gives kb (`--site-url`, `--base-url`,
/// `--edit-url`, `--feedback-url`, support ticket URLs, guide URLs, links and images in prose):
/// only what a browser opens as a web page, never a scheme that runs script or reads files.
///
/// The test is an allow-list, so `javascript:`, `data:`, `vbscript:`, `file:` and any scheme yet
/// to be invented are refused in every spelling: any case, after spaces or control characters,
/// or hidden behind a character reference (`&#106;`, `&colon;`) or a percent escape (`%3A`).
package enum WebAddress {
  /// What an address may be.
  package enum Form: Sendable {
    /// An absolute `https://` or `http://` address with a host.
    case absolute
    /// An absolute address, or a path on the same site: `/kb/` or `docs/`.
    case absoluteOrPath
  }

  /// Why `text` is not an address of `form`, as a phrase that follows the address in a message
  /// (`'javascript:alert(1)' uses the javascript: scheme; …`); nil when it is one.
  package static func problem(_ text: String, _ form: Form) -> String? {
    if let scalar = text.unicodeScalars.first(where: isInvisible) {
      return "holds the invisible character \(VisibleText.escaped(String(scalar))); type the address again"
    }
    if text.unicodeScalars.contains(where: \.properties.isWhitespace) {
      return "holds a space; write spaces as %20"
    }
    if let bad = text.first(where: { "\"<>\\`".contains($0) }) {
      return "holds '\(bad)', which an address cannot hold; percent-encode it"
    }
    let lower = text.lowercased()
    if let prefix = ["https://", "http://"].first(where: lower.hasPrefix) {
      return hostProblem(text.dropFirst(prefix.count))
    }
    if let scheme = scheme(of: text) {
      return "uses the \(scheme): scheme; only https:// and http:// addresses are allowed"
    }
    switch form {
    case .absolute:
      return "is not an absolute https:// or http:// address, e.g. https://help.example.com/"
    case .absoluteOrPath:
      if text.hasPrefix("//") {
        return "starts with '//', another site's address without its scheme; write https:// in front"
      }
      if text.contains(where: { "&?#".contains($0) }) {
        return "is a path with '&', '?' or '#'; a path on the site is written like /kb/"
      }
      return nil
    }
  }

  /// Whether `text` is an address of `form`.
  package static func isValid(_ text: String, _ form: Form) -> Bool { problem(text, form) == nil }

  /// The scheme `text` would be read with, lower-cased, once character references and percent
  /// escapes are decoded as a browser or a later tool might: `java&#115;cript:x` is `javascript`.
  static func scheme(of text: String) -> String? {
    for form in [text, decoded(text)] {
      let head = form.prefix { !"/?#".contains($0) }
      guard let colon = head.firstIndex(of: ":") else { continue }
      let name = head[..<colon].lowercased().filter { !$0.isWhitespace }
      return name.isEmpty ? "empty" : name
    }
    return nil
  }

  /// `text` with percent escapes and HTML character references decoded, for the scheme test only.
  private static func decoded(_ text: String) -> String {
    var result = text
    for (reference, character) in [
      ("&colon;", ":"), ("&#58;", ":"), ("&#x3a;", ":"), ("&#0058;", ":"), ("%3a", ":"),
      ("&sol;", "/"), ("%2f", "/"), ("&num;", "#"), ("%23", "#"),
    ] {
      result = result.replacingOccurrences(of: reference, with: character, options: .caseInsensitive)
    }
    // Any other numeric reference (`&#106;`, `&#x6A`) decoded to its character.
    var output = ""
    var rest = result[...]
    while let amp = rest.firstIndex(of: "&") {
      output += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if after.hasPrefix("#") {
        let body = after.dropFirst()
        let hex = body.first == "x" || body.first == "X"
        let digits = (hex ? body.dropFirst() : body).prefix { hex ? $0.isHexDigit : $0.isNumber }
        if let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
          output.unicodeScalars.append(scalar)
          var next = (hex ? body.dropFirst() : body).dropFirst(digits.count)
          if next.first == ";" { next = next.dropFirst() }
          rest = next
          continue
        }
      }
      output += "&"
      rest = after
    }
    return output + rest
  }

  /// The host part after `https://` must be a name or an address, with an optional port.
  private static func hostProblem(_ rest: Substring) -> String? {
    let authority = rest.prefix { !"/?#".contains($0) }
    let host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
    if host.isEmpty || host.hasPrefix(":") { return "has no host after the scheme" }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]%_")
    if let bad = host.first(where: { !allowed.contains($0) && $0.isASCII }) {
      return "has '\(bad)' in its host"
    }
    return nil
  }

  /// Control characters (C0, DEL, C1) and the marks that reorder text (bidi embeddings,
  /// overrides and isolates), which no address holds and which make one read as another.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    VisibleText.isControl(scalar) || VisibleText.isBidiControl(scalar)
  }
}
