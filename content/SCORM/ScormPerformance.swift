import KBModel

var scormPerformance: Topic {
  Topic(
    slug: "performance",
    title: "Performance",
    intro: """
      Package processing or API calls take longer than expected, and may end in timeout errors.
      """,
    entries: [
      Entry(
        .problem,
        slug: "slow-package-processing",
        title: "Package processing is slow",
        symptoms: [.sees("Processing takes more than 5 minutes."), .sees("Timeout errors")],
        causes: [
          "Processing time grows with the size of the package, the number of files in it and the complexity of its manifest."
        ],
        resolution: [
          "Make the package smaller: compress its media files and remove files it does not need.",
          "Expect large packages, packages with many files and packages with complex manifests to take longer.",
          "Follow processing through webhooks or by polling the processing status, and set timeouts that leave enough time.",
        ],
        actors: [.developer],
        sourceNotes: [scormProcessingTimeNote],
        related: ["package-processing-failed", "file-too-large"]
      ),
      Entry(
        .problem,
        slug: "slow-api-responses",
        title: "API responses are slow",
        symptoms: [.sees("API calls take more than 5 seconds."), .sees("Timeout errors")],
        causes: [
          "Responses are large because queries are not paginated, filtered or limited.",
          "The same data is fetched over and over instead of being cached, or status is polled instead of delivered by webhooks.",
          "Network latency is high, for example because of where the client is located.",
        ],
        resolution: [
          "Keep responses small: paginate, filter and limit the results of queries.",
          "Cache package metadata, session data and other data you read often, and use ETags where they are offered.",
          "Measure network latency, take your geographic location into account, and use a CDN if one is available.",
          "Make fewer requests: batch operations and use webhooks instead of polling.",
        ],
        actors: [.developer],
        related: ["rate-limit-exceeded", "slow-package-processing"]
      ),
    ]
  )
}

/// The SCORM common-issues guide gives two readings of the same processing time.
var scormProcessingTimeNote: SourceNote {
  SourceNote(
    says:
      "allow 5–10 minutes for processing a large package, and processing that takes more than 5 minutes is a symptom of slow processing",
    """
    Processing that takes between 5 and 10 minutes is then both expected and slow. We show both \
    figures where they apply: for a large package, wait up to 10 minutes before treating it as a \
    failure, and use the advice on slow processing to bring the time down.
    """
  )
}
