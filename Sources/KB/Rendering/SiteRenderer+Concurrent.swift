import Foundation
import KBModel

extension SiteRenderer {
  /// Renders every entry page and every short link on all cores, as one list of work so that
  /// neither waits for the other's last page.
  func addEntryPagesAndShortLinks(to tree: inout OutputTree) throws {
    let work = EntryPosition.all(in: site)
    let groups = PublishedLinks.shortLinks(site)
    try addPagesConcurrently(work.count + groups.count, to: &tree) { [site] index in
      guard index < work.count else {
        let group = groups[index - work.count]
        return try shortLinkPage(group.key, owners: group.entries.map { site[$0] })
      }
      let position = work[index]
      let product = site.products[Int(position.product)]
      let topic = product.topics[Int(position.topic)]
      let entry = topic.entries[Int(position.entry)]
      let path = SitePaths.entry(entry, in: product)
      let model = entryPage(entry, topic: topic, product: product, path: path)
      return (path, try page(.entry, path: path, title: entryTitle(entry), model))
    }
  }

  /// Renders `count` independent pages on all cores and adds them to the tree in index order,
  /// so the output is the same whatever order the threads finish in.
  ///
  /// When the tree spills into a staging folder, each thread's pages are written there at once
  /// and only their sizes are kept, so memory does not grow with the number of pages.
  func addPagesConcurrently(
    _ count: Int, to tree: inout OutputTree,
    render: @Sendable (Int) throws -> (pagePath: String, html: String)
  ) throws {
    let maker = tree.maker
    // In runs, so that what the threads hand back for every page (its path, its size) is not
    // held for all of a large site's pages at once.
    for start in stride(from: 0, to: count, by: Self.pageRun) {
      let run = min(Self.pageRun, count - start)
      let pages = concurrentMap(run) { offset in
        Result { () throws -> OutputTree.MadeFile in
          let (pagePath, html) = try render(start + offset)
          return maker.make(SitePaths.file(for: pagePath), text: html)
        }
      }
      for page in pages { tree.add(try page.get()) }
    }
  }

  /// How many pages the threads render before their results are added to the tree.
  static let pageRun = 4_096
}

extension SiteRenderer {
  /// Starts the search index and `index.json`, which depend on no page, each on a thread of its
  /// own, so they overlap the pages instead of running after them; the search index, the
  /// longer, first. Like the pages, they go to `spill` as soon as each is made when a folder is
  /// given, rather than waiting in memory.
  func startIndexFiles(spillingTo spill: String?) -> [BackgroundValue<OutputTree>] {
    let folder = spill.map { URL(fileURLWithPath: $0) }
    let search = BackgroundValue { [site, options] in
      var files = OutputTree(spillingTo: folder)
      StageTimes.shared.measure("index: search", oneThread: true) {
        var index = SearchIndex(site: site)
        index.shardAbove = options.searchShardsAbove
        index.write(into: &files)
      }
      return files
    }
    let json = BackgroundValue { [site, lookup, options] in
      var files = OutputTree(spillingTo: folder)
      StageTimes.shared.measure("index: index.json", oneThread: true) {
        files.add(file: SitePaths.indexJSON) { emit in
          IndexWriter(site: site, lookup: lookup, options: options).write(to: emit)
        }
      }
      return files
    }
    return [search, json]
  }
}
