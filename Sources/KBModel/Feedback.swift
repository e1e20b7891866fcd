/// Where readers' answers to "Was this page helpful?" go, and whether searches that found
/// nothing go there too. Without it, pages ask nothing and send nothing.
///
/// Each answer is one JSON object sent by `POST` as `text/plain`, without cookies or referrer:
/// the page's path and entry, yes or no, an optional short comment, or the words of a search
/// that found nothing; never who sent it. Store each body as one line of a file, and
/// `kb report FILE` turns the file into a list of pages to improve and entries or synonyms to add.
public struct Feedback: Sendable {
  /// The address that receives the answers, e.g. `https://help.example.com/feedback` or a path
  /// on the same site, `/api/feedback`.
  public var endpoint: String
  /// Whether the search page also sends the searches that found nothing.
  public var unansweredSearches: Bool
  public var location: SourceLocation

  public init(endpoint: String, unansweredSearches: Bool = true, file: String = #filePath, line: Int = #line)
  {
    self.endpoint = endpoint
    self.unansweredSearches = unansweredSearches
    self.location = SourceLocation(filePath: file, line: line)
  }
}
