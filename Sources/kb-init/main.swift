import Foundation
import KBStarter

// `kb-init DIR --name NAME [--kb-url URL --kb-version VERSION]`: `kb init` without kb's
// pipeline, so `make init` in a fresh clone compiles only this and the model, in debug.
let usage = "usage: kb-init DIR --name NAME [--kb-url URL --kb-version VERSION]"

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("kb-init: error: \(message)\n\(usage)\n".utf8))
  exit(64)
}

var folder: String?
var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "-h", "--help":
    print("\(NewPackage.summary)\n\(usage)")
    exit(0)
  case "--name", "--kb-url", "--kb-version":
    guard let value = arguments.popFirst() else { fail("\(argument) needs a value") }
    options[argument] = value
  case let flag where flag.hasPrefix("-"):
    fail("unknown option '\(flag)'")
  default:
    guard folder == nil else { fail("one folder only; '\(argument)' is a second") }
    folder = argument
  }
}
guard let folder else { fail("name the folder to create the package in") }
guard let name = options["--name"] else { fail("--name NAME is missing") }
let request = NewPackage(
  folder: folder, name: name, kbURL: options["--kb-url"], kbVersion: options["--kb-version"])
if let problem = request.problem { fail(problem) }
do {
  for line in try request.write() { print(line) }
} catch {
  FileHandle.standardError.write(Data("kb-init: error: \(error)\n".utf8))
  exit(1)
}
