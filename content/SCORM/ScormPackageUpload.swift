import KBModel

var scormPackageUpload: Topic {
  Topic(
    slug: "package-upload",
    title: "Uploading packages",
    intro: """
      A package is a ZIP archive of SCORM 1.2 or SCORM 2004 content with an `imsmanifest.xml`. \
      Uploads are limited to 100MB by default and to 10GB with multipart upload. After the upload the \
      package is processed; allow 5–10 minutes for a large one (but see \
      [slow package processing](entry:slow-package-processing), where over 5 minutes counts as slow).
      """,
    entries: [
      Entry(
        .apiError("File Too Large", status: 413),
        title: "The package exceeds the upload limit",
        symptoms: [.status(413), .message("File too large")],
        causes: [
          "The file is bigger than a single upload allows: 100MB by default. Files up to the 10GB maximum must be sent with multipart upload."
        ],
        resolution: [
          "Check the real size of the file against the limits: 100MB for an ordinary upload, 10GB at most with multipart upload.",
          "Upload anything over 100MB with multipart upload. The [getting-started guide on uploading a first package](guide:first-package) (`docs/getting-started/first-package.md` in the API documentation) shows how.",
          "Also check that the storage quota is not used up and that the package count limit is not reached; upgrade the plan if needed.",
          "Shrink the package: leave out files it does not use, optimise its media and compress it efficiently.",
        ],
        actors: [.developer, .admin],
        related: ["invalid-scorm-package", "slow-package-processing"]
      ),
      Entry(
        .apiError("Invalid SCORM Package", status: 400),
        title: "The upload is not a usable SCORM package",
        symptoms: [.status(400), .message("Invalid SCORM package")],
        causes: [
          "The file is not a valid ZIP archive, is damaged, or has no `imsmanifest.xml`.",
          "The manifest declares a SCORM version other than SCORM 1.2 or SCORM 2004, or does not comply with the schema of its version.",
          "The manifest has syntax errors or refers to file paths that are not in the archive.",
        ],
        resolution: [
          "Check that the file is an intact ZIP archive and that `imsmanifest.xml` is inside it.",
          "Check the version the manifest declares (only SCORM 1.2 and SCORM 2004 are supported) and validate the manifest against that version's schema.",
          "Run the package through a SCORM validation tool or the SCORM test suite and fix any manifest syntax errors.",
          "Read the error response for specifics, such as a manifest error or a file path that does not resolve.",
        ],
        actors: [.developer],
        related: ["file-too-large", "content-not-displaying"]
      ),
      Entry(
        .apiError("Package Processing Failed"),
        title: "The uploaded package could not be processed",
        symptoms: [
          .sees("Processing of the uploaded package times out."),
          .sees("An error message says processing failed."),
        ],
        causes: [
          "The package is large, and large packages take longer to process: allow 5–10 minutes.",
          "There may be a problem with storage: the storage backend's status, the storage quota, or network connectivity.",
          "The failure may be temporary.",
          "The package may be incomplete, some of its files corrupted, or the ZIP archive itself damaged.",
        ],
        resolution: [
          "Give a large package 5–10 minutes and follow its processing status before deciding it has failed.",
          "Check the status of the storage backend, the storage quota and network connectivity.",
          "Wait a while and upload the package again, in case the failure was temporary.",
          "Check that every file is in the package, that none is corrupted and that the ZIP archive is intact.",
        ],
        actors: [.developer],
        retry: .later,
        escalation: "If processing keeps failing after you have waited and retried, contact support.",
        sourceNotes: [scormProcessingTimeNote],
        related: ["slow-package-processing", "file-too-large"]
      ),
    ]
  )
}
