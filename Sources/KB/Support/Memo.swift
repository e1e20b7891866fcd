import Foundation

/// Strings made once and handed out again, safely from several threads.
final class Memo<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: Value] = [:]

  /// The value stored under `key`, made by `make` the first time it is asked for.
  func value(for key: String, make: () throws -> Value) rethrows -> Value {
    lock.lock()
    let known = values[key]
    lock.unlock()
    if let known { return known }
    let made = try make()
    lock.lock()
    defer { lock.unlock() }
    values[key] = made
    return made
  }
}
