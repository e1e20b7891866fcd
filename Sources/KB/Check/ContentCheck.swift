import Foundation
import KBModel

/// The content's own check: every rule of the content, and, when the content folder is given,
/// that every entry written in it is published.
enum ContentCheck {
  /// The problems in file order.
  static func run(_ site: Site, contentFolder: URL? = nil, lookup: Lookup? = nil) -> [Diagnostic] {
    let scanned = contentFolder.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
    // The two parts read the site only, so they run side by side.
    let parts = concurrentMap(2) { part -> [Diagnostic] in
      if part == 0 {
        return StageTimes.shared.measure("check: content rules") { Validator.check(site, lookup: lookup) }
      }
      guard let scanned else { return [] }
      let definitions = StageTimes.shared.measure("check: unlisted entries") {
        EntryDefinitions.scan(folder: scanned)
      }
      return EntryDefinitions.unpublished(site, definitions: definitions)
    }
    return (parts[0] + parts[1]).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
  }
}
