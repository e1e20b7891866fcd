import KBContent
import KBModel

/// The knowledge base shipped in content/.
package enum KBContentSite {
  package static var site: Site { knowledgeBase }
}
