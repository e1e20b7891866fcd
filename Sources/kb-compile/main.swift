import Foundation
import KBTooling

// `kb-compile ARGS…` runs `swift build ARGS… --quiet` for a knowledge base's executable and, when
// the content does not compile, prints only the writer's errors to standard error, as
// `content/File.swift:LINE:COL: error: …`, each once, and exits non-zero, so that `make check`
// and `make site` never go on to run a stale executable. It does not depend on any content, so
// it builds even when the content is broken.

let arguments = Array(CommandLine.arguments.dropFirst())
print("kb-compile: compiling the content (swift build \(arguments.joined(separator: " ")))")
fflush(nil)
let build = SwiftBuild.run(arguments + ["--quiet"])
guard build.succeeded else {
  let lines =
    build.errors + [
      "kb-compile: the content does not compile; fix the errors above (nothing was checked or built)"
    ]
  FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
  exit(build.status)
}
