import KBModel

let classLTI = Product(
  slug: "class-lti",
  title: "class-lti",
  summary: "Placeholder.",
  support: Support(phone: "0"),
  lastUpdated: "2024-01-01",
  topics: [Topic(slug: "placeholder", title: "Placeholder", intro: "Placeholder.", entries: [])]
)
