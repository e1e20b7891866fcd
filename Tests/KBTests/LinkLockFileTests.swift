import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

#if canImport(Glibc)
  import Glibc
#endif

/// The lock is the promise to support: whatever state its file is in, kb never forgets a link
/// silently, never replaces a lock it cannot read, and says at `links.lock` what is wrong.
@Suite("The lock file, in every state it can be found in")
struct LinkLockFileTests {
  static let published = Fixtures.site(entries: [Fixtures.entry(.code("7")), Fixtures.entry(.code("42"))])
  /// The content after an entry was removed and a new one added.
  static let changed = Fixtures.site(entries: [Fixtures.entry(.code("42")), Fixtures.entry(.code("99"))])
  static let lockText = LinkLock.updated(published, lockText: nil, dropping: []).lock.text

  /// A folder with a lock of `bytes` (none when nil) and a builder of `site` writing beside it.
  struct Workspace {
    let root: URL
    var lock: URL { root.appendingPathComponent("links.lock") }
    var output: URL { root.appendingPathComponent("public") }
    /// The lock as diagnostics name it.
    var shown: String { DisplayPath.of(lock) }

    init(lock bytes: [UInt8]?) throws {
      root = try SiteTestSupport.temporaryDirectory()
      if let bytes { try Data(bytes).write(to: lock) }
    }

    func builder(_ site: Site = LinkLockFileTests.changed, publish: Bool) -> SiteBuilder {
      var builder = SiteBuilder(
        site: site, templates: SiteTestSupport.templates, output: output, lockFile: lock)
      builder.publish = publish
      return builder
    }

    /// Every error of a build, or none when it succeeded.
    func buildErrors(_ site: Site = LinkLockFileTests.changed, publish: Bool) -> String? {
      do {
        try builder(site, publish: publish).build()
        return nil
      } catch {
        return "\(error)"
      }
    }

    func lockBytes() -> Data? { FileManager.default.contents(atPath: lock.path) }
  }

