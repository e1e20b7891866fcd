import Foundation
import KBModel

/// Files in a knowledge base's `templates/` folder that replace nothing: a template or schema
/// whose name no theme file has is most likely misspelled (`entyr.mustache`), and would be
/// ignored without a word. New files under `assets/` are the knowledge base's own and are fine.
enum TemplateFolderCheck {
  static func unknownFiles(in templates: URL?) -> [Diagnostic] {
    guard let templates else { return [] }
    let theme = Set(files(in: Theme.templates))
    let themeNames = theme.sorted()
    return files(in: templates).sorted().compactMap { path in
      if theme.contains(path) || path.hasPrefix("assets/") || path.hasPrefix(".") || isNotes(path) {
        return nil
      }
      let hint = Suggestion.didYouMean(path, among: themeNames)
      return Diagnostic(
        .warning, SourceLocation(file: "templates/\(path)", line: 1),
        "'\(path)' replaces no file of kb's theme and is not used\(hint); new files belong in templates/assets/"
      )
    }
  }

  /// README and other notes beside the templates.
  private static func isNotes(_ path: String) -> Bool {
    let lower = path.lowercased()
    return !path.contains("/") && (lower.hasSuffix(".md") || lower.hasSuffix(".txt"))
  }

  /// Every file under `folder`, by its path relative to it.
  static func files(in folder: URL) -> [String] {
    let base = folder.standardizedFileURL.path + "/"
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var paths: [String] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
    }
    return paths
  }
}
