import KBModel

let scormAPI = Product(
  slug: "scorm-api",
  title: "scorm-api",
  summary: "Placeholder.",
  support: Support(phone: "0"),
  lastUpdated: "2024-01-01",
  topics: [Topic(slug: "placeholder", title: "Placeholder", intro: "Placeholder.", entries: [])]
)
