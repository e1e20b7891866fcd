import Foundation
import KBModel
import KBTestSupport
import Testing

@testable import KB

/// The rules issue 16 introduced: guide references, retry advice, notes on the source, and
/// content that keeps to its sources.
@Suite("content review rules")
struct ContentReviewTests {
  static let canvasGuide = Guide(
    slug: "setup", title: "The setup guide", url: "https://guides.example.com/setup",
    sections: [GuideSection("canvas", title: "Canvas")])

  static func site(_ entries: [Entry], guides: [Guide]) -> Site {
    var site = Fixtures.site(entries: entries)
    site.products[0].guides = guides
    return site
  }

  static func render(_ site: Site) throws -> String {
    let tree = try SiteBuilder(
      site: site, templates: SiteTestSupport.templates, output: URL(fileURLWithPath: "/nonexistent"),
      options: RenderOptions()
    ).render()
    return SiteTestSupport.text(tree, "demo/42/index.html")
  }

  @Test("a guide link with a URL renders as a link to the section")
  func guideLinkRenders() throws {
    let entry = Fixtures.entry(resolution: ["Follow [steps 7–9 of its Canvas section](guide:setup#canvas)."])
    let page = try Self.render(Self.site([entry], guides: [Self.canvasGuide]))
    #expect(
      page.contains(#"<a href="https://guides.example.com/setup#canvas">steps 7–9 of its Canvas section</a>"#)
    )
  }

  @Test("a guide link without a URL renders as plain text, and kb check warns once")
  func guideWithoutURL() throws {
    var guide = Self.canvasGuide
    guide.url = nil
    let entry = Fixtures.entry(resolution: ["Follow [steps 7–9 of its Canvas section](guide:setup#canvas)."])
    let site = Self.site([entry], guides: [guide])
    let page = try Self.render(site)
    #expect(page.contains("Follow steps 7–9 of its Canvas section."))
    #expect(!page.contains("guide:"))
    let diagnostics = Validator.check(site)
    #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.message.contains("guide 'setup' has no URL") == true)
  }

  @Test("a guide link must name a declared guide and section")
  func unknownGuide() {
    let line = #line + 1
    let entry = Fixtures.entry(resolution: ["See [its Moodle section](guide:setup#modle)."], line: line)
    let errors = Validator.check(Self.site([entry], guides: [Self.canvasGuide])).errors
    #expect(errors.map(\.message) == ["guide 'setup' has no section 'modle'; its sections are 'canvas'"])
    #expect(errors.first?.location.line == line)
    let other = Fixtures.entry(resolution: ["See [it](guide:setpu)."])
    #expect(
      Validator.check(Self.site([other], guides: [Self.canvasGuide])).errors.first?.message.contains(
        "unknown guide 'setpu' in 'demo'; did you mean 'setup'?") == true)
  }

  @Test(
    "numbered steps of an outside guide must be a guide link",
    arguments: [
      "See steps 7–9 of the Canvas section of the setup guide.",
      "In step 4 of the Moodle section, check the URL.",
      "Follow [the Canvas section](https://guides.example.com/setup#canvas), steps 11-12.",
      "STEP 3 is where it fails.", "Go back to sTePs 2 - 5.", "Do what sttep... no, step 6 says.",
    ])
  func bareStepReference(_ text: String) {
    let line = #line + 1
    let entry = Fixtures.entry(resolution: [Step(text)], line: line)
    let errors = Validator.check(Self.site([entry], guides: [Self.canvasGuide])).errors
    #expect(errors.count == 1, "\(errors)")
    #expect(errors.first?.message.contains("names numbered steps without saying where they are") == true)
    #expect(errors.first?.location.line == line)
  }

  @Test("the quick test for the word 'step' finds it in any case and only where it is")
  func mentionsStep() {
    for text in ["step", "STEP", "a sTeP", "ststep", "tttep", "Steps 7–9"] {
      #expect(Validator.mentionsStep(text), "\(text)")
    }
    for text in ["", "ste", "tep", "st ep", "stop", "tee", "Stemp", "épisode"] {
      #expect(Validator.mentionsStep(text) == text.lowercased().contains("tep"), "\(text)")
    }
  }

  @Test("a step reference inside a guide or diagram link is fine")
  func linkedStepReference() {
    let entry = Fixtures.entry(resolution: [
      "Check [steps 7–9 of the Canvas section](guide:setup#canvas).",
      "It fails at [step 1 of the launch](diagram:demo-launch#launch).",
    ])
    #expect(Validator.check(Self.site([entry], guides: [Self.canvasGuide])).isEmpty)
  }

  @Test("an entry for HTTP 409, 429, 500 or 503 must say whether to retry", arguments: [409, 429, 500, 503])
  func statusNeedsRetry(_ status: Int) {
    let line = #line + 1
    let entry = Fixtures.entry(.apiError("Failed", status: status), line: line)
    let errors = Validator.check(Fixtures.site(entries: [entry])).errors
    #expect(
      errors.map(\.message) == [
        "entry 'failed' returns HTTP \(status) but does not say whether to retry; add retry:"
      ])
    #expect(errors.first?.location.line == line)
    var advised = entry
    advised.retry = .withBackoff(attempts: 3)
    #expect(Validator.check(Fixtures.site(entries: [advised])).isEmpty)
  }

  @Test(
    "retry numbers must be sensible",
    arguments: [
      (RetryAdvice.retry(attempts: 0), "retry attempts 0"),
      (.afterRetryAfter(defaultSeconds: 0, attempts: 3), "retry wait of 0 seconds"),
      (.rereadAndRetry(attempts: 50), "retry attempts 50"),
    ])
  func retryRange(_ advice: RetryAdvice, _ message: String) {
    var entry = Fixtures.entry()
    entry.retry = advice
    let errors = Validator.check(Fixtures.site(entries: [entry])).errors
    #expect(errors.count == 1)
    #expect(errors.first?.message.hasPrefix(message) == true, "\(errors)")
  }

  @Test("a symptom may not repeat the code and name together")
  func symptomRepeatsIdentity() {
    let line = #line + 1
    var entry = Fixtures.entry(.code("1014", name: "FAILED_TO_CREATE_CLASS"), line: line)
    entry.symptoms = [.sees("The page shows error 1014 FAILED_TO_CREATE_CLASS.")]
    let errors = Validator.check(Fixtures.site(entries: [entry])).errors
    #expect(errors.count == 1)
    #expect(
      errors.first?.message.hasPrefix("symptom repeats code 1014 and name FAILED_TO_CREATE_CLASS") == true)
    entry.symptoms = [.sees("A course launch fails with error 1014.")]
    #expect(Validator.check(Fixtures.site(entries: [entry])).isEmpty)
  }

  @Test("a source note needs both what the source says and the note")
  func emptySourceNote() {
    var entry = Fixtures.entry()
    entry.sourceNotes = [SourceNote(says: " ", "It is wrong.")]
    #expect(
      Validator.check(Fixtures.site(entries: [entry])).errors.map(\.message) == [
        "source note's 'says' is empty"
      ])
  }

  @Test("unlinking a link keeps its text and formatting")
  func unlink() {
    let html = CommonMark.html("Read [the **guide**](guide:x) now.") { _ in .unlink }
    #expect(html == "<p>Read the <strong>guide</strong> now.</p>\n")
  }

  @Test("text runs tell text inside links from text outside")
  func textRuns() {
    let runs = CommonMark.textRuns(in: "See [step 4](guide:x#a) and step 5.")
    #expect(runs.map(\.text) == ["See ", "step 4", " and step 5.\n"])
    #expect(runs.map(\.link) == [nil, "guide:x#a", nil])
  }
}

