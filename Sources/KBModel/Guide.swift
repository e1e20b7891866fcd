/// A guide entries send readers to, declared once in its product and referred to from prose as
/// `guide:slug#section`: a page of the knowledge base written in Markdown (`body:`, its sections
/// are its headings), or a document published elsewhere (`url:` and `sections:`).
public struct Guide: Sendable {
  /// How prose names the guide: `guide:<slug>` or `guide:<slug>#<section>`.
  public var slug: String
  public var title: String
  /// Where the guide is published; nil when the source names the guide without giving an address,
  /// in which case links to it render as plain text and `kb check` warns.
  public var url: String?
  public var sections: [GuideSection]
  /// The guide's text in CommonMark when the knowledge base publishes it as a page of its own;
  /// each heading (`## Install the app`) is a section links can name (`guide:slug#install-the-app`).
  public var body: String?
  public var location: SourceLocation

  public init(
    slug: String,
    title: String,
    url: String? = nil,
    sections: [GuideSection] = [],
    body: String? = nil,
    file: String = #filePath,
    line: Int = #line
  ) {
    self.slug = slug
    self.title = title
    self.url = url
    self.sections = sections
    self.body = body
    self.location = SourceLocation(filePath: file, line: line)
  }

  public func section(_ id: String) -> GuideSection? {
    sections.first { $0.id == id }
  }

  /// The address of the guide or of one of its sections, when the guide has one.
  public func url(section id: String?) -> String? {
    guard let url else { return nil }
    guard let id, let section = section(id) else { return url }
    return url + "#" + section.anchor
  }
}

/// A named part of a guide, e.g. its Canvas section.
public struct GuideSection: Sendable {
  /// How prose names the section: the part after `#` in `guide:lti-setup#canvas`.
  public var id: String
  public var title: String
  /// The section's fragment in the guide's own address; the id unless the guide spells it otherwise.
  public var anchor: String

  public init(_ id: String, title: String, anchor: String? = nil) {
    self.id = id
    self.title = title
    self.anchor = anchor ?? id
  }
}
