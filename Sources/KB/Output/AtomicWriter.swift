import Foundation

/// Writes a build into a staging folder beside the output and swaps it in only when all of it is
/// written, so a failed build leaves the previous output exactly as it was.
public struct AtomicWriter {
  public let output: URL

  public init(output: URL) {
    self.output = output.standardizedFileURL
  }

  public func write(_ tree: OutputTree) throws {
    let manager = FileManager.default
    let parent = output.deletingLastPathComponent()
    let name = output.lastPathComponent
    let staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
    let retired = parent.appendingPathComponent(".\(name).old-\(getpid())")
    try? manager.removeItem(at: staging)
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      for path in tree.files.keys.sorted() {
        let target = staging.appendingPathComponent(path)
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let data = tree.files[path] else { continue }
        try data.write(to: target)
      }
    } catch {
      try? manager.removeItem(at: staging)
      throw BuildError.output("kb: error: cannot write the site next to \(output.path): \(error.localizedDescription); \(name)/ is unchanged")
    }
    let hadOutput = manager.fileExists(atPath: output.path)
    do {
      if hadOutput { try manager.moveItem(at: output, to: retired) }
      try manager.moveItem(at: staging, to: output)
    } catch {
      if hadOutput, !manager.fileExists(atPath: output.path) { try? manager.moveItem(at: retired, to: output) }
      try? manager.removeItem(at: staging)
      throw BuildError.output("kb: error: cannot replace \(output.path): \(error.localizedDescription); \(name)/ is unchanged")
    }
    try? manager.removeItem(at: retired)
  }
}
