import Foundation

/// Writes a line to standard error, after what was printed to standard output, so that a summary
/// follows the diagnostics it counts.
func printError(_ message: String) {
  fflush(stdout)
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
