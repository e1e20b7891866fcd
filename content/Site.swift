import KBModel

/// The knowledge base kb builds: every product, in the order the home page lists them.
public let knowledgeBase: Site = Site(
  title: "Integration Troubleshooting",
  tagline: "Error codes, symptoms and fixes for our integration products.",
  products: [labAPI, labLTI, scormAPI, classLTI],
  searchExamples: ["1014", "FAILED_TO_GET_LMS_JWKS", "Session already exists"],
  synonyms: searchVocabulary,
  roles: [.user, .instructor, .admin, .developer, .support]
)