@Suite("bundled content keeps to its sources")
struct BundledContentReviewTests {
  static let site = KBContentSite.site

  static var entries: [(product: Product, entry: Entry)] {
    site.products.flatMap { product in product.entries.map { (product, $0) } }
  }

  @Test("every note on a source is listed among the source defects in content/README.md")
  func sourceDefectsListed() throws {
    let readme = try String(
      contentsOf: SiteTestSupport.packageRoot.appendingPathComponent("content/README.md"), encoding: .utf8)
    guard let start = readme.range(of: "## Defects in the source documents") else {
      Issue.record("content/README.md has no 'Defects in the source documents' section")
      return
    }
    let section = readme[start.upperBound...]
    let noted = Self.entries.filter { !$0.entry.sourceNotes.isEmpty }
    #expect(noted.count >= 5)
    for (product, entry) in noted {
      #expect(
        section.contains("`\(product.slug)/\(entry.slug)`"), "\(product.slug)/\(entry.slug) is not listed")
    }
  }

  @Test("no code sample calls the function it defines, so none can recurse without a bound")
  func noRecursiveSamples() {
    let samples = Self.entries.flatMap { found in
      found.entry.samples
        + (found.entry.resolution + found.entry.variants.flatMap(\.steps)).compactMap(\.sample)
    }
    for sample in samples {
      for match in sample.code.matches(of: #/function\s+(\w+)\s*\(/#) {
        let name = String(match.output.1)
        let body = sample.code[match.range.upperBound...]
        #expect(!body.contains("\(name)("), "a sample's \(name) calls itself")
      }
    }
  }

  @Test(
    "the concurrency-limit codes each get their own steps",
    arguments: [["5", "7"], ["20", "30", "50", "60"]])
  func limitCodesDiffer(_ codes: [String]) {
    let steps = codes.compactMap { code in
      Self.entries.first { $0.product.slug == "lab-api" && $0.entry.code == code }?.entry.resolution.map(
        \.text)
    }
    #expect(steps.count == codes.count)
    #expect(Set(steps).count == codes.count, "codes \(codes) share identical steps")
  }

  @Test("an exact message search finds 'Progress not updating'")
  func progressNotUpdatingIsAMessage() throws {
    let index = SearchIndex(site: Self.site)
    let document = try #require(
      index.documents.first { $0.url.hasSuffix("scorm-api/progress-not-updating/") })
    #expect(index.exactKeyTexts(document).contains("progress not updating"))
  }

  @Test("entries that tell customers to try again say so as retry advice")
  func tryAgainHasRetryAdvice() {
    for (product, entry) in Self.entries where product.slug == "class-lti" {
      let onlyTryAgain =
        entry.resolution.count == 1 && entry.resolution[0].text.hasPrefix("Launch the course again")
      if onlyTryAgain { #expect(entry.retry != nil, "\(entry.slug) says to try again without retry advice") }
    }
  }
}
