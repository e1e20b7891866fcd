import KBModel

/// A small, fast generator with a fixed seed, so every run draws the same diagrams.
struct DiagramRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < probability
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}

/// Random but valid diagrams of the sizes writers draw: a few columns, a handful of questions.
enum DiagramGenerators {
  static let words = [
    "Launch", "request", "LMS", "token", "Send", "URL", "API", "redirect", "browser", "to", "the",
    "a",
    "Connection", "cookies", "Lab", "client", "Is", "there", "value", "for", "AgsAccessToken",
    "status",
    "OK", "No", "Yes", "Error", "membership#Learner", "W", "i", "Wide-WWWW-MMMM",
    "ProvisioningSucceeded",
  ]

  static func phrase(_ random: inout DiagramRandom, maxWords: Int) -> String {
    (0..<random.int(1...maxWords)).map { _ in words[random.int(0...(words.count - 1))] }.joined(
      separator: " ")
  }

  static func sequence(_ random: inout DiagramRandom) -> SequenceDiagram {
    let count = random.int(2...5)
    var participants: [Participant] = []
    var side = Participant.Side.none
    let sides: [Participant.Side] = [.client, .server, .none]
    var used: Set<Participant.Side> = []
    for offset in 0..<count {
      if offset == 0 || random.chance(0.4) {
        let fresh = sides.filter { $0 == .none || !used.contains($0) }
        side = fresh[random.int(0...(fresh.count - 1))]
        used.insert(side)
      }
      participants.append(Participant("p\(offset)", phrase(&random, maxWords: 3), side: side))
    }
    var alive = participants.map(\.id)
    var spoken: Set<String> = []
    var number = 0
    func items(depth: Int, limit: Int) -> [SequenceItem] {
      var result: [SequenceItem] = []
      for _ in 0..<random.int(1...limit) {
        let roll = random.int(0...9)
        if roll < 6 || alive.count < 2 {
          guard let from = alive.randomElement(using: &random) else { break }
          let to =
            random.chance(0.1)
            ? from : alive.filter { $0 != from }.randomElement(using: &random) ?? from
          number += 1
          let style: Message.Style = random.chance(0.3) ? .dashed : .solid
          result.append(
            .message("m\(number)", from: from, to: to, phrase(&random, maxWords: 8), style: style))
          spoken.formUnion([from, to])
        } else if roll < 8 {
          let first = random.int(0...(alive.count - 1))
          let over =
            random.chance(0.5) && first + 1 < alive.count
            ? [alive[first], alive[first + 1]] : [alive[first]]
          result.append(.note(over: over, text: phrase(&random, maxWords: 6)))
        } else if roll == 8, depth == 0 {
          let inner = items(depth: 1, limit: 3)
          if !inner.isEmpty { result.append(.highlight(inner)) }
        } else if let ending = alive.filter(spoken.contains).randomElement(using: &random),
          alive.count > 2
        {
          alive.removeAll { $0 == ending }
          result.append(.end(ending))
        }
      }
      return result
    }
    var all = items(depth: 0, limit: 9)
    if number == 0 { all.append(.message("m0", from: "p0", to: "p1", "Hello")) }
    return SequenceDiagram(participants: participants, items: all)
  }

  static func flowchart(_ random: inout DiagramRandom) -> Flowchart {
    let count = random.int(2...9)
    var nodes: [FlowNode] = []
    for offset in 0..<count {
      let isQuestion = offset == 0 || (offset < count - 1 && random.chance(0.55))
      nodes.append(
        isQuestion
          ? .question("n\(offset)", phrase(&random, maxWords: 9))
          : .outcome(
            "n\(offset)", entry: EntryRef("scenario-\(offset)"), label: phrase(&random, maxWords: 4)
          ))
    }
    var edges: [FlowEdge] = []
    var reached: Set<Int> = [0]
    for offset in 0..<count where nodes[offset].kind == .question {
      let targets = Set((0..<random.int(1...3)).map { _ in random.int((offset + 1)...(count - 1)) })
      for target in targets.sorted() {
        edges.append(.answer("n\(offset)", phrase(&random, maxWords: 4), to: "n\(target)"))
        reached.insert(target)
      }
      if offset > 0, random.chance(0.1) {
        edges.append(.answer("n\(offset)", "Try again", to: "n\(random.int(0...(offset - 1)))"))
      }
    }
    let questions = (0..<count).filter { nodes[$0].kind == .question }
    for offset in 1..<count where !reached.contains(offset) {
      let from = questions.filter { $0 < offset }.randomElement(using: &random) ?? 0
      edges.append(.answer("n\(from)", phrase(&random, maxWords: 3), to: "n\(offset)"))
    }
    return Flowchart(start: "n0", nodes: nodes, edges: edges)
  }
}
