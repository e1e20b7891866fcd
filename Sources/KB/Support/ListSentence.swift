/// How a sentence lists several things: "a", "a and b", "a, b and c".
package enum ListSentence {
  /// What comes before item `index` of a list of `count` in a sentence: "", ", " or " and ".
  package static func separator(at index: Int, count: Int) -> String {
    index == 0 ? "" : index == count - 1 ? " and " : ", "
  }
}
