import ArgumentParser
import Foundation
import KB

struct Lock: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Records every link the content publishes in the lock of published links, without building.",
    discussion: """
      A deploy that does not run `kb build --publish` runs `kb lock` instead. `--drop LINK` removes \
      a link on purpose; `--init` starts the lock of a knowledge base that has never been published; \
      `--resolve` resolves merge conflicts in the lock by keeping the links of both sides.
      """
  )

  @Option(help: "The lock file of published links.")
  var lock = LinkLock.defaultPath

  @Option(name: .customLong("drop"), help: "Remove this link from the lock on purpose (repeatable).")
  var drops: [String] = []

  @Flag(
    name: .customLong("init"),
    help: "Start an empty lock for a knowledge base that has never been published; never replaces one.")
  var initialize = false

  @Flag(help: "Resolve merge conflicts in the lock: keep the links of both sides, remove the markers.")
  var resolve = false

  func validate() throws {
    if initialize, resolve || !drops.isEmpty { throw ValidationError("--init takes no other option") }
    if resolve, !drops.isEmpty { throw ValidationError("--resolve and --drop go in separate runs") }
  }

  func run() throws {
    if initialize { return try start() }
    let url = URL(fileURLWithPath: lock)
    let reading = LinkLock.read(url, lockPath: lock)
    guard let text = reading.text else { return try fail(reading.problems) }
    if resolve { return try resolveConflicts(text) }
    guard !reading.problems.hasErrors else { return try fail(reading.problems) }
    let (updated, added, unknown) = LinkLock.updated(
      try KnowledgeBase.site(), lockText: text, dropping: drops)
    if !unknown.isEmpty {
      printError("kb lock: error: not in the lock: \(unknown.joined(separator: ", "))")
      throw ExitCode.failure
    }
    if added.isEmpty, drops.isEmpty {
      print("kb lock: \(updated.links.count) links in \(lock), all already recorded")
      return
    }
    try replace(url, with: updated.text)
    if added.count <= 20 {
      for link in added { print("  + \(link)") }
    }
    for link in drops { print("  - \(link)") }
    print("kb lock: \(updated.links.count) links in \(lock) (\(added.count) added, \(drops.count) dropped)")
  }

  private func start() throws {
    do {
      try LockFileAccess.create(lock, with: LinkLock(links: []).text)
    } catch {
      printError(
        "\(lock): error: cannot start the lock: \(error); an existing lock is never replaced (it holds the links already published)"
      )
      throw ExitCode.failure
    }
    print(
      "kb lock: started \(lock) with no link; commit it. Links are recorded when the site is published (`kb build --publish`)"
    )
  }

  private func resolveConflicts(_ text: String) throws {
    let resolved: LinkLock
    switch LinkLock.resolving(text, lockPath: lock) {
    case .refused(let problems): return try fail(problems)
    case .noConflict:
      print("kb lock: \(lock) has no merge conflict")
      return
    case .resolved(let lock): resolved = lock
    }
    try replace(URL(fileURLWithPath: lock), with: resolved.text)
    print("kb lock: resolved \(lock): \(resolved.links.count) links, those of both sides; now run `kb check`")
  }

  private func replace(_ url: URL, with text: String) throws {
    do {
      try LockFileAccess.replace(url.path, with: text)
    } catch {
      printError("\(lock): error: cannot write the lock: \(error); it is unchanged")
      throw ExitCode.failure
    }
  }

  private func fail(_ problems: [Diagnostic]) throws {
    for problem in problems { printError(problem.description) }
    printError("kb lock: \(problems.errors.count) error(s); \(lock) is unchanged")
    throw ExitCode.failure
  }
}
