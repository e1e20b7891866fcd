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
    /// Links published for the first time, now in the lock file (a publishing build only).
    public var newLinks: [String] = []
    /// The check's warnings: problems that do not stop the build.
    public var warnings: [Diagnostic] = []
    /// Links the site has that the lock does not hold yet (a build that does not publish): they
    /// are protected once a publishing build records them.
    public var unrecordedLinks: [String] = []
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
  /// Prints how long each stage took to standard error when the build ends (`StageTimes`).
  public var timings = false
  /// Whether this build is the one that is deployed: it records the links it publishes for the
  /// first time in the lock, in the same step that swaps the output in (both happen or neither
  /// does). Any other build, a writer's preview, never writes the lock; every build refuses to
  /// lose a link the lock holds.
  public var publish = false

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

  /// The check; with `findingNewLinks`, also the links the lock does not hold yet.
  private func checked(findingNewLinks: Bool = false) -> (
    templates: TemplateSet?, diagnostics: [Diagnostic], pendingLinks: LinkLock.PendingLinks?
  ) {
    var diagnostics: [Diagnostic] = []
    var pending: LinkLock.PendingLinks?
    // A publishing build records new links, which takes the lock's check.
    if !contentAlreadyChecked || publish {
      // The content and the lock read the site only, so they are checked side by side; content
      // problems come first, in file order, then the lock's.
      let lock = BackgroundValue { [self] in checkLock(findingNewLinks: findingNewLinks) }
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
    try prepare(findingNewLinks: false).templates
  }

  private func prepare(findingNewLinks: Bool) throws -> (
    templates: TemplateSet, pendingLinks: LinkLock.PendingLinks?, warnings: [Diagnostic]
  ) {
    let (templateSet, diagnostics, pending) = checked(findingNewLinks: findingNewLinks)
    guard let templateSet, !diagnostics.hasErrors else { throw BuildError.invalidContent(diagnostics) }
    return (templateSet, pending, diagnostics)
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
  /// flat as the site grows, and the output is swapped in only once all of it is written. A
  /// publishing build records its new links in the lock in the same step.
  @discardableResult
  public func build() throws -> Summary {
    if timings { StageTimes.shared.start() }
    defer { if timings { StageTimes.shared.printReport() } }
    // What summaries show of each entry depends on the content only: it is worked out while the
    // check runs, filling the check's single-threaded stretches.
    let entryFacts = BackgroundValue { [site] in EntryFacts.all(site) }
    // The links new to the lock are worked out with the lock's check; a publishing build
    // records them together with the output.
    let (templateSet, pendingLinks, warnings) = try prepare(findingNewLinks: lockFile != nil)
    let recording = publish ? pendingLinks.flatMap { $0.isEmpty ? nil : LinkLock.Recording($0) } : nil
    FreedMemory.giveBack()
    let tree = try StageTimes.shared.measure("render and write") {
      // `index.json` and the search index depend on the content and the options only; a
      // rebuild with the same `indexKey` keeps the ones the reused folder holds.
      do {
        return try AtomicWriter(output: output).write(carrying: indexKey, alongside: recording) {
          staging, carried in
          let (tree, index) = try render(
            with: templateSet, spillingTo: staging, keepingIndex: carried?.files,
            entryFacts: entryFacts.wait())
          return (tree, indexKey.map { AtomicWriter.Carried(key: $0, files: index) })
        }
      } catch let error as OutputError {
        throw BuildError.output(error.description)
      } catch let error as LockRecordingFailure {
        throw BuildError.output(error.description + "\nkb: \(output.lastPathComponent)/ is unchanged")
      }
    }
    let newLinks = pendingLinks?.added ?? []
    return Summary(
      pages: tree.pageCount,
      entries: site.products.reduce(0) { $0 + $1.entries.count },
      bytes: tree.byteCount,
      files: tree.paths,
      newLinks: recording == nil ? [] : newLinks,
      warnings: warnings,
      unrecordedLinks: publish ? [] : newLinks
    )
  }
}
