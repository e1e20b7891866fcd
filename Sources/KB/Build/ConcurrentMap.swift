import Foundation

/// Runs `transform` for every index on all cores and returns the results in index order, so the
/// outcome never depends on which thread finishes first.
func concurrentMap<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
  let slots = ResultSlots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    slots.store(transform(index), at: index)
  }
  return slots.values
}

/// One slot per index, filled by worker threads.
private final class ResultSlots<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func store(_ value: T, at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
  }

  /// Only read once every thread has finished.
  var values: [T] { slots.compactMap { $0 } }
}

/// A value made on a thread of its own while the caller goes on; `wait()` hands it over.
final class BackgroundValue<T>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let make: @Sendable () -> T
  private var result: T?

  init(_ make: @escaping @Sendable () -> T) {
    self.make = make
    Thread { [self] in
      result = make()
      done.signal()
    }.start()
  }

  func wait() -> T {
    done.wait()
    done.signal()
    // The thread sets the result before it signals; making it here is only a fallback.
    return result ?? make()
  }
}
