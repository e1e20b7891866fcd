import KBModel

/// Writes the Swift file of a new entry with every field shown, for `kb new entry`.
public struct EntryScaffold {
  public enum Problem: Error, CustomStringConvertible {
    case unknownProduct(String, hint: String)
    case codeExists(String, at: SourceLocation)
    case badCode(String)

    public var description: String {
      switch self {
      case .unknownProduct(let slug, let hint): "unknown product '\(slug)'\(hint)"
      case .codeExists(let code, let location): "code \(code) already exists at \(location)"
      case .badCode(let code): "code '\(code)' must be letters, digits, '-' or '_' without spaces"
      }
    }
  }

  public let path: String
  public let variable: String
  public let text: String

  public init(site: Site, product slug: String, code: String, title: String) throws {
    guard let product = site.products.first(where: { $0.slug == slug }) else {
      throw Problem.unknownProduct(slug, hint: Suggestion.didYouMean(slug, among: site.products.map(\.slug)))
    }
    guard !code.isEmpty, code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      throw Problem.badCode(code)
    }
    if let existing = product.entries.first(where: { $0.code == code }) {
      throw Problem.codeExists(code, at: existing.location)
    }
    let folder = product.location.file.split(separator: "/").dropLast().joined(separator: "/")
    let folderName = folder.split(separator: "/").last.map(String.init) ?? "Content"
    let safeCode = code.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    path = "\(folder)/\(folderName)Entry\(safeCode).swift"
    variable = Self.camelCase(slug) + "Entry" + safeCode
    text = Self.template(variable: variable, code: code, title: title, product: product)
  }

  static func camelCase(_ slug: String) -> String {
    let words = slug.split(separator: "-")
    guard let first = words.first else { return "entry" }
    return first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  static func quoted(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      default: result.append(character)
      }
    }
    return "\"" + result + "\""
  }

  static func template(variable: String, code: String, title: String, product: Product) -> String {
    let diagrams = product.diagrams.map(\.slug).joined(separator: ", ")
    return """
      import KBModel

      // Fill in every "" below, then add `\(variable)` to the `entries:` of a topic in
      // this folder and run `make check`. Remove the optional fields you do not need.
      var \(variable): Entry {
        Entry(
          .code(\(quoted(code)), name: nil),  // name: the symbolic name, spelled exactly as emitted
          title: \(quoted(title)),
          symptoms: [
            .message(""),  // the exact message the product shows
            .sees(""),  // what the user sees, in words
          ],
          causes: [
            ""
          ],
          resolution: [
            "",
            Step("", sample: nil),  // a step may carry a code sample: .shell("…"), .javascript("…")
          ],
          variants: [],  // PlatformVariant("Canvas", steps: ["…"]) where platforms differ
          samples: [],
          actors: [.user],  // .user, .instructor, .admin, .developer, .support
          frequency: nil,  // .common, .uncommon, .veryUncommon
          retry: nil,  // only where the source says: .retry(attempts: 1), .later, .doNotRetry, …
          escalation: nil,  // when to contact support, in CommonMark
          sourceNotes: [],  // SourceNote(says: "…", "…") where the source contradicts itself
          related: [],  // "other-slug" or "product/slug"
          happensAt: nil,  // "diagram-slug#step-id"; diagrams of this product: \(diagrams.isEmpty ? "none" : diagrams)
          aliases: [],  // other spellings and old slugs that must keep working
          deprecation: nil
        )
      }

      """
  }
}
