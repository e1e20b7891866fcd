import Foundation
import Testing

@testable import KBTooling

/// What an `EventSource` reader does with a stream (the HTML standard's algorithm): lines end at
/// CRLF, LF or CR; `event:` names the event, each `data:` adds a line; an empty line dispatches.
private func readEvents(_ stream: String) -> [(name: String, data: String)] {
  var events: [(String, String)] = []
  var name = ""
  var data: [String] = []
  let normalised = stream.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
    of: "\r", with: "\n")
  for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.isEmpty {
      if !data.isEmpty { events.append((name.isEmpty ? "message" : name, data.joined(separator: "\n"))) }
      name = ""
      data = []
    } else if line.hasPrefix("event:") {
      name = String(line.dropFirst(6)).trimmingCharacters(in: .init(charactersIn: " "))
    } else if line.hasPrefix("data:") {
      var value = line.dropFirst(5)
      if value.first == " " { value = value.dropFirst() }
      data.append(String(value))
    }
  }
  return events
}

@Suite("kb serve's reload stream: no writer text can form an event or a field")
struct ServerSentEventTests {
  static let hostile: [String] = [
    "a slug\rretry: 1\r\revent: reload\rdata: x",
    "line\nevent: reload\ndata: ok\n\n",
    "crlf\r\nevent: reload\r\ndata: ok\r\n\r\n",
    "only a carriage return\r",
    "\n\n\n",
    "\r\n\r\n",
    "line separator\u{2028}event: reload\u{2029}",
    "next line\u{85}event: reload",
    "nul\u{0}event: reload",
    "escape \u{1B}]0;title\u{7} and bell",
    "quote \" and backslash \\ and tab \t",
    "unicode: 启动 ﬁle é 😀",
    "",
    "content/Errors/Lab.swift:12: error: entry slug 'a\rb' must be …",
  ]

  @Test("each event reads back as one event with the data unchanged", arguments: hostile)
  func roundTrip(_ text: String) throws {
    let stream = ServerSentEvent.encode("errors", text)
    let events = readEvents(stream)
    try #require(events.count == 1, "\(events)")
    #expect(events[0].name == "errors")
    let decoded = try JSONDecoder().decode(String.self, from: Data(events[0].data.utf8))
    #expect(decoded == text)
  }

  @Test("the stream holds one event line, one data line and the blank line that ends it", arguments: hostile)
  func oneDataLine(_ text: String) {
    let stream = ServerSentEvent.encode("errors", text)
    #expect(stream.hasPrefix("event: errors\ndata: \""))
    #expect(stream.hasSuffix("\"\n\n"))
    let body = stream.dropFirst("event: errors\n".count).dropLast(2)
    #expect(!body.unicodeScalars.contains { $0.value < 0x20 || $0.value >= 0x7F })
  }

  @Test("every line-ending form in a sequence of events keeps them apart")
  func manyEvents() {
    let stream =
      Self.hostile.map { ServerSentEvent.encode("errors", $0) }.joined()
      + ServerSentEvent.encode("reload", "ok")
    let events = readEvents(stream)
    #expect(events.map(\.name) == Array(repeating: "errors", count: Self.hostile.count) + ["reload"])
  }

  @Test("an event name cannot break its line either")
  func name() {
    let events = readEvents(ServerSentEvent.encode("reload\r\ndata: x\n\nevent: errors", "ok"))
    #expect(events.count == 1)
  }
}
