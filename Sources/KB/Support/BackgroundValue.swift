import Foundation

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
