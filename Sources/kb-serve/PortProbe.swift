import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Finds out before starting the server whether the port can be bound, for a clear message.
enum PortProbe {
  static func problem(host: String, port: Int) -> String? {
    guard (1...65535).contains(port) else { return "port \(port) is not between 1 and 65535" }
    var hints = addrinfo()
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_flags = AI_PASSIVE
    var info: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, String(port), &hints, &info) == 0, let first = info else {
      return "cannot resolve host '\(host)'"
    }
    defer { freeaddrinfo(info) }
    let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    if bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 {
      let reason =
        errno == EADDRINUSE ? "is already in use" : "cannot be opened (\(String(cString: strerror(errno))))"
      return "port \(port) on \(host) \(reason); stop the other server or pass --port with a free port"
    }
    return nil
  }
}
