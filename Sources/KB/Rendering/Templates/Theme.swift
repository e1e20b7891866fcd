import Foundation

/// kb's default theme, shipped as package resources: templates, `assets/` and the JSON schema of
/// `index.json`. A knowledge base replaces any one of them with a file of the same name in its
/// own `templates/` folder.
public enum Theme {
  /// The folder of the default theme's templates.
  public static var templates: URL {
    Bundle.module.resourceURL?.appendingPathComponent("Theme")
      ?? Bundle.module.bundleURL.appendingPathComponent("Theme")
  }

  /// The default theme's assets, copied to `public/assets/`.
  static var assets: URL { templates.appendingPathComponent("assets") }
}
