import KBModel

/// The knowledge base kb builds: every product, in the order the home page lists them.
public let knowledgeBase: Site = Site(
  title: "Integration Troubleshooting",
  tagline: "Error codes, symptoms and fixes for our integration products.",
  products: [labAPI, labLTI, scormAPI, classLTI]
)
