import KBModel

/// Where an entry sits in a site: the indexes of its product, its topic and its place in the
/// topic. Tables over every entry hold these rather than copies of entries, so that a site of
/// 100,000 entries is not held in memory a second and third time.
struct EntryPosition: Hashable, Sendable {
  var product: Int32
  var topic: Int32
  var entry: Int32

  /// Every entry's position, in site order.
  static func all(in site: Site) -> [EntryPosition] {
    var positions: [EntryPosition] = []
    for (p, product) in site.products.enumerated() {
      for (t, topic) in product.topics.enumerated() {
        for e in topic.entries.indices {
          positions.append(EntryPosition(product: Int32(p), topic: Int32(t), entry: Int32(e)))
        }
      }
    }
    return positions
  }
}

extension Site {
  /// The entry at `position`, with its product.
  subscript(position: EntryPosition) -> (product: Product, entry: Entry) {
    let product = products[Int(position.product)]
    return (product, product.topics[Int(position.topic)].entries[Int(position.entry)])
  }
}
