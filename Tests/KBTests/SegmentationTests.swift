import KBModel
import KBTestSupport
import Testing

@testable import KB

/// Text in scripts without spaces is found from inside a run, not only from its start.
@Suite("search segments scripts written without spaces")
struct SegmentationTests {
  @Test(
    "a word inside a run is a token of the run",
    arguments: [
      ("无法启动实验", "启动"), ("无法启动实验", "实验"), ("ラボが起動しない", "起動"), ("ラボが起動しない", "しな"),
      ("실험실을 시작할 수 없음", "시작"), ("ไม่สามารถเริ่ม", "สา"), ("错误E1009发生", "e1009"), ("错误E1009发生", "错误"),
      ("LTI-启动失败", "失败"), ("ﾗﾎﾞ起動", "ボ起"),
    ])
  func inside(_ text: String, _ word: String) {
    #expect(SearchTokenizer.tokenTexts(text).contains(word), "\(SearchTokenizer.tokenTexts(text))")
  }

  @Test(
    "every token of a query typed from inside a run is in the text's tokens",
    arguments: ["启动", "启动实验", "法启动", "無法"])
  func query(_ query: String) {
    let text = Set(SearchTokenizer.tokenTexts("实验无法启动实验 無法"))
    let tokens = SearchTokenizer.tokenTexts(query)
    let pairs = tokens.filter { $0.unicodeScalars.count == 2 }
    #expect(!pairs.isEmpty && pairs.allSatisfy(text.contains), "\(tokens)")
  }

  @Test(
    "scripts written with spaces are not cut into pairs",
    arguments: ["Résumé", "प्रयोगशाला", "лаборатория", "مختبر"])
  func spacedScripts(_ word: String) {
    #expect(SearchTokenizer.tokenTexts(word).count == 1)
  }

  @Test("combining marks stay in their word, so Thai and Devanagari words are not cut at their vowels")
  func marks() {
    #expect(SearchTokenizer.words("प्रयोगशाला शुरू नहीं") == ["प्रयोगशाला", "शुरू", "नहीं"])
    #expect(SearchTokenizer.words("เริ่ม") == ["เริ่ม"])
  }

  @Test("an entry whose title holds a word inside a Chinese run is found by that word")
  func index() {
    let entry = Fixtures.entry(.code("42", name: "THE_ANSWER"), title: "实验无法启动")
    let postings = SearchIndex(site: Fixtures.site(entries: [entry])).postings()
    #expect(postings["启动"]?[0] != nil)
    #expect(postings["无法"]?[0] != nil)
  }
}
