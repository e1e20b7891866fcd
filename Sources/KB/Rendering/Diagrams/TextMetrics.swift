/// Estimates how wide text is drawn, from the advance widths of Arial (and its metric twin
/// Liberation Sans), the font the diagrams ask for.
enum TextMetrics {
  /// Advance widths in thousandths of an em for printable ASCII, starting at the space.
  private static let asciiWidths: [Double] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space–/
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0–?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @–O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P–_
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `–o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p–~
  ]

  /// Bold Arial is wider by about this much on average.
  private static let boldFactor = 1.1
  /// Room for fonts that fall back to something wider than Arial.
  private static let safety = 1.06

  static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
    var units = 0.0
    for scalar in text.unicodeScalars {
      let value = Int(scalar.value)
      if value >= 32, value - 32 < asciiWidths.count {
        units += asciiWidths[value - 32]
      } else if value < 32 {
        continue
      } else {
        // Letters outside ASCII: as wide as a wide capital, so nothing is clipped.
        units += 760
      }
    }
    return units / 1000 * fontSize * (bold ? boldFactor : 1) * safety
  }
}
