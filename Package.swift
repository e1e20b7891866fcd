// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "kb",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "kb", targets: ["kb"]),
    // The preview server has its own product so `make site` never compiles the HTTP stack.
    .executable(name: "kb-serve", targets: ["kb-serve"]),
    // Compiles a knowledge base's executable and prints only the writer's errors.
    .executable(name: "kb-compile", targets: ["kb-compile"]),
    // What another knowledge base depends on: the content vocabulary, the pipeline and the
    // commands, so its executable is one line, `KBCommand.main(site: …)`.
    .library(name: "KBModel", targets: ["KBModel"]),
    .library(name: "KB", targets: ["KB"]),
    .library(name: "KBCommandLine", targets: ["KBCommandLine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    .systemLibrary(
      name: "Ccmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // The vocabulary writers use in content/: products, topics, entries, diagrams.
    .target(name: "KBModel"),
    // The bundled knowledge base: plain Swift values built from KBModel only.
    // Content is data: optimizing its initializers saves nothing at run time, but multiplies the
    // CPU and memory of a release build of a large knowledge base.
    // The other flags keep a one-file edit a one-file compile in release too, which is what
    // `kb serve` waits for: file by file and incremental, as in debug. Batch mode gives each
    // compiler process a batch of files instead of one, so a clean build does not start one
    // process per file, each loading the module anew.
    .target(
      name: "KBContent", dependencies: ["KBModel"], path: "content", exclude: ["README.md"],
      swiftSettings: [
        .unsafeFlags(["-Onone", "-no-whole-module-optimization", "-incremental", "-enable-batch-mode"])
      ]
    ),
    // The pipeline: validation, rendering, output.
    .target(
      name: "KB",
      dependencies: [
        "KBModel", "Ccmark",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      // The default theme: templates, assets and the schema of index.json.
      resources: [.copy("Theme")]
    ),
    // What only kb's own executables need: running `swift build` and reading what it prints and
    // plans, and the executable's own memory. Not a product: no knowledge base imports it.
    .target(name: "KBTooling"),
    // `kb init`'s package writer, with nothing of the pipeline: `kb-init` links only it and the
    // model, so a new team's first step compiles in seconds.
    .target(name: "KBStarter", dependencies: ["KBModel"]),
    .executableTarget(name: "kb-init", dependencies: ["KBStarter"]),
    // The commands; they take the knowledge base as an argument, so they do not depend on it.
    .target(
      name: "KBCommandLine",
      dependencies: [
        "KB", "KBModel", "KBTooling", "KBStarter",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // One file: hands the bundled content to the commands. Every content edit relinks it, and
    // LLVM's linker, which the toolchain ships, is quicker at it than gold.
    .executableTarget(
      name: "kb", dependencies: ["KBCommandLine", "KBContent"],
      linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
    ),
    .executableTarget(name: "kb-compile", dependencies: ["KBTooling"]),
    .executableTarget(
      name: "kb-serve",
      dependencies: [
        "KB", "KBModel", "KBTooling",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),
    // Small sites that tests break one field at a time, and the bundled content.
    .target(name: "KBTestSupport", dependencies: ["KBModel", "KBContent"]),
    // Output of kb's real code for small sites, which the site tests (Tests/site) read.
    .executableTarget(name: "kb-test-fixtures", dependencies: ["KB", "KBModel", "KBTestSupport"]),
    .testTarget(
      name: "KBTests", dependencies: ["KB", "KBModel", "KBContent", "KBTestSupport"],
      exclude: ["Golden", "MustacheSpec"]),
    .testTarget(
      name: "KBCommandLineTests",
      dependencies: ["KBCommandLine", "KB", "KBModel", "KBStarter", "KBTestSupport"]),
    .testTarget(name: "KBToolingTests", dependencies: ["KBTooling", "KBModel"], exclude: ["CompilerOutput"]),
  ]
)
