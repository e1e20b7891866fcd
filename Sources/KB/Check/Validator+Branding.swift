import Foundation
import KBModel

extension Validator {
  /// The site's branding: addresses, colours and the shape of its file paths. Whether the files
  /// exist is `brandingFiles(_:templates:)`'s, which knows the templates folder.
  mutating func checkBranding() {
    let branding = site.branding
    let at = branding.location
    for (field, path) in Self.brandingPaths(branding) where !Self.isAssetPath(path) {
      error(
        at,
        "branding \(field) '\(path)' is not a file in templates/assets/; write it as 'assets/\(Self.fileName(path))'"
      )
    }
    if let colors = branding.colors {
      for (mode, color) in [("light", colors.light), ("dark", colors.dark)] {
        if let color, !Self.isHexColor(color) {
          error(
            at,
            "branding \(mode) colour '\(color)' is not a colour written as #rgb or #rrggbb, e.g. '#0a5cad'")
        }
      }
    }
    for (place, links) in [("footer link", branding.footerLinks), ("navigation link", branding.navigation)] {
      for link in links {
        requireText(link.title, "\(place) title", at: at)
        if let problem = WebAddress.problem(link.url, .absolute) {
          error(
            at,
            "\(place) '\(link.title)' has the address '\(link.url)', which \(problem)"
          )
        }
      }
    }
  }

  /// Every file the branding names, by the field that names it.
  static func brandingPaths(_ branding: Branding) -> [(String, String)] {
    [("logo", branding.logo), ("favicon", branding.favicon), ("extraCSS", branding.extraCSS)].compactMap {
      field, path in
      path.map { (field, $0) }
    }
  }

  /// `assets/…`, relative, without `..`: a file the build copies from `templates/assets/`.
  static func isAssetPath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count >= 2 && parts[0] == "assets"
      && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
      && !path.contains(where: { $0.isWhitespace || $0 == "\\" || $0 == "?" || $0 == "#" })
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// `#rgb` or `#rrggbb` in hexadecimal digits.
  static func isHexColor(_ text: String) -> Bool {
    guard text.hasPrefix("#") else { return false }
    let digits = text.dropFirst()
    return (digits.count == 3 || digits.count == 6) && digits.allSatisfy(\.isHexDigit)
  }

  /// The branding's files that the templates folder does not have, at the `Branding(` line.
  static func brandingFiles(_ branding: Branding, templates: URL?) -> [Diagnostic] {
    brandingPaths(branding).compactMap { field, path in
      guard isAssetPath(path) else { return nil }
      // The knowledge base's own file, or the theme's of the same name.
      let folders = (templates.map { [$0] } ?? []) + [Theme.templates]
      if folders.contains(where: {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent(path).path)
      }) {
        return nil
      }
      return Diagnostic(
        .error, branding.location,
        "branding \(field) '\(path)' does not exist; put the file at templates/\(path)")
    }
  }
}
