import Testing

@testable import KB

@Suite("word breaks: names wrap after their underscores")
struct WordBreaksTests {
  @Test(
    "a page's text may break after each underscore; tags, attributes and unwrapped elements stay as they are",
    arguments: [
      ("<h1>FAILED_TO_CREATE_CLASS</h1>", "<h1>FAILED_<wbr>TO_<wbr>CREATE_<wbr>CLASS</h1>"),
      ("<a href=\"/a_b/\" title=\"x_y\">a_b</a>", "<a href=\"/a_b/\" title=\"x_y\">a_<wbr>b</a>"),
      ("<p data-x='a>b_c'>d_e</p>", "<p data-x='a>b_c'>d_<wbr>e</p>"),
      ("<code>A_<wbr>B</code>", "<code>A_<wbr>B</code>"),
      ("<p>__init__ and snake_ case</p>", "<p>__<wbr>init__ and snake_ case</p>"),
      ("<pre><code>a_b</code></pre><p>c_d</p>", "<pre><code>a_b</code></pre><p>c_<wbr>d</p>"),
      (
        "<title>a_b</title><script>var a_b;</script><style>.a_b{}</style>",
        "<title>a_b</title><script>var a_b;</script><style>.a_b{}</style>"
      ),
      ("<svg><text>a_b</text></svg><p>a_b</p>", "<svg><text>a_b</text></svg><p>a_<wbr>b</p>"),
      ("<!-- a_b --><p>x</p>", "<!-- a_b --><p>x</p>"),
      ("<PRE>a_b</PRE><span>c_d</span>", "<PRE>a_b</PRE><span>c_<wbr>d</span>"),
      ("<preview>a_b</preview>", "<preview>a_<wbr>b</preview>"),
      ("no underscore", "no underscore"),
      (
        "<a href=\"https://a.com/b\">https://a.com/support/</a>",
        "<a href=\"https://a.com/b\">https://<wbr>a.com/<wbr>support/</a>"
      ),
      ("<p>24/7, and/or, / alone</p>", "<p>24/7, and/<wbr>or, / alone</p>"),
    ])
  func breaks(html: String, expected: String) {
    #expect(WordBreaks.afterUnderscores(inTextOf: html) == expected)
  }
}
