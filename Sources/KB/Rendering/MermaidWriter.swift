import KBModel

/// Writes a diagram's Mermaid source from its definition.
enum MermaidWriter {
  static let clientColor = "rgb(84, 89, 95)"
  static let serverColor = "rgb(41, 143, 92)"
  static let highlightColor = "rgb(30, 90, 60)"

  /// `nodeLabel` gives the plain text of a flowchart node (an outcome shows its entry's name).
  public static func source(_ diagram: Diagram, nodeLabel: (FlowNode) -> String) -> String {
    switch diagram.body {
    case .sequence(let sequence): sequenceSource(sequence, title: diagram.title)
    case .flowchart(let flowchart): flowchartSource(flowchart, title: diagram.title, nodeLabel: nodeLabel)
    }
  }

  static func sequenceSource(_ sequence: SequenceDiagram, title: String) -> String {
    var lines = ["---", frontMatterTitle(title), "---", "sequenceDiagram"]
    var index = 0
    while index < sequence.participants.count {
      let side = sequence.participants[index].side
      var run: [Participant] = []
      while index < sequence.participants.count, sequence.participants[index].side == side {
        run.append(sequence.participants[index])
        index += 1
      }
      if let boxTitle = side.label {
        lines.append("  box \(side == .client ? clientColor : serverColor) \(boxTitle)")
        lines += run.map { "    participant \(participantID($0.id)) as \(label($0.name))" }
        lines.append("  end")
      } else {
        lines += run.map { "  participant \(participantID($0.id)) as \(label($0.name))" }
      }
    }
    let destroyed = destroyingMessages(sequence.items)
    appendItems(sequence.items, destroyed: destroyed, to: &lines, indent: "  ")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func appendItems(
    _ items: [SequenceItem], destroyed: [String: [String]], to lines: inout [String], indent: String
  ) {
    for item in items {
      switch item {
      case .message(let message):
        let arrow = message.style == .dashed ? "-->>" : "->>"
        for participant in destroyed[message.id] ?? [] {
          lines.append("\(indent)destroy \(participantID(participant))")
        }
        lines.append(
          "\(indent)\(participantID(message.from))\(arrow)\(participantID(message.to)): \(label(message.text))"
        )
      case .note(let over, let text):
        let ids = over.map(participantID).joined(separator: ",")
        lines.append("\(indent)Note over \(ids): \(label(text))")
      case .end:
        // Mermaid ends a lifeline with `destroy` before the last message it takes part in.
        break
      case .highlight(let inner):
        lines.append("\(indent)rect \(highlightColor)")
        appendItems(inner, destroyed: destroyed, to: &lines, indent: indent + "  ")
        lines.append("\(indent)end")
      }
    }
  }

  /// For each message id, the participants whose lifelines end with that message.
  static func destroyingMessages(_ items: [SequenceItem]) -> [String: [String]] {
    var lastMessage: [String: String] = [:]
    var result: [String: [String]] = [:]
    func walk(_ items: [SequenceItem]) {
      for item in items {
        switch item {
        case .message(let message):
          lastMessage[message.from] = message.id
          lastMessage[message.to] = message.id
        case .end(let participant):
          if let id = lastMessage[participant] { result[id, default: []].append(participant) }
        case .highlight(let inner):
          walk(inner)
        case .note:
          break
        }
      }
    }
    walk(items)
    return result
  }

  static func flowchartSource(
    _ flowchart: Flowchart, title: String, nodeLabel: (FlowNode) -> String
  ) -> String {
    var lines = ["---", frontMatterTitle(title), "---", "flowchart TD"]
    for node in flowchart.nodes {
      let text = "\"\(quoted(nodeLabel(node)))\""
      switch node.kind {
      case .question: lines.append("  \(nodeID(node.id))[\(text)]")
      case .outcome: lines.append("  \(nodeID(node.id)){{\(text)}}")
      }
    }
    for edge in flowchart.edges {
      lines.append("  \(nodeID(edge.from)) -->|\"\(quoted(edge.answer))\"| \(nodeID(edge.to))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Mermaid ids may not hold hyphens safely in every diagram type.
  static func nodeID(_ id: String) -> String {
    "n_" + id.replacingHyphens()
  }

  /// A prefix keeps a participant called `end`, `loop` or `box` from reading as a keyword.
  static func participantID(_ id: String) -> String {
    "p_" + id.replacingHyphens()
  }

  /// The title in the YAML front matter, quoted, since a title may hold `: ` or `#`.
  static func frontMatterTitle(_ title: String) -> String {
    var quoted = ""
    for character in title {
      switch character {
      case "\\": quoted += "\\\\"
      case "\"": quoted += "\\\""
      case "\n", "\r", "\r\n": quoted += " "
      default: quoted.append(character)
      }
    }
    return "title: \"\(quoted)\""
  }

  /// Escapes the characters Mermaid reads as syntax inside message and note text.
  static func label(_ text: String) -> String {
    text.replacing(characters: labelEscapes)
  }

  static let labelEscapes: [Character: String] = [
    ";": "#59;", "#": "#35;",
    // Mermaid reads angle brackets as HTML; the text is plain.
    "<": "#60;", ">": "#62;",
    // A label that starts with a backtick is a Markdown string to Mermaid.
    "`": "#96;",
    "\n": "<br>",
  ]

  static func quoted(_ text: String) -> String {
    label(text).replacingAll("\"", with: "#quot;")
  }
}

extension String {
  func replacingHyphens() -> String { replacingAll("-", with: "_") }

  func replacingAll(_ target: Character, with replacement: String) -> String {
    replacing(characters: [target: replacement])
  }

  /// Replaces each character found in `table` by its replacement, in one pass.
  func replacing(characters table: [Character: String]) -> String {
    var result = ""
    for character in self {
      if let replacement = table[character] { result += replacement } else { result.append(character) }
    }
    return result
  }
}
