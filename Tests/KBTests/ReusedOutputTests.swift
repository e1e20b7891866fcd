import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

@Suite("rebuilds reuse the previous output as their staging folder")
struct ReusedOutputTests {
  let support = SiteTestSupport.self

  static let sites: [Site] = [
    Fixtures.site(entries: [Fixtures.entry(), Fixtures.entry(.code("7"))]),
    Fixtures.site(entries: [Fixtures.entry(title: "Something else failed")]),
    Fixtures.site(entries: [Fixtures.entry(), Fixtures.entry(.code("9"), title: "A new failure")]),
  ]

  func build(_ site: Site, into output: URL) throws {
    try SiteBuilder(site: site, templates: support.templates, output: output).build()
  }

  /// What a build of `site` into an empty folder holds.
  func fresh(_ site: Site) throws -> [String: Data] {
    let output = try support.temporaryDirectory().appendingPathComponent("public")
    try build(site, into: output)
    return support.snapshot(output)
  }

  @Test("every rebuild holds exactly what a build into an empty folder holds")
  func rebuildsMatchFreshBuilds() throws {
    let output = try support.temporaryDirectory().appendingPathComponent("public")
    let writer = AtomicWriter(output: output)
    for site in Self.sites + Self.sites.reversed() {
      try build(site, into: output)
      #expect(support.snapshot(output) == (try fresh(site)))
    }
    #expect(FileManager.default.fileExists(atPath: writer.spare.path))
  }

  func build(_ site: Site, into output: URL, indexKey: String?) throws {
    var builder = SiteBuilder(site: site, templates: support.templates, output: output)
    builder.indexKey = indexKey
    try builder.build()
  }

  @Test("a build with the previous build's index key keeps its index files; another key remakes them")
  func indexKey() throws {
    let output = try support.temporaryDirectory().appendingPathComponent("public")
    let writer = AtomicWriter(output: output)
    let site = Self.sites[0]
    // Two builds, so that the spare folder holds a build made with the key.
    try build(site, into: output, indexKey: "one")
    try build(site, into: output, indexKey: "one")
    #expect(FileManager.default.fileExists(atPath: writer.spareCarriedFile.path))
    // Mark the spare folder's index.json, keeping its size: only a kept file still has the mark.
    let spareIndex = writer.spare.appendingPathComponent("index.json")
    let original = try Data(contentsOf: spareIndex)
    let marked = Data(original.map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "\t") : $0 })
    #expect(marked != original)
    try marked.write(to: spareIndex)
    try build(site, into: output, indexKey: "one")
    #expect(try Data(contentsOf: output.appendingPathComponent("index.json")) == marked)
    // Every other file is what a build into an empty folder makes.
    var kept = support.snapshot(output)
    var made = try fresh(site)
    kept["index.json"] = nil
    made["index.json"] = nil
    #expect(kept == made)

    // Another key: the index is made again, whatever the folder holds.
    let another = writer.spare.appendingPathComponent("index.json")
    try Data(try Data(contentsOf: another).map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "\t") : $0 })
      .write(to: another)
    try build(Self.sites[1], into: output, indexKey: "two")
    #expect(support.snapshot(output) == (try fresh(Self.sites[1])))
    // No key: always made.
    try build(Self.sites[1], into: output, indexKey: nil)
    try build(Self.sites[1], into: output, indexKey: nil)
    #expect(support.snapshot(output) == (try fresh(Self.sites[1])))
    #expect(!FileManager.default.fileExists(atPath: writer.carriedFile.path))
  }

  @Test("a kept index file that is missing or of another size is made again")
  func indexKeyMissingFile() throws {
    let output = try support.temporaryDirectory().appendingPathComponent("public")
    let writer = AtomicWriter(output: output)
    let site = Self.sites[2]
    for _ in 0..<2 { try build(site, into: output, indexKey: "same") }
    try FileManager.default.removeItem(at: writer.spare.appendingPathComponent(SearchIndex.jsonFile))
    try build(site, into: output, indexKey: "same")
    #expect(support.snapshot(output) == (try fresh(site)))
    try Data("{}".utf8).write(to: writer.spare.appendingPathComponent("index.json"))
    try build(site, into: output, indexKey: "same")
    #expect(support.snapshot(output) == (try fresh(site)))
  }

  /// A folder holding two builds of `site`: the output and, beside it, the spare folder.
  func builtTwice(_ site: Site) throws -> (root: URL, output: URL, spare: URL) {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    try build(site, into: output)
    try build(site, into: output)
    return (root, output, AtomicWriter(output: output).spare)
  }

  @Test("stray files, a folder where a page goes and a symlink in the spare folder change nothing")
  func strayFilesInSpareFolder() throws {
    let site = Self.sites[0]
    let (root, output, spare) = try builtTwice(site)
    let manager = FileManager.default
    try manager.createDirectory(
      at: spare.appendingPathComponent("old/deep"), withIntermediateDirectories: true)
    try Data("stale".utf8).write(to: spare.appendingPathComponent("old/deep/page.html"))
    try manager.removeItem(at: spare.appendingPathComponent("codes/index.html"))
    try manager.createDirectory(
      at: spare.appendingPathComponent("codes/index.html"), withIntermediateDirectories: true)
    let outside = root.appendingPathComponent("outside.txt")
    try Data("not kb's".utf8).write(to: outside)
    try manager.removeItem(at: spare.appendingPathComponent("index.html"))
    try manager.createSymbolicLink(
      at: spare.appendingPathComponent("index.html"), withDestinationURL: outside)

    try build(site, into: output)

    #expect(support.snapshot(output) == (try fresh(site)))
    #expect(try Data(contentsOf: outside) == Data("not kb's".utf8))
  }

  @Test("a spare folder holding a linked folder is not reused, so no write leaves the output")
  func linkedFolderInSpareFolder() throws {
    let site = Self.sites[0]
    let (root, output, spare) = try builtTwice(site)
    let manager = FileManager.default
    let elsewhere = root.appendingPathComponent("elsewhere")
    try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try manager.removeItem(at: spare.appendingPathComponent("demo"))
    try manager.createSymbolicLink(at: spare.appendingPathComponent("demo"), withDestinationURL: elsewhere)

    try build(site, into: output)

    #expect(try manager.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    #expect(support.snapshot(output) == (try fresh(site)))
  }

  @Test("a page hard-linked out of the output keeps its bytes through later rebuilds")
  func hardLinkedCopyKeepsBytes() throws {
    let root = try support.temporaryDirectory()
    let output = root.appendingPathComponent("public")
    try build(Self.sites[0], into: output)
    try build(Self.sites[1], into: output)
    let page = output.appendingPathComponent("demo/42/index.html")
    let kept = root.appendingPathComponent("kept.html")
    try FileManager.default.linkItem(at: page, to: kept)
    let before = try Data(contentsOf: kept)
    // The second of these reuses the folder that holds the linked page.
    try build(Self.sites[2], into: output)
    try build(Self.sites[0], into: output)
    #expect(try Data(contentsOf: kept) == before)
    #expect(try Data(contentsOf: page) != before)
  }
}
