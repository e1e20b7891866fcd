import KBContent
import KBModel

/// The knowledge base shipped in content/.
enum KBContentSite {
  static var site: Site { knowledgeBase }
}
