import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a build into a staging folder beside the output and swaps it in only when all of it is
/// written, so a failed build leaves the previous output exactly as it was.
///
/// The output a build replaces is kept beside it as `.<name>.spare` and becomes the next build's
/// staging folder: only the files whose bytes differ are written again and the files the new
/// build no longer has are removed, so a rebuild creates almost no new file or folder. On ext4,
/// creating thousands of files right after deleting thousands took over half of a 2,000-entry
/// rebuild. The spare folder can be deleted at any time.
///
/// Each build claims its staging folder (`StagingClaim`); the folders a killed build left
/// behind, which no build claims any more, are removed by the next build.
struct AtomicWriter {
  let output: URL

  /// Something published with the output, such as the lock of published links: `stage` makes it
  /// ready beside its file before the output is swapped in, `commit` puts it in place right
  /// after, and `abandon` undoes `stage`. When `stage` or `commit` fails, the output is left (or
  /// put back) as it was, so both change or neither does.
  protocol Companion {
    func stage() throws
    func commit() throws
    func abandon()
  }

  init(output: URL) {
    self.output = output.standardizedFileURL
  }

  /// The previous output, kept to be reused as the next staging folder.
  var spare: URL {
    output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
  }

  func write(_ tree: OutputTree) throws {
    _ = try write { _ in tree }
  }

  /// Files a build made that the next build may keep as they are when nothing they depend on
  /// changed: the key says what they were made from, the files which they are and their sizes.
  struct Carried: Equatable, Sendable {
    var key: String
    var files: [String: Int]

    var text: String {
      ([key] + files.keys.sorted().map { "\($0)\t\(files[$0] ?? 0)" }).joined(separator: "\n") + "\n"
    }

    init(key: String, files: [String: Int]) {
      self.key = key
      self.files = files
    }

    init?(text: String) {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      guard let key = lines.first, !key.isEmpty else { return nil }
      lines.removeFirst()
      var files: [String: Int] = [:]
      for line in lines where !line.isEmpty {
        let parts = line.split(separator: "\t")
        guard parts.count == 2, let size = Int(parts[1]) else { return nil }
        files[String(parts[0])] = size
      }
      self.init(key: key, files: files)
    }
  }

