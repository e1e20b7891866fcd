import KBModel
import Testing

@testable import KB

/// kb's parser reports what is wrong with a template at the line and column of the fault.
@Suite("Template syntax errors")
struct TemplateSyntaxErrorTests {
  @Test(
    "each syntax error is reported at its line and column, in words",
    arguments: [
      ("<h1>\n  {{#rows}}\n{{title}}\n", 2, 3, "section 'rows' is opened here and never closed"),
      ("{{^none}}", 1, 1, "inverted section 'none' is opened here and never closed"),
      ("{{$head}}x", 1, 1, "block 'head' is opened here and never closed"),
      ("{{<layout}}\n", 1, 1, "parent 'layout' is opened here and never closed"),
      (
        "{{#entry}}{{title}}\n<p>{{/entri}}</p>", 2, 4,
        "'entri' is closed here, but section 'entry' is open (from 1:1)"
      ),
      ("{{$head}}\n  {{#a}}\n{{/head}}", 3, 1, "'head' is closed here, but section 'a' is open (from 2:3)"),
      ("a\n{{/x}}", 2, 1, "'x' is closed here but was never opened"),
      ("<p>{{title</p>", 1, 11, "unexpected '<' in tag 'title'; expected '}}'"),
      ("text {{title", 1, 6, "tag is never closed with '}}'"),
      ("é {{{name}}", 1, 3, "a tag opened with '{' must end with '}}}'"),
      ("{{! never", 1, 1, "comment is never closed with '}}'"),
      ("x\n {{=<% %>}}", 2, 2, "malformed set-delimiter tag; expected '{{=<start> <end>=}}'"),
      ("{{=<% %>=}}\n<%#a%>", 2, 1, "section 'a' is opened here and never closed"),
      ("{{=<% %>=}}\n<%a", 2, 1, "tag is never closed with '%>'"),
      ("{{% CONTENT_TYPE: JSON }}", 1, 1, "unknown content type 'JSON'; expected HTML or TEXT"),
      ("{{% COLOR: red }}", 1, 1, "unknown configuration variable 'COLOR'"),
      ("{{% CONTENT_TYPE TEXT }}", 1, 1, "malformed configuration tag; expected '{{% CONTENT_TYPE: TEXT }}'"),
      (
        "{{<layout}}{{title}}{{/layout}}", 1, 1,
        "only blocks ({{$name}}…{{/name}}) may be inside parent 'layout'"
      ),
      ("{{$x(y)}}{{/x(y)}}", 1, 1, "block 'x(y)' cannot apply a transform"),
      ("x {{a(b}}", 1, 3, "malformed transform 'a(b'"),
    ])
  func syntaxError(text: String, line: Int, column: Int, message: String) {
    #expect(throws: TemplateSyntaxError(file: "t.mustache", line: line, column: column, message: message)) {
      try ParsedTemplate(text, file: "t.mustache")
    }
  }

  @Test("a template's error prints with its column; content diagnostics print as before")
  func printedForm() {
    let error = TemplateSyntaxError(file: "templates/entry.mustache", line: 12, column: 7, message: "no")
    #expect(error.diagnostic.description == "templates/entry.mustache:12:7: error: no")
    let content = Diagnostic(.warning, SourceLocation(file: "content/A.swift", line: 3), "no")
    #expect(content.description == "content/A.swift:3: warning: no")
  }

  @Test("the escaping kb puts first moves no column, and a standalone first line stays standalone")
  func escapingFirst() throws {
    #expect(
      throws: TemplateSyntaxError(
        file: "t", line: 1, column: 4, message: "'b' is closed here but was never opened")
    ) {
      try ParsedTemplate("abc{{/b}}", file: "t", escaping: .kb)
    }
    let parsed = try ParsedTemplate("\n{{x}}", file: "t", escaping: .kb)
    guard case .escaping(.kb) = parsed.tree.nodes.first,
      case .variable(let name, _) = parsed.tree.nodes.dropFirst().first
    else {
      Issue.record("\(parsed.tree.nodes)")
      return
    }
    #expect(name.position == TemplatePosition(line: 2, column: 1))
  }
}
