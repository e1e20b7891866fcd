import ArgumentParser
import Foundation
import KB

/// `kb init DIR --name NAME`: a new knowledge base package, ready for `make site`.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Writes a new knowledge base package that depends on kb, with a working example."
  )

  @Argument(help: "The folder to create the package in.")
  var folder: String

  @Option(help: "The knowledge base's name, shown as the site title.")
  var name: String

  @Option(help: "The URL of a published kb to depend on, instead of this kb checkout.")
  var kbURL: String?

  @Option(help: "The version of the published kb (with --kb-url).")
  var kbVersion: String?

  func validate() throws {
    if kbURL != nil, kbVersion == nil { throw ValidationError("--kb-url needs --kb-version") }
    if kbVersion != nil, kbURL == nil { throw ValidationError("--kb-version needs --kb-url") }
    if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name is empty") }
    // The name goes into the new package's Makefile, README and Swift files: a line break there
    // would write commands of its own into the Makefile, which `make site` then runs.
    for (flag, value) in [("--name", name), ("--kb-url", kbURL), ("--kb-version", kbVersion)] {
      guard let value, value.unicodeScalars.contains(where: VisibleText.isInvisible) else { continue }
      throw ValidationError(
        "\(flag) '\(VisibleText.escaped(value))' holds a control character; type it again without")
    }
  }

  func run() throws {
    let dependency: StarterPackage.Dependency
    if let kbURL, let kbVersion {
      dependency = .url(kbURL, version: kbVersion)
    } else if let checkout = Self.kbCheckout() {
      dependency = .path(checkout)
    } else {
      printError(
        "kb init: error: cannot find the kb checkout this kb was built from; use --kb-url and --kb-version")
      throw ExitCode.failure
    }
    let guide = Self.kbCheckout().flatMap {
      try? String(contentsOfFile: $0 + "/docs/writing-content.md", encoding: .utf8)
    }
    let package = StarterPackage(name: name, dependency: dependency, writingGuide: guide)
    let target = URL(fileURLWithPath: folder)
    do {
      let written = try package.write(to: target)
      for file in written { print("  \(folder)/\(file)") }
      print("kb init: wrote \(name) in \(folder)/; next: cd \(folder) && make site")
    } catch {
      printError("kb init: error: \(error)")
      throw ExitCode.failure
    }
  }

  /// The kb package this file was compiled in: two folders above `Sources/KBCommandLine/`.
  static func kbCheckout(source: String = #filePath) -> String? {
    let root = URL(fileURLWithPath: source).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let manifest = root.appendingPathComponent("Package.swift")
    guard let text = try? String(contentsOf: manifest, encoding: .utf8), text.contains("\"KBCommandLine\"")
    else { return nil }
    return root.path
  }
}
