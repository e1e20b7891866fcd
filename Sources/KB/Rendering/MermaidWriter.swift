import KBModel

/// Writes a diagram's Mermaid source from its definition.
package enum MermaidWriter {
  static let clientColor = "rgb(84, 89, 95)"
  static let serverColor = "rgb(41, 143, 92)"
  static let highlightColor = "rgb(30, 90, 60)"

  /// `nodeLabel` gives the plain text of a flowchart node (an outcome shows its entry's name).
  package static func source(_ diagram: Diagram, nodeLabel: (FlowNode) -> String) -> String {
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
    "n_" + identifier(id)
  }

  /// A prefix keeps a participant called `end`, `loop` or `box` from reading as a keyword.
  static func participantID(_ id: String) -> String {
    "p_" + identifier(id)
  }

  /// An id reduced to ASCII letters, digits and underscores. Validation allows only slugs, so this
  /// changes nothing but hyphens in a checked site; it keeps an unchecked one from breaking out.
  static func identifier(_ id: String) -> String {
    String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
  }

  /// The title in the YAML front matter, double-quoted: `"`, `\` and `%` are written as
  /// YAML `\xNN` escapes so no `%%` directive can appear, and a line break becomes a space so the
  /// title cannot end the front matter.
  static func frontMatterTitle(_ title: String) -> String {
    var quoted = ""
    for character in title {
      switch character {
      case "\\", "\"", "%": quoted += "\\x" + String(character.asciiValue ?? 0x3F, radix: 16, uppercase: true)
      default:
        switch neutral(character) {
        case .space, .lineBreak: quoted += " "
        case .keep, .encode: quoted.append(character)
        }
      }
    }
    return "title: \"\(quoted)\""
  }

  /// Writer text as Mermaid label text that can only ever be read as text.
  ///
  /// Mermaid reads syntax from ASCII punctuation: `%%` starts a directive or a comment, `;` and
  /// line breaks end a statement (after which `click`, `style` or `classDef` would be read), quotes
  /// and brackets end a label, `-`, `:`, `,` and `+` end a participant's name, `#…;` is an entity,
  /// and a leading backtick makes a Markdown string. Every such character is written as Mermaid's
  /// `#NNN;` entity code, which Mermaid decodes only after parsing, so no text written by a writer
  /// can start a statement or leave its label; a line break becomes `<br>`.
  static func label(_ text: String) -> String {
    var result = ""
    for character in text {
      switch neutral(character) {
      case .keep: result.append(character)
      case .space: result += " "
      case .lineBreak: result += "<br>"
      case .encode(let code): result += "#\(code);"
      }
    }
    return result
  }

  /// Label text inside double quotes: `label` already writes `"` as an entity.
  static func quoted(_ text: String) -> String { label(text) }

  enum Neutral: Equatable {
    case keep
    case space
    case lineBreak
    case encode(UInt32)
  }

  /// Punctuation Mermaid never reads as syntax inside a label, a message or a participant's name.
  static let plainPunctuation: Set<Character> = [".", "'", "?", "!", "/", "(", ")", "_", "*"]

  /// How a character of writer text is written into a Mermaid source.
  static func neutral(_ character: Character) -> Neutral {
    if character == "\n" || character == "\r\n" { return .lineBreak }
    if character == " " { return .keep }
    // A carriage return, tab, form feed or Unicode line separator ends a line for some reader.
    if character.isWhitespace
      || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    {
      return .space
    }
    guard character.isASCII, let scalar = character.unicodeScalars.first else { return .keep }
    if character.isLetter || character.isNumber || plainPunctuation.contains(character) { return .keep }
    return .encode(scalar.value)
  }
}
