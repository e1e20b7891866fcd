import Foundation
import KBModel

/// The pipeline: check the content, render every file in memory, then write it atomically.
public struct SiteBuilder {
  public struct Summary: Sendable {
    public var pages: Int
    public var entries: Int
    public var bytes: Int
    public var files: [String]
    /// Links published for the first time, now in the lock file.
    public var newLinks: [String] = []
  }

  public let site: Site
  public let templates: URL
  public let output: URL
  public let options: RenderOptions
  /// The committed list of published links; nil skips the check.
  public let lockFile: URL?
  /// The Swift files the site was compiled from, to find entries no topic lists; nil skips that.
  public let contentFolder: URL?

  public init(
    site: Site, templates: URL, output: URL, options: RenderOptions = RenderOptions(),
    lockFile: URL? = nil, contentFolder: URL? = nil
  ) {
    self.site = site
    self.templates = templates
    self.output = output
    self.options = options
    self.lockFile = lockFile
    self.contentFolder = contentFolder
  }

  /// Renders the site in memory without touching the disk.
  public func render() throws -> OutputTree {
    try render(with: prepare(), spillingTo: nil)
  }

  /// Checks the content and reads the templates: everything that can fail before any writing.
  func prepare() throws -> TemplateSet {
    let diagnostics = ContentCheck.run(site, lockFile: lockFile, contentFolder: contentFolder)
    if diagnostics.hasErrors { throw BuildError.invalidContent(diagnostics) }
    return try TemplateSet(directory: templates)
  }

  /// Renders every file, writing each into `staging` as soon as it is rendered when one is given.
  func render(with templateSet: TemplateSet, spillingTo staging: URL?) throws -> OutputTree {
    var tree = try SiteRenderer(site: site, templates: templateSet, options: options).render(
      spillingTo: staging)
    let assets = templates.appendingPathComponent("assets")
    if FileManager.default.fileExists(atPath: assets.path) {
      try tree.addDirectory(assets, prefix: "assets/")
    }
    let schema = templates.appendingPathComponent(SitePaths.indexSchema)
    if let data = FileManager.default.contents(atPath: schema.path) {
      tree.add(file: SitePaths.indexSchema, data: data)
    }
    return tree
  }

  /// Checks, renders and writes the site; pages go to disk as they are rendered, so memory stays
  /// flat as the site grows, and the output is swapped in only once all of it is written.
  @discardableResult
  public func build() throws -> Summary {
    let templateSet = try prepare()
    let tree = try AtomicWriter(output: output).write { staging in
      try render(with: templateSet, spillingTo: staging)
    }
    var newLinks: [String] = []
    if let lockFile {
      do {
        newLinks = try LinkLock.recordNewLinks(site, lockFile: lockFile)
      } catch {
        throw BuildError.output(
          "\(lockFile.path): error: cannot record new links: \(error.localizedDescription)")
      }
    }
    return Summary(
      pages: tree.pageCount,
      entries: site.products.reduce(0) { $0 + $1.entries.count },
      bytes: tree.byteCount,
      files: tree.paths,
      newLinks: newLinks
    )
  }
}
