import Foundation
import KBModel

/// The pipeline: check the content and templates, render every file in memory, then write it
/// atomically.
public struct SiteBuilder: Sendable {
  public struct Summary: Sendable {
    public var pages: Int
    public var entries: Int
    public var bytes: Int
    public var files: [String]
    /// Links published for the first time, now in the lock file.
    public var newLinks: [String] = []
  }

  public let site: Site
  /// The knowledge base's own templates: each file replaces the default theme's file of the
  /// same name, `assets/` included; nil or a missing folder uses the default theme alone.
  public let templates: URL?
  public let output: URL
  public let options: RenderOptions
  /// The committed list of published links; nil skips the check.
  public let lockFile: URL?
  /// The Swift files the site was compiled from, to find entries no topic lists; nil skips that.
  public let contentFolder: URL?
  /// The site's entries, diagrams and steps by name, made once for the check and the pages.
  let lookup: Lookup
  /// What the content and options of this build are, e.g. the identity of the executable the
  /// content is compiled into and the options: a build whose key equals the previous build's
  /// keeps that build's `index.json` and search index instead of making them again. Nil (the
  /// default) always makes them; the key must change whenever the content might have.
  public var indexKey: String?
  /// Skips the check of the content and the lock, not of the templates: for a rebuild after an
  /// edit to templates only, when the same executable's content passed the check in the build
  /// before (`kb serve` sets it). New links are not looked for either; that build recorded them.
  public var contentAlreadyChecked = false

  public init(
    site: Site, templates: URL?, output: URL, options: RenderOptions = RenderOptions(),
    lockFile: URL? = nil, contentFolder: URL? = nil
  ) {
    self.site = site
    self.templates = templates
    self.output = output
    self.options = options
    self.lockFile = lockFile
    self.contentFolder = contentFolder
    self.lookup = Lookup(site)
  }

  /// Every problem of the content, the link lock and the templates, without writing anything.
  public func check() -> [Diagnostic] {
    checked().diagnostics
  }

  /// Renders the site in memory without touching the disk.
  func render() throws -> OutputTree {
    try render(with: prepare(), spillingTo: nil)
  }

  /// The check; with `recordingLinks`, also the links a successful build adds to the lock.
  private func checked(recordingLinks: Bool = false) -> (
    templates: TemplateSet?, diagnostics: [Diagnostic], pendingLinks: LinkLock.PendingLinks?
  ) {
    var diagnostics: [Diagnostic] = []
    var pending: LinkLock.PendingLinks?
    if !contentAlreadyChecked {
      // The content and the lock read the site only, so they are checked side by side; content
      // problems come first, in file order, then the lock's.
      let lock = BackgroundValue { [self] in checkLock(recordingLinks: recordingLinks) }
      diagnostics = ContentCheck.run(site, contentFolder: contentFolder, lookup: lookup)
      let (lockProblems, pendingLinks) = lock.wait()
      diagnostics += lockProblems
      pending = pendingLinks
    }
    do {
      let set = try StageTimes.shared.measure("check: templates") {
        let set = try TemplateSet(overrides: templates)
        diagnostics += set.check()
        diagnostics +=
          TemplateFolderCheck.unknownFiles(in: templates)
          + Validator.brandingFiles(site.branding, templates: templates)
        return set
      }
      return (set, diagnostics, pending)
    } catch BuildError.invalidContent(let problems) {
      return (nil, diagnostics + problems, nil)
    } catch {
      return (
        nil, diagnostics + [Diagnostic(.error, SourceLocation(file: "templates", line: 1), "\(error)")], nil
      )
    }
  }

  /// Checks the content and reads the templates: everything that can fail before any writing.
  func prepare() throws -> TemplateSet {
    try prepare(recordingLinks: false).templates
  }

  private func prepare(recordingLinks: Bool) throws -> (
    templates: TemplateSet, pendingLinks: LinkLock.PendingLinks?
  ) {
    let (templateSet, diagnostics, pending) = checked(recordingLinks: recordingLinks)
    guard let templateSet, !diagnostics.hasErrors else { throw BuildError.invalidContent(diagnostics) }
    return (templateSet, pending)
  }

  /// Renders every file, writing each into `staging` as soon as it is rendered when one is given.
  func render(with templateSet: TemplateSet, spillingTo staging: URL?) throws -> OutputTree {
    try render(with: templateSet, spillingTo: staging, keepingIndex: nil).tree
  }

  /// The same, keeping the index files `keep` names when the staging folder holds them all.
  func render(
    with templateSet: TemplateSet, spillingTo staging: URL?, keepingIndex keep: [String: Int]?,
    entryFacts: [String: EntryFacts]? = nil
  ) throws -> (tree: OutputTree, index: [String: Int]) {
    let renderer = StageTimes.shared.measure("render: prepare") {
      SiteRenderer(
        site: site, templates: templateSet, options: options, lookup: lookup, entryFacts: entryFacts)
    }
    var (tree, index) = try renderer.render(spillingTo: staging, keepingIndex: keep)
    // The theme's assets first; the knowledge base's own replace them file by file.
    for folder in [Theme.templates] + (templates.map { [$0] } ?? []) {
      let assets = folder.appendingPathComponent("assets")
      if FileManager.default.fileExists(atPath: assets.path) {
        try tree.addDirectory(assets, prefix: "assets/")
      }
      let schema = folder.appendingPathComponent(SitePaths.indexSchema)
      if let data = FileManager.default.contents(atPath: schema.path) {
        tree.add(file: SitePaths.indexSchema, data: data)
      }
    }
    return (tree, index)
  }

  /// Checks, renders and writes the site; pages go to disk as they are rendered, so memory stays
  /// flat as the site grows, and the output is swapped in only once all of it is written.
  @discardableResult
  public func build() throws -> Summary {
    defer { StageTimes.shared.printReport() }
    // What summaries show of each entry depends on the content only: it is worked out while the
    // check runs, filling the check's single-threaded stretches.
    let entryFacts = BackgroundValue { [site] in EntryFacts.all(site) }
    // The links new to the lock are worked out with the lock's check and recorded after the
    // site is in place.
    let (templateSet, pendingLinks) = try prepare(recordingLinks: lockFile != nil)
    FreedMemory.giveBack()
    let tree = try StageTimes.shared.measure("render and write") {
      // `index.json` and the search index depend on the content and the options only; a
      // rebuild with the same `indexKey` keeps the ones the reused folder holds.
      do {
        return try AtomicWriter(output: output).write(carrying: indexKey) { staging, carried in
          let (tree, index) = try render(
            with: templateSet, spillingTo: staging, keepingIndex: carried?.files,
            entryFacts: entryFacts.wait())
          return (tree, indexKey.map { AtomicWriter.Carried(key: $0, files: index) })
        }
      } catch let error as OutputError {
        throw BuildError.output(error.description)
      }
    }
    var newLinks: [String] = []
    if let lockFile, let pendingLinks {
      do {
        newLinks = try StageTimes.shared.measure("lock: record new links") {
          try pendingLinks.record()
        }
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
