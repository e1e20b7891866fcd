/// The page templates a theme must have, each with the model it receives.
enum PageTemplate: String, CaseIterable, Sendable {
  case home
  case product
  case entry
  case codes
  case search
  case diagram
  case troubleshoot
  case notFound = "not-found"
  case redirect
  case disambiguation
  case diagrams
  case troubleshooters
  case guide

  /// Every key the template, its layout and its partials may name at the top level.
  var keys: TemplateKeys {
    switch self {
    case .home: Page<HomePage>.keys
    case .product: Page<ProductPage>.keys
    case .entry: Page<EntryPage>.keys
    case .codes: Page<CodesPage>.keys
    case .search: Page<SearchPage>.keys
    case .diagram: Page<DiagramPage>.keys
    case .troubleshoot: Page<TroubleshootPage>.keys
    case .notFound: Page<NotFoundPage>.keys
    case .redirect: Page<RedirectPage>.keys
    case .disambiguation: Page<DisambiguationPage>.keys
    case .diagrams, .troubleshooters: Page<DiagramIndexPage>.keys
    case .guide: Page<GuidePage>.keys
    }
  }

  /// The layout every page template is drawn in.
  static let layout = "layout"

  /// The header's product links, drawn once for each depth of page with `ProductNavigation`
  /// and offered to every page as `productNavigation`.
  static let navigation = "navigation"

  /// Every template a theme must have.
  static var required: [String] { allCases.map(\.rawValue) + [layout, navigation] }
}
