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
