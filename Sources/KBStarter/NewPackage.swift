import Foundation
import KBModel

/// `kb init` and `kb-init`: what a writer asked for, checked, and the package written. One
/// definition for both front ends: `kb init` in kb's command line and `kb-init`, which links only
/// this target and the model, so a fresh clone reaches a new package without compiling kb's
/// pipeline in release first.
package struct NewPackage {
  /// What `kb init` and `kb-init` do, in their help.
  package static let summary =
    "Writes a new knowledge base package that depends on kb, with a working example."

  package var folder: String
  package var name: String
  package var kbURL: String?
  package var kbVersion: String?

  package init(folder: String, name: String, kbURL: String? = nil, kbVersion: String? = nil) {
    self.folder = folder
    self.name = name
    self.kbURL = kbURL
    self.kbVersion = kbVersion
  }

  /// What is wrong with the request, as one sentence, or nil.
  package var problem: String? {
    if kbURL != nil, kbVersion == nil { return "--kb-url needs --kb-version" }
    if kbVersion != nil, kbURL == nil { return "--kb-version needs --kb-url" }
    if name.trimmingCharacters(in: .whitespaces).isEmpty { return "--name is empty" }
    // The name goes into the new package's Makefile, README and Swift files: a line break there
    // would write commands of its own into the Makefile, which `make site` then runs.
    for (flag, value) in [("--name", name), ("--kb-url", kbURL), ("--kb-version", kbVersion)] {
      guard let value, value.unicodeScalars.contains(where: VisibleText.isInvisible) else { continue }
      return "\(flag) '\(VisibleText.escaped(value))' holds a control character; type it again without"
    }
    return nil
  }

  package enum Failure: Error, CustomStringConvertible {
    case noCheckout
    case writing(any Error)

    package var description: String {
      switch self {
      case .noCheckout: "cannot find the kb checkout this kb was built from; use --kb-url and --kb-version"
      case .writing(let error): "\(error)"
      }
    }
  }

  /// Writes the package and returns the lines to print: every file written, then what to run.
  package func write(checkout: String? = Self.kbCheckout()) throws(Failure) -> [String] {
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    let dependency: StarterPackage.Dependency
    if let kbURL, let kbVersion {
      dependency = .url(kbURL, version: kbVersion)
    } else if let checkout {
      dependency = .path(Self.relativePath(from: target.path, to: checkout))
    } else {
      throw .noCheckout
    }
    let guide = checkout.flatMap {
      try? String(contentsOfFile: $0 + "/docs/writing-content.md", encoding: .utf8)
    }
    let package = StarterPackage(name: name, dependency: dependency, writingGuide: guide)
    do {
      let written = try package.write(to: target)
      return written.map { "  \(folder)/\($0)" } + [
        "kb init: wrote \(name) in \(folder)/; next: cd \(folder) && make site"
      ]
    } catch {
      throw .writing(error)
    }
  }

  /// `destination` as seen from `folder`, both absolute: `../kb` for a package beside the
  /// checkout. The manifest then names kb the same way on every machine the two folders are
  /// cloned side by side on, wherever that is.
  package static func relativePath(from folder: String, to destination: String) -> String {
    let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
    let to = URL(fileURLWithPath: destination).standardizedFileURL.pathComponents
    var shared = 0
    while shared < min(from.count, to.count), from[shared] == to[shared] { shared += 1 }
    let parts = Array(repeating: "..", count: from.count - shared) + to[shared...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// The kb package this file was compiled in: two folders above `Sources/KBStarter/`.
  package static func kbCheckout(source: String = #filePath) -> String? {
    let root = URL(fileURLWithPath: source).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let manifest = root.appendingPathComponent("Package.swift")
    guard let text = try? String(contentsOf: manifest, encoding: .utf8), text.contains("\"KBStarter\"")
    else { return nil }
    return root.path
  }
}
