import Foundation
import KBTooling

/// Tells open browser tabs to reload, or shows them the errors of a failed rebuild.
actor ReloadHub {
  private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
  /// The errors of the last rebuild, shown to tabs that connect while they stand.
  private(set) var errors: [String] = []
  /// Set when the server stops: open streams have ended and new ones end at once.
  private var closed = false

  func subscribe() -> AsyncStream<String> {
    let id = UUID()
    let (stream, continuation) = AsyncStream<String>.makeStream()
    if closed {
      continuation.finish()
      return stream
    }
    subscribers[id] = continuation
    continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
    continuation.yield("retry: 1000\n\n")
    if !errors.isEmpty { continuation.yield(Self.event("errors", errors.joined(separator: "\n"))) }
    return stream
  }

  private func unsubscribe(_ id: UUID) {
    subscribers[id] = nil
  }

  /// Ends every open stream. The server's graceful shutdown waits for responses in flight to
  /// finish, and an event stream otherwise never does.
  func close() {
    closed = true
    for continuation in subscribers.values { continuation.finish() }
    subscribers = [:]
  }

  func succeeded() {
    errors = []
    broadcast(Self.event("reload", "ok"))
  }

  func failed(_ lines: [String]) {
    errors = lines
    broadcast(Self.event("errors", lines.joined(separator: "\n")))
  }

  private func broadcast(_ message: String) {
    for continuation in subscribers.values { continuation.yield(message) }
  }

  /// A server-sent event whose data, however many lines it has, is one JSON string on one line.
  static func event(_ name: String, _ data: String) -> String {
    ServerSentEvent.encode(name, data)
  }
}
