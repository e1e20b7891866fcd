import Testing

@testable import KB

@Suite("what an entry's summary shows")
struct EntryFactsTests {
  @Test("two texts have the same words whatever their punctuation, in ASCII and beyond")
  func sameWords() {
    #expect(EntryFacts.sameWords("session expired", "session expired."))
    #expect(EntryFacts.sameWords("a-b c", "a b, c"))
    #expect(EntryFacts.sameWords("1.2", "1 2"))
    #expect(!EntryFacts.sameWords("ab", "a b"))
    #expect(!EntryFacts.sameWords("session expired", "session expires"))
    #expect(EntryFacts.sameWords("café ok", "café, ok"))
    #expect(!EntryFacts.sameWords("café", "cafe"))
  }

  @Test("the ASCII way gives what the character way gives, on random ASCII text")
  func asciiMatchesCharacters() {
    var random = DiagramRandom(seed: 15)
    let alphabet = Array("ab1 ._-,:;'\"!?()[]\r\n\tzZ9_")
    func text() -> String {
      String(
        (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a"
        })
    }
    let separators = Array(" ._-,:;'\"!?()[]\r\n\t")
    // The same text with its separators changed: often the same words, sometimes not.
    func punctuatedAgain(_ text: String) -> String {
      String(
        text.flatMap { character -> [Character] in
          guard separators.contains(character) else { return [character] }
          return Int.random(in: 0..<4, using: &random) == 0
            ? [] : [separators.randomElement(using: &random) ?? " "]
        })
    }
    var equal = 0
    for _ in 0..<3_000 {
      let lhs = text()
      let rhs = Bool.random(using: &random) ? text() : punctuatedAgain(lhs)
      if EntryFacts.sameWordsByCharacter(lhs, rhs) { equal += 1 }
      #expect(
        EntryFacts.sameWords(lhs, rhs) == EntryFacts.sameWordsByCharacter(lhs, rhs),
        "\(lhs.debugDescription) \(rhs.debugDescription)")
    }
    // Both outcomes occur often enough for the comparison to mean something.
    #expect(equal > 300 && equal < 2_700)
  }
}
