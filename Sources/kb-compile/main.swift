import Foundation
import KBTooling

// `kb-compile ARGS…` runs `swift build ARGS… --quiet` for a knowledge base's executable and, when
// the content does not compile, prints only the writer's errors, as
// `content/File.swift:LINE:COL: error: …`, each once, and exits non-zero, so that `make check`
// and `make site` never go on to run a stale executable. It does not depend on any content, so
// it builds even when the content is broken.

let arguments = Array(CommandLine.arguments.dropFirst())
let root = FileManager.default.currentDirectoryPath
print("kb-compile: compiling the content (swift build \(arguments.joined(separator: " ")))")
let build = Process()
build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
build.arguments = ["swift", "build"] + arguments + ["--quiet"]
let pipe = Pipe()
build.standardOutput = pipe
build.standardError = pipe
do {
  try build.run()
} catch {
  FileHandle.standardError.write(Data("kb-compile: error: cannot run swift build: \(error)\n".utf8))
  exit(1)
}
let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
build.waitUntilExit()
guard build.terminationStatus == 0 else {
  for line in CompilerOutput.errors(output, packageRoot: root) { print(line) }
  fflush(nil)
  FileHandle.standardError.write(
    Data(
      "kb-compile: the content does not compile; fix the errors above (nothing was checked or built)\n".utf8))
  exit(build.terminationStatus)
}
