import KBModel

extension Validator {
  /// A product's old slugs become folders of the site again, so each must be a slug that no
  /// product has now, no other product had, and no folder of kb's own uses.
  mutating func checkProductAliases() {
    let current = Set(site.products.map(\.slug))
    let ownFolders = Set(
      [SitePaths.codes, SitePaths.search, SitePaths.diagrams, SitePaths.troubleshooters, "e/", "assets/"]
        .map { String($0.dropLast()) })
    var claimed: [String: String] = [:]
    for product in site.products {
      for alias in product.aliases {
        checkSlug(alias, "product alias", at: product.location)
        if current.contains(alias) {
          error(product.location, "product alias '\(alias)' is the slug of a product")
        } else if ownFolders.contains(alias) {
          error(product.location, "product alias '\(alias)' is a folder kb uses for its own pages")
        } else if let owner = claimed[alias], owner != product.slug {
          error(product.location, "product alias '\(alias)' is also an alias of product '\(owner)'")
        } else {
          claimed[alias] = product.slug
        }
      }
    }
  }
}
