import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Closes the reload streams as soon as Ctrl+C or SIGTERM arrives.
///
/// Hummingbird stops on these signals by letting every response in flight finish, and a tab's
/// event stream would run forever; ending the streams lets the server stop at once. Hummingbird
/// still handles the signals: a signal source only observes them.
enum StopSignals {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func closeStreams(of hub: ReloadHub) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { Task { await hub.close() } }
      source.resume()
      sources.append(source)
    }
  }
}
