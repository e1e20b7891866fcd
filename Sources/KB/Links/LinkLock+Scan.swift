import KBModel

extension LinkLock {
  /// A lock's text line by line: its links, and the lines that cannot be links.
  struct Scan {
    var links: [(link: String, line: Int)] = []
    /// Merge-conflict markers (`<<<<<<< HEAD`, `|||||||`, `=======`, `>>>>>>> branch`), by line.
    var markers: [(line: Int, text: String)] = []
    /// Lines with a space or a control character inside, which no link has.
    var malformed: [(line: Int, text: String)] = []

    var hasConflicts: Bool { !markers.isEmpty }

    /// One error per conflict (from its `<<<<<<<` line), per marker outside one, and per line
    /// that is no link.
    func problems(lockPath: String) -> [Diagnostic] {
      var problems: [Diagnostic] = []
      func error(_ line: Int, _ message: String) {
        problems.append(Diagnostic(.error, SourceLocation(file: lockPath, line: line), message))
      }
      let resolve =
        "run `kb lock --resolve`, which keeps the links of both sides (always safe: a link the content no longer has is then reported, to keep or drop on purpose), or remove the markers by hand; kb never writes a lock with markers"
      var opened: Int?
      for marker in markers {
        let kind = marker.text.first
        if kind == "<" {
          if let start = opened {
            error(start, "merge conflict from line \(start) is never closed; \(resolve)")
          }
          opened = marker.line
        } else if kind == ">", let start = opened {
          error(start, "merge conflict (lines \(start)–\(marker.line)) in the lock; \(resolve)")
          opened = nil
        } else if opened == nil {
          error(marker.line, "merge-conflict marker '\(marker.text)' in the lock; \(resolve)")
        }
      }
      if let start = opened { error(start, "merge conflict from line \(start) is never closed; \(resolve)") }
      for line in malformed {
        error(
          line.line,
          "'\(line.text)' is no link: links hold no spaces or control characters; correct or remove the line")
      }
      return problems.sorted { $0.location < $1.location }
    }
  }

  static func scan(_ text: String) -> Scan {
    var scan = Scan()
    // A byte-order mark some Windows editors add says only that the text is UTF-8.
    let text = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
    for (index, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      var raw = Substring(bytes)
      if raw.utf8.last == 0x0D { raw = raw.dropLast() }
      // A line that starts and ends with visible ASCII has nothing to trim.
      let line: Substring =
        isVisibleASCII(raw.utf8.first) && isVisibleASCII(raw.utf8.last)
        ? raw : Substring(raw.trimmingCharacters(in: .whitespaces))
      if line.isEmpty || line.hasPrefix("# ") || line == "#" { continue }
      if isConflictMarker(line) {
        scan.markers.append((index + 1, String(line)))
      } else if line.unicodeScalars.contains(where: isNeverInLink) {
        scan.malformed.append((index + 1, String(line)))
      } else {
        scan.links.append((String(line), index + 1))
      }
    }
    return scan
  }

  /// A line of seven or more `<`, `|`, `=` or `>` (git; more with `conflict-marker-size`), or of
  /// `%`, `+`, `-` or `\` (other tools' conflict styles), alone or before a space and a label.
  /// No link starts with any of them.
  static func isConflictMarker(_ line: Substring) -> Bool {
    guard let first = line.first, "<|=>%+-\\".contains(first) else { return false }
    let run = line.prefix { $0 == first }
    guard run.count >= 7 else { return false }
    let rest = line.dropFirst(run.count)
    return rest.isEmpty || rest.first?.isWhitespace == true
  }

  private static func isNeverInLink(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
      || scalar.properties.generalCategory == .format
  }

  private static func isVisibleASCII(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte > 0x20 && byte < 0x7F
  }
}
