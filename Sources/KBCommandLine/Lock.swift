import ArgumentParser
import Foundation
import KB

struct Lock: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Adds every link the content publishes to the lock file of published links."
  )

  @Option(help: "The lock file of published links.")
  var lock = LinkLock.defaultPath

  @Option(name: .customLong("drop"), help: "Remove this link from the lock on purpose (repeatable).")
  var drops: [String] = []

  func run() throws {
    let url = URL(fileURLWithPath: lock)
    let old = try? String(contentsOf: url, encoding: .utf8)
    let (updated, added, unknown) = LinkLock.updated(try KnowledgeBase.site(), lockText: old, dropping: drops)
    if !unknown.isEmpty {
      printError("kb lock: error: not in the lock: \(unknown.joined(separator: ", "))")
      throw ExitCode.failure
    }
    do {
      try updated.text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      printError("kb lock: error: cannot write \(lock): \(error.localizedDescription)")
      throw ExitCode.failure
    }
    if added.count <= 20 {
      for link in added { print("  + \(link)") }
    }
    for link in drops { print("  - \(link)") }
    print("kb lock: \(updated.links.count) links in \(lock) (\(added.count) added, \(drops.count) dropped)")
  }
}
