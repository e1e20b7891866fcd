/// What a knowledge base changes of kb's look without copying a template: its logo, tab icon,
/// brand colours, an extra style sheet, and the links of its header and footer.
///
/// Files are paths under the package's `templates/` folder, such as `assets/logo.svg`.
public struct Branding: Sendable {
  /// An image shown before the site title in the header, e.g. `assets/logo.svg`.
  public var logo: String?
  /// The tab icon, e.g. `assets/favicon.png`; kb's own when nil.
  public var favicon: String?
  /// The brand colour in light and dark mode.
  public var colors: BrandColors?
  /// A style sheet loaded after kb's own, e.g. `assets/brand.css`.
  public var extraCSS: String?
  /// Links shown in the footer, after kb's own.
  public var footerLinks: [NavigationLink]
  /// Links added to the header's navigation, after the products.
  public var navigation: [NavigationLink]
  public var location: SourceLocation

  public init(
    logo: String? = nil,
    favicon: String? = nil,
    colors: BrandColors? = nil,
    extraCSS: String? = nil,
    footerLinks: [NavigationLink] = [],
    navigation: [NavigationLink] = [],
    file: String = #filePath,
    line: Int = #line
  ) {
    self.logo = logo
    self.favicon = favicon
    self.colors = colors
    self.extraCSS = extraCSS
    self.footerLinks = footerLinks
    self.navigation = navigation
    self.location = SourceLocation(filePath: file, line: line)
  }

  /// Whether anything differs from kb's look.
  public var isDefault: Bool {
    logo == nil && favicon == nil && colors == nil && extraCSS == nil && footerLinks.isEmpty
      && navigation.isEmpty
  }
}

/// The brand colour, as CSS hex colours (`#0a5cff` or `#05f`), for light mode and dark mode.
public struct BrandColors: Sendable {
  public var light: String
  /// The colour on a dark background; the light one when nil.
  public var dark: String?

  public init(light: String, dark: String? = nil) {
    self.light = light
    self.dark = dark
  }
}

/// A link a knowledge base adds to its header or footer.
public struct NavigationLink: Sendable {
  public var title: String
  /// An `https://` or `http://` address.
  public var url: String

  public init(_ title: String, _ url: String) {
    self.title = title
    self.url = url
  }
}
