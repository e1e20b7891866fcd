import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How long each stage of a build took, wall clock and CPU of the whole process, printed to
/// standard error by a build that asks (`SiteBuilder.timings`, `kb build --timings`);
/// `bench/run.py` reads it for the per-stage table.
///
/// Stages may overlap: the search index and `index.json` are made on a thread of their own while
/// pages render, so the process CPU of a stage includes whatever ran beside it. `thread CPU` is
/// given for the stages that run on one thread from start to end.
final class StageTimes: @unchecked Sendable {
  /// The process's clock: stages of kb's pipeline measure themselves here, and nothing is
  /// recorded until a build starts it.
  static let shared = StageTimes(enabled: false)

  struct Stage {
    var name: String
    var start: Double
    var wall: Double
    var processCPU: Double
    var threadCPU: Double?
    /// The process's peak resident memory so far, in MiB, when the stage ended.
    var peakMiB: Int
  }

  private let lock = NSLock()
  private var isOn: Bool
  private var origin = StageTimes.now()
  private var stages: [Stage] = []

  init(enabled: Bool) {
    isOn = enabled
  }

  var enabled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return isOn
  }

  /// Starts recording from now, forgetting the stages of any build before.
  func start() {
    lock.lock()
    defer { lock.unlock() }
    isOn = true
    origin = Self.now()
    stages = []
  }

  /// Runs `body` as the stage `name`; `oneThread` says the stage runs on the calling thread only.
  func measure<T>(_ name: String, oneThread: Bool = false, _ body: () throws -> T) rethrows -> T {
    guard enabled else { return try body() }
    let start = Self.now()
    let cpu = Self.processCPU()
    let thread = Self.threadCPU()
    defer {
      lock.lock()
      let origin = origin
      lock.unlock()
      let stage = Stage(
        name: name, start: start - origin, wall: Self.now() - start,
        processCPU: Self.processCPU() - cpu, threadCPU: oneThread ? Self.threadCPU() - thread : nil,
        peakMiB: Self.peakMiB())
      lock.lock()
      stages.append(stage)
      lock.unlock()
    }
    return try body()
  }

  /// One line per stage, in the order they started.
  func report() -> String {
    lock.lock()
    defer { lock.unlock() }
    let lines = stages.sorted { $0.start < $1.start }.map { stage in
      let thread = stage.threadCPU.map { String(format: " thread-cpu %.3f", $0) } ?? ""
      return String(
        format: "kb-timing %-24@ start %.3f wall %.3f process-cpu %.3f peak-mib %d", stage.name as NSString,
        stage.start, stage.wall, stage.processCPU, stage.peakMiB) + thread
    }
    return lines.joined(separator: "\n")
  }

  func printReport() {
    guard enabled else { return }
    FileHandle.standardError.write(Data((report() + "\n").utf8))
  }

  /// `VmHWM` from `/proc/self/status`; 0 where there is no such file.
  private static func peakMiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
  }

  private static func now() -> Double { seconds(CLOCK_MONOTONIC) }
  private static func threadCPU() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }
  private static func processCPU() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

  private static func seconds(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
