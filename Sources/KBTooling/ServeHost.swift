import Foundation

/// Whether the address `kb serve` listens on keeps the preview on this machine.
package enum ServeHost {
  /// Loopback only: `localhost`, `127.0.0.0/8` and `::1` in any of its spellings.
  package static func isLoopback(_ host: String) -> Bool {
    var name = host.lowercased()
    if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
    if name == "localhost" || name.hasSuffix(".localhost") { return true }
    let octets = name.split(separator: ".", omittingEmptySubsequences: false)
    if octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }), octets[0] == "127" { return true }
    // `::1`, `0:0:0:0:0:0:0:1`, `::0:1`, `::ffff:127.0.0.1`.
    if name.contains(":") {
      if name.hasPrefix("::ffff:") { return isLoopback(String(name.dropFirst(7))) }
      let groups = expandedIPv6(name)
      return groups == [0, 0, 0, 0, 0, 0, 0, 1]
    }
    return false
  }

  /// The warning `kb serve` prints when it listens beyond this machine, or nil on loopback.
  package static func exposureWarning(host: String, port: Int) -> String? {
    guard !isLoopback(host) else { return nil }
    let everywhere = ["0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0", ""].contains(host)
    let whom =
      everywhere
      ? "every network this machine is on"
      : "whoever can reach \(host) on the network"
    return
      "kb serve: warning: --host \(host) serves the preview, unpublished content included, to \(whom) on port \(port), "
      + "without any password; use --host 127.0.0.1 (the default) to keep it on this machine"
  }

  /// The eight groups of an IPv6 address written with `::`, or nil when it is not one.
  private static func expandedIPv6(_ text: String) -> [UInt16]? {
    let halves = text.components(separatedBy: "::")
    guard halves.count <= 2 else { return nil }
    func groups(_ part: String) -> [UInt16]? {
      part.isEmpty
        ? []
        : part.split(separator: ":", omittingEmptySubsequences: false).map { UInt16($0, radix: 16) }
          .reduce(into: [UInt16]?([])) { result, group in
            if let group { result?.append(group) } else { result = nil }
          }
    }
    guard let head = groups(halves[0]) else { return nil }
    if halves.count == 1 { return head.count == 8 ? head : nil }
    guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
    return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
  }
}
