import Foundation

/// Writes a line to standard error, after flushing what was printed to standard output, so a summary
/// follows the diagnostics it counts.
func printError(_ message: String) {
  fflush(nil)
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
