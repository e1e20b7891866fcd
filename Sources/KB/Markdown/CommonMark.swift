import Ccmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only place that talks to libcmark: parses CommonMark and hands back Swift values.
///
/// Rendering uses cmark's default safe mode: raw HTML is dropped and `javascript:`, `vbscript:`,
/// `file:` and most `data:` URLs are blanked by cmark itself; `kb check` refuses them before that,
/// in links and images alike.
package enum CommonMark {
  /// What becomes of a link when a document is rendered.
  enum LinkRewrite: Equatable, Sendable {
    case keep
    case replace(String)
    /// The link's text stays, without the link.
    case unlink
  }

  /// Renders a CommonMark document to HTML, letting `rewriteLink` replace each link destination.
  static func html(
    _ markdown: String, rewriteLink: (String) -> String? = { _ in nil }
  ) -> String {
    html(markdown, links: { url in rewriteLink(url).map(LinkRewrite.replace) ?? .keep })
  }

  /// Renders a CommonMark document to HTML, keeping, replacing or removing each link.
  static func html(_ markdown: String, links: (String) -> LinkRewrite) -> String {
    withDocument(markdown, fallback: "") { root in
      rewriteLinks(in: root, links)
      guard let rendered = cmark_render_html(root, CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART) else {
        return ""
      }
      defer { free(rendered) }
      return String(cString: rendered)
    }
  }

  /// Renders a CommonMark document to HTML like `html(_:links:)`, giving the headings, in
  /// order, the ids `headingIDs` lists (slugs, which need no escaping), so each can be linked to.
  static func html(_ markdown: String, links: (String) -> LinkRewrite, headingIDs: [String]) -> String {
    let rendered = html(markdown, links: links)
    guard !headingIDs.isEmpty else { return rendered }
    // cmark writes a heading as a bare `<hN>`; in safe mode nothing else produces that text
    // (raw HTML is omitted, code is escaped), so the n-th such tag is the n-th heading.
    var result = ""
    var rest = Substring(rendered)
    var ids = headingIDs.makeIterator()
    while let match = rest.firstRange(of: #/<h[1-6]>/#) {
      result += rest[..<match.lowerBound]
      let tag = rest[match].dropLast()
      if let id = ids.next() {
        result += tag + " id=\"" + id + "\">"
      } else {
        result += rest[match]
      }
      rest = rest[match.upperBound...]
    }
    return result + rest
  }

  /// The text of every heading of the document, in order, without markup.
  static func headings(in markdown: String) -> [String] {
    withDocument(markdown, fallback: []) { root in
      var headings: [String] = []
      var current: String? = nil
      visit(root) { node, entering in
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
          if entering {
            current = ""
          } else if let text = current {
            headings.append(text)
            current = nil
          }
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
          if entering, current != nil, let literal = cmark_node_get_literal(node) {
            current? += String(cString: literal)
          }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
          if entering, current != nil { current? += " " }
        default:
          break
        }
      }
      return headings
    }
  }

  /// The document written again as CommonMark, each link kept, replaced or removed: for text
  /// that leaves the site, such as a reply pasted into a ticket, where `entry:` links mean nothing.
  static func commonMark(_ markdown: String, links: (String) -> LinkRewrite) -> String {
    withDocument(markdown, fallback: "") { root in
      rewriteLinks(in: root, links)
      // Raw HTML is dropped, as the pages drop it: a help desk may render what is pasted.
      var html: [OpaquePointer] = []
      visit(root) { node, entering in
        let type = cmark_node_get_type(node)
        if entering, type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { html.append(node) }
      }
      for node in html { cmark_node_free(node) }
      // Width 0: no wrapping, so a help desk's editor wraps the lines itself.
      guard let rendered = cmark_render_commonmark(root, CMARK_OPT_VALIDATE_UTF8, 0) else { return "" }
      defer { free(rendered) }
      return String(cString: rendered).trimmingSuffix("\n")
    }
  }

  /// The text a reader sees, each link's address after its text in parentheses when `links`
  /// replaces it with one, for plain-text replies.
  static func plainText(_ markdown: String, links: (String) -> LinkRewrite) -> String {
    withDocument(markdown, fallback: "") { root in
      rewriteLinks(in: root, links)
      return text(of: root, showingLinks: true)
    }
  }

  /// Keeps, replaces or removes every link of a parsed document.
  private static func rewriteLinks(in root: OpaquePointer, _ links: (String) -> LinkRewrite) {
    var unlinked: [OpaquePointer] = []
    visit(root) { node, entering in
      guard entering, cmark_node_get_type(node) == CMARK_NODE_LINK,
        let url = cmark_node_get_url(node).map({ String(cString: $0) })
      else { return }
      switch links(url) {
      case .keep: break
      case .replace(let replacement): cmark_node_set_url(node, replacement)
      case .unlink: unlinked.append(node)
      }
    }
    // The tree changes only after the walk, which must not see nodes move under it.
    for link in unlinked {
      while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
      cmark_node_free(link)
    }
  }

  /// Renders a single paragraph without its `<p>` wrapper, for titles and diagram labels.
  static func inlineHTML(_ markdown: String, rewriteLink: (String) -> String? = { _ in nil })
    -> String
  {
    inlineHTML(markdown, links: { url in rewriteLink(url).map(LinkRewrite.replace) ?? .keep })
  }

  /// Renders a single paragraph without its `<p>` wrapper, keeping, replacing or removing each link.
  static func inlineHTML(_ markdown: String, links: (String) -> LinkRewrite) -> String {
    var html = self.html(markdown, links: links).trimmingSuffix("\n")
    if html.hasPrefix("<p>"), html.hasSuffix("</p>"),
      !html.dropFirst(3).contains("<p>")
    {
      html = String(html.dropFirst(3).dropLast(4))
    }
    return html
  }

  /// Every link destination in the document, in order.
  static func links(in markdown: String) -> [String] {
    destinations(of: CMARK_NODE_LINK, in: markdown)
  }

  /// Every image source in the document, in order, as written: rendering blanks a `javascript:`
  /// or `data:` source to `src=""`, so the check reads them here.
  static func images(in markdown: String) -> [String] {
    destinations(of: CMARK_NODE_IMAGE, in: markdown)
  }

  private static func destinations(of type: cmark_node_type, in markdown: String) -> [String] {
    withDocument(markdown, fallback: []) { root in
      var urls: [String] = []
      visit(root) { node, entering in
        guard entering, cmark_node_get_type(node) == type, let url = cmark_node_get_url(node) else { return }
        urls.append(String(cString: url))
      }
      return urls
    }
  }

  /// The document's text in runs, each with the destination of the link it sits in (nil outside
  /// links); for rules about what prose says next to or inside links.
  static func textRuns(in markdown: String) -> [(text: String, link: String?)] {
    withDocument(markdown, fallback: []) { root in
      var runs: [(text: String, link: String?)] = []
      var openLinks: [String] = []
      func append(_ text: String) {
        let link = openLinks.last
        if let last = runs.last, last.link == link {
          runs[runs.count - 1].text += text
        } else {
          runs.append((text, link))
        }
      }
      visit(root) { node, entering in
        switch cmark_node_get_type(node) {
        case CMARK_NODE_LINK:
          if entering {
            openLinks.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
          } else {
            _ = openLinks.popLast()
          }
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
          if entering, let literal = cmark_node_get_literal(node) { append(String(cString: literal)) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
          if entering { append(" ") }
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
          if !entering { append("\n") }
        default:
          break
        }
      }
      return runs
    }
  }

  /// Every piece of raw HTML in the document, inline or as a block, as written. Rendering drops
  /// raw HTML (safe mode), so a writer's `<resource>` outside backticks would vanish from the page.
  static func rawHTML(in markdown: String) -> [String] {
    withDocument(markdown, fallback: []) { root in
      var pieces: [String] = []
      visit(root) { node, entering in
        let type = cmark_node_get_type(node)
        guard entering, type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK,
          let literal = cmark_node_get_literal(node)
        else { return }
        pieces.append(String(cString: literal).trimmingSuffix("\n"))
      }
      return pieces
    }
  }

  /// The text a reader sees, without markup: for search, JSON and diagram labels.
  package static func plainText(_ markdown: String) -> String {
    withDocument(markdown, fallback: "") { root in text(of: root, showingLinks: false) }
  }

  private static func text(of root: OpaquePointer, showingLinks: Bool) -> String {
    var text = ""
    visit(root) { node, entering in
      switch cmark_node_get_type(node) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        if entering, let literal = cmark_node_get_literal(node) {
          text += String(cString: literal)
        }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        if entering { text += " " }
      case CMARK_NODE_LINK:
        // An autolink's text is its address already.
        if showingLinks, !entering, let url = cmark_node_get_url(node).map({ String(cString: $0) }),
          !url.isEmpty, !text.hasSuffix(url.hasPrefix("mailto:") ? String(url.dropFirst(7)) : url)
        {
          text += " (\(url))"
        }
      case CMARK_NODE_CODE_BLOCK:
        if entering, let literal = cmark_node_get_literal(node) {
          text += separator(text) + String(cString: literal).trimmingSuffix("\n")
        }
      case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
        if entering { text += separator(text) }
      default:
        break
      }
    }
    return text
  }

  private static func separator(_ text: String) -> String {
    text.isEmpty || text.hasSuffix(" ") ? "" : " "
  }

  private static func withDocument<T>(
    _ markdown: String, fallback: T, _ body: (OpaquePointer) -> T
  ) -> T {
    let bytes = Array(markdown.utf8)
    // cmark only returns nil when it cannot allocate; an empty document renders the same.
    guard let root = cmark_parse_document(bytes, bytes.count, CMARK_OPT_VALIDATE_UTF8) else {
      return fallback
    }
    defer { cmark_node_free(root) }
    return body(root)
  }

  private static func visit(_ root: OpaquePointer, _ action: (OpaquePointer, Bool) -> Void) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      action(node, event == CMARK_EVENT_ENTER)
    }
  }
}

extension String {
  func trimmingSuffix(_ suffix: String) -> String {
    var result = self
    while result.hasSuffix(suffix) { result.removeLast(suffix.count) }
    return result
  }
}
