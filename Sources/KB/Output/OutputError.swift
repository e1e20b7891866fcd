/// Why the output could not be read or written; the message names the file and is ready to print.
struct OutputError: Error, CustomStringConvertible {
  let description: String

  init(_ message: String) {
    description = message
  }
}