  @Test(
    "a missing lock is an error of the check and of every build, and no build starts one",
    arguments: [false, true])
  func missingLock(publish: Bool) throws {
    let workspace = try Workspace(lock: nil)
    let errors = workspace.builder(publish: publish).check().errors.map(\.description)
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("\(workspace.shown): error: there is no lock of published links") == true)
    #expect(errors.first?.contains("`kb lock --init`") == true)
    #expect(
      workspace.buildErrors(publish: publish)?.contains("\(workspace.shown): error: there is no lock") == true
    )
    #expect(!FileManager.default.fileExists(atPath: workspace.lock.path))
    #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
  }

  @Test("an emptied lock is an error, not a lock without links", arguments: ["", "\n", "  \r\n\n"])
  func emptiedLock(text: String) throws {
    let workspace = try Workspace(lock: Array(text.utf8))
    let errors = workspace.builder(publish: true).check().errors.map(\.description)
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix("\(workspace.shown): error: the lock is an empty file") == true, "\(errors)")
    #expect(workspace.buildErrors(publish: true) != nil)
    #expect(workspace.lockBytes() == Data(text.utf8))
    #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
  }

  @Test("the lock kb init writes holds no link and passes the check")
  func startedLock() throws {
    let workspace = try Workspace(lock: Array(LinkLock(links: []).text.utf8))
    #expect(workspace.builder(publish: false).check().isEmpty)
  }

  static let unreadable: [(name: String, bytes: [UInt8], says: String, line: Int)] = {
    let text = Array(lockText.utf8)
    let utf16LE = Array(lockText.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let utf16BE = Array(lockText.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let utf32 = Array(lockText.unicodeScalars).flatMap { scalar -> [UInt8] in
      let value = scalar.value
      return [
        UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24),
      ]
    }
    // "# Links für Support" in Latin-1, and a Windows-1252 curly quote, on line 3.
    let lines = lockText.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
    func withLine3(_ bytes: [UInt8]) -> [UInt8] {
      Array((lines[..<2] + [bytes] + lines[2...]).joined(separator: [0x0A]))
    }
    return [
      ("UTF-16 with a byte-order mark, little-endian", [0xFF, 0xFE] + utf16LE, "UTF-16", 1),
      ("UTF-16 with a byte-order mark, big-endian", [0xFE, 0xFF] + utf16BE, "UTF-16", 1),
      ("UTF-16 without a byte-order mark", utf16LE, "NUL byte", 1),
      ("UTF-32", [0xFF, 0xFE, 0x00, 0x00] + utf32, "UTF-32", 1),
      ("Latin-1", withLine3(Array("# Links f".utf8) + [0xFC] + Array("r Support".utf8)), "not UTF-8", 3),
      ("Windows-1252", withLine3([0x93] + Array("demo/7/".utf8) + [0x94]), "not UTF-8", 3),
      ("a truncated UTF-8 sequence", text + [0xE2, 0x82], "not UTF-8", lines.count),
      ("binary data", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], "NUL byte", 1),
    ]
  }()

  @Test(
    "a lock in another encoding is an error at links.lock, and is never replaced",
    arguments: unreadable.indices)
  func otherEncodings(index: Int) throws {
    let form = Self.unreadable[index]
    let workspace = try Workspace(lock: form.bytes)
    let errors = workspace.builder(publish: true).check().errors
    let prefix = "\(workspace.shown):\(form.line): error: "
    #expect(errors.count == 1, "\(form.name)")
    #expect(
      errors.first?.description.hasPrefix(prefix + "cannot read the lock: ") == true,
      "\(form.name): \(errors)")
    #expect(errors.first?.message.contains(form.says) == true, "\(form.name)")
    #expect(workspace.buildErrors(publish: true) != nil)
    #expect(workspace.lockBytes() == Data(form.bytes), "\(form.name)")
    #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
  }

  @Test("a lock with a UTF-8 byte-order mark is read as the same lock")
  func utf8ByteOrderMark() throws {
    let workspace = try Workspace(lock: [0xEF, 0xBB, 0xBF] + Array(Self.lockText.utf8))
    #expect(workspace.builder(Self.published, publish: false).check().isEmpty)
  }

  enum NotAFile: String, CaseIterable {
    case folder, danglingSymbolicLink, pipe
  }

  @Test("a lock that is not a file is an error, and stays as it is", arguments: NotAFile.allCases)
  func notAFile(kind: NotAFile) throws {
    let workspace = try Workspace(lock: nil)
    switch kind {
    case .folder:
      try FileManager.default.createDirectory(at: workspace.lock, withIntermediateDirectories: false)
    case .danglingSymbolicLink:
      try FileManager.default.createSymbolicLink(
        atPath: workspace.lock.path, withDestinationPath: "gone.lock")
    case .pipe: #expect(mkfifo(workspace.lock.path, 0o644) == 0)
    }
    let errors = workspace.builder(publish: true).check().errors.map(\.description)
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("\(workspace.shown): error: cannot read the lock: ") == true, "\(errors)")
    #expect(workspace.buildErrors(publish: true) != nil)
    var status = stat()
    #expect(lstat(workspace.lock.path, &status) == 0)
    let type = status.st_mode & S_IFMT
    #expect(type == (kind == .folder ? S_IFDIR : kind == .pipe ? S_IFIFO : S_IFLNK))
  }

  @Test("a lock the user may not read is an error, not an empty lock")
  func permissionDenied() throws {
    let workspace = try Workspace(lock: Array(Self.lockText.utf8))
    #expect(chmod(workspace.lock.path, 0o000) == 0)
    defer { chmod(workspace.lock.path, 0o644) }
    let errors = workspace.builder(publish: true).check().errors.map(\.description)
    if geteuid() == 0 {
      // Root could read it: the lock's links are checked as usual.
      #expect(errors.contains { $0.contains("published link 'demo/7/' would disappear") })
    } else {
      #expect(
        errors == [
          "\(workspace.shown): error: cannot read the lock: Permission denied; kb leaves it as it is"
        ])
    }
    #expect(workspace.buildErrors(publish: true) != nil)
    chmod(workspace.lock.path, 0o644)
    #expect(workspace.lockBytes() == Data(Self.lockText.utf8))
  }

  // MARK: Merge conflicts

  static let conflicts: [(name: String, text: String, firstMarker: Int)] = {
    let header = LinkLock.header.joined(separator: "\n") + "\n"
    let base = "demo/#42\ndemo/42/\n"
    return [
      (
        "a merge", header + base + "<<<<<<< HEAD\ndemo/7/\n=======\ndemo/8/\n>>>>>>> feature\ne/42/\n",
        5
      ),
      (
        "a merge with the base (diff3)",
        header + base
          + "<<<<<<< HEAD\ndemo/7/\n||||||| merged common ancestors\ndemo/6/\n=======\ndemo/8/\n>>>>>>> feature\n",
        5
      ),
      (
        "zdiff3 with CRLF line ends",
        (header + base + "<<<<<<< ours\ndemo/7/\n||||||| base\n=======\ndemo/8/\n>>>>>>> theirs\n")
          .replacingOccurrences(of: "\n", with: "\r\n"),
        5
      ),
      ("markers without labels", header + base + "<<<<<<<\ndemo/7/\n=======\ndemo/8/\n>>>>>>>\n", 5),
      (
        "longer markers (conflict-marker-size=9)",
        header + base + "<<<<<<<<< HEAD\ndemo/7/\n=========\ndemo/8/\n>>>>>>>>> feature\n", 5
      ),
      ("a leftover separator", header + base + "demo/7/\n=======\ndemo/8/\n", 6),
      ("a conflict never closed", header + base + "<<<<<<< HEAD\ndemo/7/\n=======\ndemo/8/\n", 5),
      (
        "another tool's conflict (jj)",
        header + base
          + "<<<<<<< Conflict 1 of 1\n%%%%%%% Changes from base to side #1\n+demo/7/\n+++++++ Contents of side #2\ndemo/8/\n>>>>>>> Conflict 1 of 1 ends\n",
        5
      ),
    ]
  }()

  @Test(
    "merge-conflict markers are errors that say how to resolve them, never links",
    arguments: conflicts.indices)
  func conflictMarkers(index: Int) throws {
    let form = Self.conflicts[index]
    let workspace = try Workspace(lock: Array(form.text.utf8))
    let errors = workspace.builder(publish: true).check().errors
    let markers = errors.filter { $0.message.contains("`kb lock --resolve`") }
    #expect(!markers.isEmpty, "\(form.name)")
    #expect(markers.first?.location.line == form.firstMarker, "\(form.name): \(errors)")
    #expect(
      !errors.contains { $0.message.contains("'<<<<<<<") && $0.message.contains("would disappear") },
      "\(form.name): a marker is no published link")
    #expect(
      !LinkLock.parse(form.text).contains { $0.link.hasPrefix("<<<<<<<") || $0.link.hasPrefix("=======") })
    #expect(workspace.buildErrors(publish: true) != nil)
    #expect(workspace.lockBytes() == Data(form.text.utf8), "\(form.name)")
  }

  @Test("resolving a conflict keeps the links of both sides (and the base), without markers")
  func resolvingKeepsBothSides() throws {
    let text = try #require(Self.conflicts.first { $0.name.contains("diff3") }).text
    guard case .resolved(let resolved) = LinkLock.resolving(text, lockPath: "links.lock") else {
      Issue.record("the conflict was not resolved")
      return
    }
    #expect(resolved.links == ["demo/#42", "demo/42/", "demo/6/", "demo/7/", "demo/8/"])
    #expect(LinkLock.scan(resolved.text).markers.isEmpty)
    guard case .noConflict = LinkLock.resolving(Self.lockText, lockPath: "links.lock") else {
      Issue.record("a lock without conflicts was resolved")
      return
    }
  }

  @Test("resolving refuses a lock that has lines that are neither links nor markers, which it would lose")
  func resolvingKeepsOddLines() {
    let text = "<<<<<<< HEAD\ndemo/7/\n=======\ndemo 8/\n>>>>>>> b\n"
    guard case .refused(let problems) = LinkLock.resolving(text, lockPath: "links.lock") else {
      Issue.record("resolved a lock with a line that is no link")
      return
    }
    #expect(
      problems.map(\.description) == [
        "links.lock:4: error: 'demo 8/' is no link: links hold no spaces or control characters; correct or remove the line"
      ])
  }

  @Test(
    "a line with spaces or control characters inside is no link",
    arguments: ["demo /7/", "demo/\u{7}7/", "de\u{200B}mo/"])
  func malformedLines(line: String) {
    let scan = LinkLock.scan("# header\n\(line)\n")
    #expect(scan.links.isEmpty)
    #expect(scan.malformed.map(\.line) == [2])
  }

  // MARK: Read-only locks

  @Test(
    "a read-only lock is respected, even by root: a publishing build with new links fails before writing",
    arguments: [0o444, 0o400, 0o440, 0o555])
  func readOnlyLock(mode: Int) throws {
    let workspace = try Workspace(lock: Array(Self.lockText.utf8))
    #expect(chmod(workspace.lock.path, mode_t(mode)) == 0)
    defer { chmod(workspace.lock.path, 0o644) }
    let grown = Fixtures.site(
      entries: Self.published.products[0].topics[0].entries + [Fixtures.entry(.code("99"))])
    let errors = workspace.buildErrors(grown, publish: true) ?? ""
    #expect(
      errors.hasPrefix(
        "\(workspace.shown): error: this build publishes 3 new link(s) and cannot record them in the lock: it is read-only (mode \(String(mode, radix: 8)))"
      ), "\(errors)")
    #expect(workspace.builder(grown, publish: true).check().isEmpty, "kb check publishes nothing")
    #expect(!FileManager.default.fileExists(atPath: workspace.output.path), "nothing was published")
    #expect(workspace.lockBytes() == Data(Self.lockText.utf8))
    var status = stat()
    #expect(stat(workspace.lock.path, &status) == 0 && Int(status.st_mode & 0o7777) == mode)
    // Nothing new to record: the lock is only read, so the build goes ahead.
    #expect(workspace.buildErrors(Self.published, publish: true) == nil)
    // A preview never writes the lock either.
    #expect(workspace.buildErrors(grown, publish: false) == nil)
    #expect(workspace.lockBytes() == Data(Self.lockText.utf8))
  }

  @Test("the lock's own checks report every problem in one run, each at its line")
  func allProblemsInOneRun() throws {
    let text = Self.lockText + "<<<<<<< HEAD\ndemo/5/\n=======\n>>>>>>> b\nnot a link\n"
    let workspace = try Workspace(lock: Array(text.utf8))
    let errors = workspace.builder(publish: false).check().errors
    #expect(errors.contains { $0.message.contains("merge conflict") })
    #expect(errors.contains { $0.message.contains("'not a link' is no link") })
    #expect(errors.contains { $0.message.contains("'demo/7/' would disappear") })
    #expect(errors.contains { $0.message.contains("'demo/5/' would disappear") })
  }

  @Test("a problem of the whole lock file prints without a line number")
  func wholeFileDiagnostic() {
    let diagnostic = Diagnostic(.error, SourceLocation(file: "links.lock", line: 0), "m")
    #expect(diagnostic.description == "links.lock: error: m")
    #expect(
      Diagnostic(.error, SourceLocation(file: "links.lock", line: 3), "m").description
        == "links.lock:3: error: m")
  }
}
