/// What `navigation.mustache` receives: every product's link from pages at one depth. The
/// template sees nothing else, so its output is the same for every page at that depth and is
/// drawn once for all of them.
struct ProductNavigation: TemplateModel {
  var products: [PageLink]

  static let schema = TemplateSchema<Self>(
    "product navigation", [.model("products", PageLink.self) { $0.products }])
}
