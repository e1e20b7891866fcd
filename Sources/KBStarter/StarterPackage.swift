import Foundation

/// The files of a new knowledge base package: a manifest depending on kb, a working example in
/// `content/`, the two commands in a Makefile and a README, a `.gitignore`, and the lock of
/// published links, empty: a lock exists from the start, so a missing one is always a mistake.
package struct StarterPackage {
  /// How the new package finds kb.
  package enum Dependency {
    case path(String)
    case url(String, version: String)

    /// SwiftPM's identity of the kb package: the last part of its path or URL.
    var identity: String {
      let location: String
      switch self {
      case .path(let path): location = path
      case .url(let url, _): location = url
      }
      var last = location.split(separator: "/").last.map(String.init) ?? "kb"
      if last.hasSuffix(".git") { last.removeLast(4) }
      return last.lowercased()
    }

    var manifestLine: String {
      switch self {
      case .path(let path): ".package(path: \(Self.literal(path)))"
      case .url(let url, let version): ".package(url: \(Self.literal(url)), from: \(Self.literal(version)))"
      }
    }

    static func literal(_ text: String) -> String {
      "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        + "\""
    }
  }

  /// The knowledge base's name, shown as the site title.
  package var name: String
  package var dependency: Dependency
  /// kb's guide to writing content (`docs/writing-content.md`), copied in as `WRITING.md`; nil
  /// when kb's checkout cannot be read, and the README then links to it.
  package var writingGuide: String? = nil

  package init(name: String, dependency: Dependency, writingGuide: String? = nil) {
    self.name = name
    self.dependency = dependency
    self.writingGuide = writingGuide
  }

  /// Where the lock of published links lives, and what it holds before anything is published:
  /// the header `LinkLock` writes (a test holds the two equal; this target links no pipeline, so
  /// `kb-init` compiles in seconds).
  package static let lockPath = "links.lock"
  package static let emptyLock = """
    # Every link kb has published. kb build --publish adds new ones; kb check fails if one would disappear.
    # Drop one only on purpose, with `kb lock --drop LINK`.

    """

  /// The executable's name: the name in lower-case words joined by hyphens, e.g. `acme-help`.
  var executable: String {
    let words = name.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
    let joined = words.joined(separator: "-")
    return joined.isEmpty ? "knowledge-base" : joined
  }

  /// Every file, by path relative to the package folder.
  package var files: [String: String] {
    var files = [
      "Package.swift": manifest,
      "Sources/\(executable)/main.swift": main,
      "content/Site.swift": siteFile,
      "content/Example/ExampleProduct.swift": productFile,
      "content/Example/ExampleErrors.swift": topicFile,
      "content/Example/ExampleFlow.swift": diagramFile,
      "content/Example/ExampleGuide.swift": guideFile,
      "templates/README.md": templatesReadme,
      "Makefile": makefile,
      "README.md": readme,
      Self.lockPath: Self.emptyLock,
      ".gitignore": ".build/\n.build-*/\npublic/\n/.public.*\n/.links.lock.new-*\n.swiftpm/\n",
    ]
    if let writingGuide { files["WRITING.md"] = writingGuide }
    return files
  }

  var manifest: String {
    """
    // swift-tools-version:6.0
    import PackageDescription

    let package = Package(
      name: \(Dependency.literal(executable)),
      platforms: [.macOS(.v14)],
      products: [.executable(name: \(Dependency.literal(executable)), targets: [\(Dependency.literal(executable))])],
      dependencies: [
        \(dependency.manifestLine)
      ],
      targets: [
        // The knowledge base: plain Swift values written with KBModel. Compiled without
        // optimization (nothing to gain in data) and file by file in batches, so a clean build
        // of thousands of entries takes seconds and an edit recompiles only its file.
        .target(
          name: "Content",
          dependencies: [.product(name: "KBModel", package: \(Dependency.literal(dependency.identity)))],
          path: "content",
          swiftSettings: [
            .unsafeFlags(["-Onone", "-no-whole-module-optimization", "-incremental", "-enable-batch-mode"])
          ]
        ),
        // The command line: kb's commands run on this package's content.
        .executableTarget(
          name: \(Dependency.literal(executable)),
          dependencies: ["Content", .product(name: "KBCommandLine", package: \(Dependency.literal(dependency.identity)))]
        ),
      ]
    )

    """
  }

  var main: String {
    """
    import Content
    import KBCommandLine

    KBCommand.main(site: knowledgeBase)

    """
  }

  var siteFile: String {
    """
    import KBModel

    /// The knowledge base: every product, in the order the home page lists them.
    public var knowledgeBase: Site {
      Site(
        title: \(Dependency.literal(name)),
        tagline: "Error codes, symptoms and fixes for our products.",
        products: [exampleProduct],
        searchExamples: ["E100", "Upload rejected"]
        // Who acts on entries is kb's list (.user, .admin, .developer, .support) unless you
        // declare your own: roles: [Role("operator", "The operator"), Role("installer", "The installer")]
        // Logo, tab icon, colours and links: branding: Branding(…), see the writers' guide.
      )
    }

    """
  }

  var productFile: String {
    """
    import KBModel

    var exampleProduct: Product {
      Product(
        slug: "example",
        title: "Example Uploader",
        summary: \"""
          An example product to show how a knowledge base is written; replace it with your own. \\
          See the [upload sequence](diagram:example-upload).
          \""",
        support: Support(
          ticketURL: "https://example.com/support",
          email: "support@example.com",
          include: ["The file's name and size", "The `E100` line of the upload log"],
          notes: "Open a ticket when nothing here solves your problem."
        ),
        lastUpdated: "2026-01-15",
        topics: [exampleErrors],
        diagrams: [exampleFlow],
        guides: [exampleGuide]
      )
    }

    """
  }

  var topicFile: String {
    """
    import KBModel

    var exampleErrors: Topic {
      Topic(
        slug: "upload-errors",
        title: "Upload errors",
        intro: "Errors the uploader returns when it refuses a file.",
        entries: [
          Entry(
            .code("E100", name: "UPLOAD_REJECTED", status: 413),
            title: "File rejected by the uploader",
            symptoms: [.message("Upload rejected")],
            causes: ["The file is larger than the uploader accepts."],
            resolution: [
              "Check the size of the file.",
              "Split the file, or compress it, and upload it again (see [splitting a large file](guide:upload-guide#split-a-large-file)).",
            ],
            actors: [.user],
            retry: .doNotRetry,
            happensAt: "example-upload#upload"
          )
        ]
      )
    }

    """
  }

  var diagramFile: String {
    """
    import KBModel

    var exampleFlow: Diagram {
      Diagram(
        slug: "example-upload",
        title: "Upload sequence",
        summary: "How an upload proceeds when nothing goes wrong.",
        sequence: SequenceDiagram(
          participants: [
            Participant("user", "User", side: .client),
            Participant("uploader", "Uploader", side: .server),
          ],
          items: [
            .message("upload", from: "user", to: "uploader", "Upload the file"),
            .message("stored", from: "uploader", to: "user", "File stored", style: .dashed),
          ]
        )
      )
    }

    """
  }

  var guideFile: String {
    """
    import KBModel

    /// A guide page: Markdown published at example/guides/upload-guide/. Each heading is a
    /// section entries link to, as guide:upload-guide#split-a-large-file.
    var exampleGuide: Guide {
      Guide(
        slug: "upload-guide",
        title: "Upload guide",
        body: \"""
          How to prepare files before you upload them; replace this guide with your own.

          ## Check the size

          Look at the file's size before you upload it.

          ## Split a large file

          1. Cut the file into parts that are each small enough.
          2. Upload the parts one after the other.
          \"""
      )
    }

    """
  }

  var templatesReadme: String {
    """
    # Templates

    Most of what a team changes needs no template: `Site(branding: Branding(logo:, favicon:,
    colors:, extraCSS:, footerLinks:, navigation:))` in `content/Site.swift` sets the logo, the tab
    icon, the brand colours for light and dark mode, an extra style sheet and the header's and
    footer's links (see the writers' guide, "Branding").

    A file here replaces the file of the same name in kb's default theme: a page template such as
    `entry.mustache`, a partial such as `support.mustache`, an asset such as `assets/style.css`, or
    `index.schema.json`. Every other file comes from the theme. kb's own `templates/README.md`
    lists the files and the data each template receives; `\(executable) check` reports a template
    that names data its page does not have, at its file and line.

    Your own files (a logo, a favicon, a style sheet) go in `assets/`, which is copied to
    `public/assets/`. A file elsewhere here that replaces no theme file, such as a misspelled
    `entyr.mustache`, is reported by `\(executable) check` with the name it was most likely meant to
    have.

    """
  }

  var makefile: String {
    """
    # \(name): `make site` builds the site into public/, `make test` checks the content, builds it
    # and verifies the built site (every page parses, every internal link and #fragment resolves).
    SWIFT ?= swift
    APT_PACKAGES = libcmark-dev pkg-config
    KB = .build/release/\(executable)

    .PHONY: site publish compile test check serve export deps clean

    site: deps compile
    \t$(KB) build $(KB_FLAGS)

    # The deploy's build: also records the links published for the first time in links.lock (commit it).
    publish: deps compile
    \t$(KB) build --publish $(KB_FLAGS)

    # Compiles the content; when it does not compile, prints only your errors, at file and line.
    compile: deps
    \t@$(SWIFT) build -c release --product kb-compile --quiet
    \t@.build/release/kb-compile -c release --product \(executable)

    test: deps compile
    \t$(KB) check
    \t$(KB) build --output .build/test-public
    \t$(KB) verify .build/test-public

    check: deps compile
    \t$(KB) check

    serve: deps compile
    \t$(KB) serve $(SERVE_FLAGS)

    # Every error's code, status, retry advice and page for your product's code, in export/:
    # make export SITE_URL=https://help.example.com/
    export: deps compile
    \t$(KB) export --site-url "$(SITE_URL)"

    deps:
    \t@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \\
    \tif [ -n "$$missing" ]; then \\
    \t  echo "make: installing system packages:$$missing (apt-get)"; \\
    \t  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \\
    \tfi

    clean:
    \trm -rf .build public

    """
  }

  /// Where kb comes from, for a teammate's clone: a path dependency is relative to this folder.
  var dependencyNote: String {
    guard case .path(let path) = dependency else { return "" }
    return "\n- `Package.swift` finds kb at `\(path)`, relative to this folder: clone kb there."
  }

  var readme: String {
    """
    # \(name)

    A troubleshooting knowledge base built with kb: every error code, symptom and fix is a Swift
    value in `content/`, and kb turns them into a static site in `public/`, a JSON index and
    Mermaid sources for every diagram.

    ```sh
    make site   # check content/ and build the site into public/
    make test   # check the content and the templates, build the site and verify its links
    ```

    Both install what a Debian machine lacks (`libcmark-dev`, `pkg-config`) with apt-get.
    Open `public/index.html`, or run `make serve` to preview with rebuilds on every edit.

    - `content/`: the knowledge base. Start from the example product in `content/Example/`;
      \(writingGuide == nil ? "kb's writers' guide (`docs/writing-content.md` in the kb repository)" : "[WRITING.md](WRITING.md), kb's writers' guide,")
      describes every field, with examples.
    - `templates/`: files that replace kb's default theme, one by one (see its README).
    - `links.lock`: every link the site has published; commit it with the content. The
      deploy builds with `make publish` (`\(executable) build --publish`), which records new
      links in it; `make site` and `make serve` never write it, and every build refuses content
      that would lose a recorded link.
    - `make export SITE_URL=https://help.example.com/` (`\(executable) export --site-url …`):
      writes `export/ErrorCatalog.swift`, `export/error-catalog.ts` and `export/problem-types.json`,
      every error's code or name, HTTP status, title, retry advice and page address, so your
      product's code can link each error it returns to its fix; the page addresses are also RFC
      9457 problem types, kept working by `links.lock`.
    - `.build/release/\(executable) new entry …`, `… lock`, `… check`: kb's other commands.
    - `Package.resolved`, written by the first build: commit it, so every machine and the deploy
      build with the same versions of kb and its dependencies.\(dependencyNote)

    """
  }

  /// Writes every file into `folder`, refusing to overwrite a file that exists.
  package func write(to folder: URL) throws -> [String] {
    let manager = FileManager.default
    let existing = files.keys.filter { manager.fileExists(atPath: folder.appendingPathComponent($0).path) }
    if !existing.isEmpty {
      throw InitProblem.exists(existing.sorted().map { folder.appendingPathComponent($0).path })
    }
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      let file = folder.appendingPathComponent(path)
      try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
    return files.keys.sorted()
  }

  package enum InitProblem: Error, CustomStringConvertible {
    case exists([String])

    package var description: String {
      switch self {
      case .exists(let files):
        "these files exist already and were left alone: " + files.joined(separator: ", ")
      }
    }
  }
}
