import Foundation
import KBModel

/// Everything `kb check` verifies: the content rules and, when a lock file exists, that no
/// published link would disappear.
enum ContentCheck {
  public static func run(_ site: Site, lockFile: URL?) -> [Diagnostic] {
    var diagnostics = Validator.check(site)
    if let lockFile, let text = try? String(contentsOf: lockFile, encoding: .utf8) {
      diagnostics += LinkLock.check(site, lockText: text, lockPath: DisplayPath.of(lockFile))
    }
    return diagnostics
  }
}
