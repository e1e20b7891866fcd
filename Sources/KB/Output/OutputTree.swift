import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every file of a build: held in memory, or, when the tree spills into a staging folder as
/// `kb build` does, written there as soon as it is added so memory does not grow with the site.
struct OutputTree: Sendable {
  /// Relative path to contents, e.g. `lab-api/5/index.html`, for the files kept in memory.
  private(set) var files: [String: Data] = [:]
  /// Relative path to size in bytes, for the files already written to `spillDirectory`.
  private(set) var spilled: [String: Int] = [:]
  /// Where files are written as they are added; nil keeps every file in memory.
  let spillDirectory: String?
  /// The first file that could not be written to the spill directory.
  private(set) var spillFailure: FileWriteError?

  init(spillingTo directory: URL? = nil) {
    spillDirectory = directory?.standardizedFileURL.path
  }

  mutating func add(file path: String, text: String) {
    guard let root = spillDirectory else {
      files[path] = Data(text.utf8)
      return
    }
    record(path, size: text.utf8.count, FileWriter.write(text, to: root + "/" + path))
  }

  mutating func add(file path: String, data: Data) {
    guard let root = spillDirectory else {
      files[path] = data
      return
    }
    record(path, size: data.count, FileWriter.write(data, to: root + "/" + path))
  }

  private mutating func record(_ path: String, size: Int, _ problem: FileWriteError?) {
    if let problem {
      if spillFailure == nil { spillFailure = problem }
      return
    }
    spilled[path] = size
  }

  /// Adds a file whose text `produce` hands over in pieces. A spilling tree writes each piece
  /// as it comes, so a large file (`index.json` of a big site) never sits in memory whole.
  mutating func add(file path: String, streaming produce: ((String) -> Void) -> Void) {
    guard let root = spillDirectory else {
      var data = Data()
      produce { data.append(contentsOf: $0.utf8) }
      files[path] = data
      return
    }
    let stream = FileWriter.Stream(path: root + "/" + path)
    produce { stream.write($0) }
    addSpilled(path, size: stream.count, failure: stream.close())
  }

  /// Adds every file of another tree: those it holds in memory, and those it already wrote to
  /// the same spill folder, with its first write failure.
  mutating func add(contentsOf other: OutputTree) {
    for path in other.files.keys.sorted() {
      if let data = other.files[path] { add(file: path, data: data) }
    }
    for (path, size) in other.spilled { spilled[path] = size }
    if spillFailure == nil { spillFailure = other.spillFailure }
  }

  /// Makes files for this tree from any thread: a spilling tree's are written at once, and
  /// `add(_:)` records them, in whatever order the caller chooses.
  var maker: FileMaker { FileMaker(spillDirectory: spillDirectory) }

  /// A file a `FileMaker` made, waiting to be recorded in the tree.
  enum MadeFile: Sendable {
    case kept(String, Data)
    case written(String, size: Int, failure: FileWriteError?)
  }

  /// Records a file a `FileMaker` made.
  mutating func add(_ made: MadeFile) {
    switch made {
    case .kept(let path, let data): files[path] = data
    case .written(let path, let size, let failure): addSpilled(path, size: size, failure: failure)
    }
  }

  /// Whether the spill folder already holds every one of `files`, each a regular file of the size
  /// given, as a build with the same key left them; false for a tree that does not spill.
  func holdsAll(_ files: [String: Int]) -> Bool {
    guard let folder = spillDirectory, !files.isEmpty else { return false }
    return files.allSatisfy { path, size in
      var status = stat()
      return lstat(folder + "/" + path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        && Int(status.st_size) == size
    }
  }

  /// Records a file already in the spill directory, e.g. one a previous build left there.
  mutating func addSpilled(_ path: String, size: Int, failure: FileWriteError?) {
    if let failure {
      if spillFailure == nil { spillFailure = failure }
      return
    }
    spilled[path] = size
  }

  /// Adds a page at a directory path such as `lab-api/5/`.
  mutating func add(_ pagePath: String, html: String) {
    add(file: SitePaths.file(for: pagePath), text: html)
  }

  /// Copies every file under a folder, keeping relative paths, under `prefix`.
  mutating func addDirectory(_ directory: URL, prefix: String) throws {
    let manager = FileManager.default
    guard
      let enumerator = manager.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey])
    else {
      throw OutputError("\(DisplayPath.of(directory)): error: cannot read folder")
    }
    let base = directory.standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else {
        continue
      }
      let relative = String(url.standardizedFileURL.path.dropFirst(base.count))
      do {
        add(file: prefix + relative, data: try Data(contentsOf: url))
      } catch {
        throw OutputError("\(DisplayPath.of(url)): error: cannot read: \(error.localizedDescription)")
      }
    }
  }

  /// Every file's relative path, in memory or spilled, sorted.
  var paths: [String] { (Array(files.keys) + spilled.keys).sorted() }
  var pageCount: Int { paths.filter { $0.hasSuffix(".html") }.count }
  var byteCount: Int {
    files.values.reduce(0) { $0 + $1.count } + spilled.values.reduce(0, +)
  }
}

/// Writes a tree's files from worker threads, or hands their bytes back when the tree keeps its
/// files in memory.
struct FileMaker: Sendable {
  let spillDirectory: String?

  func make(_ path: String, text: String) -> OutputTree.MadeFile {
    guard let root = spillDirectory else { return .kept(path, Data(text.utf8)) }
    return .written(path, size: text.utf8.count, failure: FileWriter.write(text, to: root + "/" + path))
  }
}