  /// Beside the output: what of it a later build may carry over (`Carried`).
  var carriedFile: URL {
    output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).carried")
  }

  /// The same for the spare folder.
  var spareCarriedFile: URL {
    output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare.carried")
  }

  /// Writes like `write(rendering:)`, handing `render` what the staging folder already holds
  /// that a build with the same key made (nil when it starts from an empty folder or nothing is
  /// known), and records what the new output holds for the next build.
  func write(
    carrying key: String?, alongside companion: Companion? = nil,
    rendering render: (URL, Carried?) throws -> (OutputTree, Carried?)
  ) throws -> OutputTree {
    let manager = FileManager.default
    let previous = (try? String(contentsOf: spareCarriedFile, encoding: .utf8)).flatMap(Carried.init)
    try? manager.removeItem(at: spareCarriedFile)
    var carried: Carried?
    let tree = try write(alongside: companion) { staging, reused in
      let offered = reused && key != nil && previous?.key == key ? previous : nil
      let (tree, made) = try render(staging, offered)
      carried = made
      return tree
    }
    // The old output is now the spare folder, and what it carried goes with it.
    if manager.fileExists(atPath: spare.path) {
      try? manager.moveItem(at: carriedFile, to: spareCarriedFile)
    }
    try? manager.removeItem(at: carriedFile)
    if let carried { try? Data(carried.text.utf8).write(to: carriedFile) }
    return tree
  }

  /// Prepares the staging folder, lets `render` fill it (through an `OutputTree` spilling into
  /// it, or in memory), writes what the tree still holds in memory and swaps the folder in.
  /// Whatever fails, rendering included, the staging folder is removed and the output unchanged.
  func write(rendering render: (URL) throws -> OutputTree) throws -> OutputTree {
    try write { staging, _ in try render(staging) }
  }

  /// `render` also learns whether the staging folder is the previous output reused (true) or a
  /// new, empty one (false). A companion is published in the same step as the output.
  func write(
    alongside companion: Companion? = nil, rendering render: (URL, Bool) throws -> OutputTree
  ) throws -> OutputTree {
    let manager = FileManager.default
    let staging = folder("staging", of: getpid())
    let retired = folder("old", of: getpid())
    let unchanged = "\(output.lastPathComponent)/ is unchanged"
    let claim: StagingClaim
    do {
      try manager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
      claim = try StagingClaim.take(claimFile(of: getpid()).path)
    } catch {
      throw OutputError(
        "kb: error: cannot write the site next to \(output.path): \(error.localizedDescription); \(unchanged)"
      )
    }
    defer { claim.release() }
    removeAbandoned()
    // A build that had this process id before (a container's ids repeat) left these.
    try? manager.removeItem(at: staging)
    try? manager.removeItem(at: retired)
    let tree: OutputTree
    do {
      tree = try fill(staging, render: render)
      try companion?.stage()
    } catch {
      try? manager.removeItem(at: staging)
      companion?.abandon()
      // The renderer's and the companion's own errors pass through as they are.
      guard Self.isWriteFailure(error) else { throw error }
      throw OutputError(
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
      companion?.abandon()
      throw OutputError(
        "kb: error: cannot replace \(output.path): \(error.localizedDescription); \(unchanged)")
    }
    do {
      try companion?.commit()
    } catch {
      // The companion stays as it was, so the previous output goes back too.
      try? manager.moveItem(at: output, to: staging)
      if hadOutput { try? manager.moveItem(at: retired, to: output) }
      try? manager.removeItem(at: staging)
      companion?.abandon()
      throw error
    }
    if hadOutput, (try? manager.moveItem(at: retired, to: spare)) == nil {
      try? manager.removeItem(at: retired)
    }
    return tree
  }

  /// A build's folder beside the output: `staging` while it is written, `old` for the output it
  /// replaces while the two are swapped.
  func folder(_ role: String, of pid: Int32) -> URL {
    output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(role)-\(pid)")
  }

  /// The file a build holds its `StagingClaim` on.
  func claimFile(of pid: Int32) -> URL {
    folder("staging", of: pid).appendingPathExtension("lock")
  }

  /// Removes the staging and swap folders of builds that are gone, with their claim files.
  /// A claimed folder stays while a process holds the claim; one without a claim file (left by
  /// a kb from before claims) stays while a process has the id in its name.
  func removeAbandoned() {
    let parent = output.deletingLastPathComponent()
    let name = output.lastPathComponent
    var pids: Set<Int32> = []
    for item in Self.listing(parent.path) {
      for role in ["staging", "old"] {
        let prefix = ".\(name).\(role)-"
        let bare = item.name.hasSuffix(".lock") ? String(item.name.dropLast(5)) : item.name
        if let pid = RunningProcess.pid(after: prefix, in: bare), pid != getpid() { pids.insert(pid) }
      }
    }
    for pid in pids.sorted() {
      let claimFile = claimFile(of: pid).path
      let claim: StagingClaim?
      if FileManager.default.fileExists(atPath: claimFile) {
        guard let abandoned = StagingClaim.takeAbandoned(claimFile) else { continue }
        claim = abandoned
      } else {
        guard !RunningProcess.exists(pid) else { continue }
        claim = nil
      }
      for role in ["staging", "old"] { try? FileManager.default.removeItem(at: folder(role, of: pid)) }
      claim?.release()
    }
  }

  /// Renders into the staging folder, starting from the spare folder when there is one. Should
  /// writing into the reused folder fail (a folder where a file now goes, say), it starts again
  /// from an empty one, so a problem of the spare folder never fails a build.
  private func fill(_ staging: URL, render: (URL, Bool) throws -> OutputTree) throws -> OutputTree {
    let manager = FileManager.default
    if (try? manager.moveItem(at: spare, to: staging)) != nil {
      // A symbolic link inside would lead writes out of the folder, so such a folder is not reused.
      if Self.holdsSymbolicLink(staging.path) { try manager.removeItem(at: staging) }
    }
    if manager.fileExists(atPath: staging.path) {
      do {
        let tree = try render(staging, true)
        if tree.spillFailure == nil {
          try Self.writeFiles(tree, into: staging.path)
          try Self.removeFiles(notIn: tree.paths, from: staging)
          return tree
        }
      } catch  where Self.isWriteFailure(error) {}
      try manager.removeItem(at: staging)
    }
    try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    let tree = try render(staging, false)
    if let failure = tree.spillFailure { throw failure }
    try Self.writeFiles(tree, into: staging.path)
    return tree
  }

  /// Whether an error is the file system refusing a write, rather than the renderer failing.
  static func isWriteFailure(_ error: Error) -> Bool {
    error is FileWriteError || error is CocoaError || error is POSIXError
  }

  /// Removes every file and folder under `root` that is not one of `paths` or a folder of one.
  static func removeFiles(notIn paths: [String], from root: URL) throws {
    var folders: Set<String> = []
    for path in paths {
      var folder = Substring(path)
      while let slash = folder.lastIndex(of: "/") {
        folder = folder[..<slash]
        if !folders.insert(String(folder)).inserted { break }
      }
    }
    var stale: [String] = []
    collect(root.path, under: "", keeping: Set(paths), folders, into: &stale)
    for relative in stale {
      try FileManager.default.removeItem(atPath: root.path + "/" + relative)
    }
  }

  /// Whether a symbolic link sits anywhere under `directory`.
  static func holdsSymbolicLink(_ directory: String) -> Bool {
    listing(directory).contains { item in
      item.kind == .link || (item.kind == .folder && holdsSymbolicLink(directory + "/" + item.name))
    }
  }

  /// Walks a folder, collecting what is neither in `files` nor a folder of one.
  private static func collect(
    _ directory: String, under prefix: String, keeping files: Set<String>, _ folders: Set<String>,
    into stale: inout [String]
  ) {
    for item in listing(directory) {
      let relative = prefix + item.name
      if item.kind == .folder, folders.contains(relative) {
        collect(directory + "/" + item.name, under: relative + "/", keeping: files, folders, into: &stale)
      } else if item.kind == .folder || !files.contains(relative) {
        stale.append(relative)
      }
    }
  }

  enum ItemKind { case file, folder, link }

  /// The names in a folder and what each is, read with `readdir`, which tells them apart without
  /// a `stat` per file on most file systems.
  static func listing(_ directory: String) -> [(name: String, kind: ItemKind)] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var items: [(name: String, kind: ItemKind)] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      var type = entry.pointee.d_type
      if type == UInt8(DT_UNKNOWN) {
        var status = stat()
        let mode = lstat(directory + "/" + name, &status) == 0 ? status.st_mode & S_IFMT : 0
        type = mode == S_IFLNK ? UInt8(DT_LNK) : mode == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
      }
      let kind: ItemKind = type == UInt8(DT_DIR) ? .folder : type == UInt8(DT_LNK) ? .link : .file
      items.append((name, kind))
    }
    return items
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
