import Testing

@testable import KB

@Suite("CommonMark through libcmark")
struct CommonMarkTests {
  @Test("raw HTML is dropped and javascript: links are blanked")
  func safeMode() {
    let html = CommonMark.html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=x>b</b>")
    #expect(!html.contains("<script"))
    #expect(!html.contains("javascript:"))
    #expect(!html.contains("onclick"))
  }

  @Test("entry: links are rewritten by the caller")
  func rewriting() {
    let html = CommonMark.html("See [five](entry:lab-api/5).") { $0 == "entry:lab-api/5" ? "../5/" : nil }
    #expect(html == "<p>See <a href=\"../5/\">five</a>.</p>\n")
  }

  @Test("plain text keeps words and code, drops markup")
  func plainText() {
    #expect(
      CommonMark.plainText("Check **LTI Outcome** > `Status`.\n\n- one\n- two")
        == "Check LTI Outcome > Status. one two")
  }

  @Test("links are listed in order")
  func links() {
    #expect(CommonMark.links(in: "[a](entry:x) and [b](https://e.com)") == ["entry:x", "https://e.com"])
  }
}
