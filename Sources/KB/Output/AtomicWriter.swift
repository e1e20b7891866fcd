import Foundation

/// Writes a build into a staging folder beside the output and swaps it in only when all of it is
/// written, so a failed build leaves the previous output exactly as it was.
public struct AtomicWriter {
  public let output: URL

  public init(output: URL) {
    self.output = output.standardizedFileURL
  }

  public func write(_ tree: OutputTree) throws {
    _ = try write { _ in tree }
  }

  /// Creates the staging folder, lets `render` fill it (through an `OutputTree` spilling into
  /// it, or in memory), writes what the tree still holds in memory and swaps the folder in.
  /// Whatever fails, rendering included, the staging folder is removed and the output unchanged.
  public func write(rendering render: (URL) throws -> OutputTree) throws -> OutputTree {
    let manager = FileManager.default
    let parent = output.deletingLastPathComponent()
    let name = output.lastPathComponent
    let staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
    let retired = parent.appendingPathComponent(".\(name).old-\(getpid())")
    let unchanged = "\(name)/ is unchanged"
    try? manager.removeItem(at: staging)
    let tree: OutputTree
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      tree = try render(staging)
      if let failure = tree.spillFailure { throw failure }
      try Self.writeFiles(tree, into: staging.path)
    } catch let error as BuildError {
      try? manager.removeItem(at: staging)
      throw error
    } catch {
      try? manager.removeItem(at: staging)
      throw BuildError.output(
        "kb: error: cannot write the site next to \(output.path): \(error.localizedDescription); \(unchanged)"
      )
    }
    let hadOutput = manager.fileExists(atPath: output.path)
    do {
      if hadOutput { try manager.moveItem(at: output, to: retired) }
      try manager.moveItem(at: staging, to: output)
    } catch {
      if hadOutput, !manager.fileExists(atPath: output.path) {
        try? manager.moveItem(at: retired, to: output)
      }
      try? manager.removeItem(at: staging)
      throw BuildError.output(
        "kb: error: cannot replace \(output.path): \(error.localizedDescription); \(unchanged)")
    }
    try? manager.removeItem(at: retired)
    return tree
  }

  /// Writes the files a tree holds in memory, on all cores.
  static func writeFiles(_ tree: OutputTree, into root: String) throws {
    let paths = tree.files.keys.sorted()
    guard !paths.isEmpty else { return }
    let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
    let failures = FirstFailure()
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      for index in stride(from: lane, to: paths.count, by: lanes) {
        guard let data = tree.files[paths[index]] else { continue }
        if let failure = FileWriter.write(data, to: root + "/" + paths[index]) {
          failures.record(failure)
          return
        }
      }
    }
    if let failure = failures.first { throw failure }
  }
}

/// The first write failure any worker thread saw.
final class FirstFailure: @unchecked Sendable {
  private let lock = NSLock()
  private var failure: FileWriteError?

  func record(_ error: FileWriteError) {
    lock.lock()
    defer { lock.unlock() }
    if failure == nil { failure = error }
  }

  var first: FileWriteError? {
    lock.lock()
    defer { lock.unlock() }
    return failure
  }
}
