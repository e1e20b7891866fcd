import Foundation
import KBModel

/// The pipeline: check the content, render every file in memory, then write it atomically.
public struct SiteBuilder {
  public struct Summary: Sendable {
    public var pages: Int
    public var entries: Int
    public var bytes: Int
    public var files: [String]
  }

  public let site: Site
  public let templates: URL
  public let output: URL
  public let options: RenderOptions
  /// The committed list of published links; nil skips the check.
  public let lockFile: URL?

  public init(
    site: Site, templates: URL, output: URL, options: RenderOptions = RenderOptions(), lockFile: URL? = nil
  ) {
    self.site = site
    self.templates = templates
    self.output = output
    self.options = options
    self.lockFile = lockFile
  }

  /// Renders the site in memory without touching the disk.
  public func render() throws -> OutputTree {
    let diagnostics = ContentCheck.run(site, lockFile: lockFile)
    if diagnostics.hasErrors { throw BuildError.invalidContent(diagnostics) }
    let templateSet = try TemplateSet(directory: templates)
    var tree = try SiteRenderer(site: site, templates: templateSet, options: options).render()
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

  @discardableResult
  public func build() throws -> Summary {
    let tree = try render()
    try AtomicWriter(output: output).write(tree)
    return Summary(
      pages: tree.pageCount,
      entries: site.products.reduce(0) { $0 + $1.entries.count },
      bytes: tree.byteCount,
      files: tree.files.keys.sorted()
    )
  }
}
