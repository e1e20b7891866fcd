/// Why a build stopped; the message is ready to print.
public enum BuildError: Error, CustomStringConvertible {
  /// Problems in the content or the templates, each at its file and line.
  case invalidContent([Diagnostic])
  case output(String)

  public var description: String {
    switch self {
    case .invalidContent(let diagnostics):
      diagnostics.map(\.description).joined(separator: "\n")
        + "\nkb: \(diagnostics.errors.count) error(s) in the content or templates; nothing was written"
    case .output(let message): message
    }
  }
}
