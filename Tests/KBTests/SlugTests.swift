import KBModel
import Testing

@Suite("Slugs")
struct SlugTests {
  @Test(
    "lower-case ASCII letters and digits; every other run of characters is one hyphen, none at the ends",
    arguments: [
      ("Invalid API Key", "invalid-api-key"),
      ("FAILED_TO_GET_LMS_JWKS", "failed-to-get-lms-jwks"),
      ("  __Session  already--exists!! ", "session-already-exists"),
      ("1014", "1014"),
      ("École – Straße 5", "cole-stra-e-5"),
      ("ΟΔΟΣ", ""),
      ("", ""),
      ("a\u{301}b", "a-b"),
      ("Ｆ１", ""),
    ])
  func kebab(text: String, slug: String) {
    #expect(Slug.kebab(text) == slug)
    #expect(Slug.isValid(slug) == !slug.isEmpty)
  }
}
