import KBModel

var scormAPI: Product {
  Product(
    slug: "scorm-api",
    title: "SCORM Player API",
    summary: """
      The SCORM Player API at `app.allureconnect.com` hosts SCORM 1.2 and SCORM 2004 packages: you \
      upload a package, launch it for a user in a session, show it in the hosted player and read back \
      the learner's progress as CMI data. Each failure below has an error message or a description \
      of what you see; an HTTP status is documented for only some of them. The pages are grouped by \
      the part of the integration where the problem occurs.
      """,
    support: Support(
      include: [
        "Error details: the error message, the error code and the HTTP status code",
        "Request information: the endpoint you called, the request method, and the request body or parameters",
        "Environment: the API version, the type of integration and, where it matters, details of the package",
        "Steps to reproduce: the exact steps, what you expected against what happened, and screenshots if they help",
      ],
      notes: """
        The SCORM Player API's documentation does not say how to reach its support team: it gives \
        no address, phone number or ticket form, so none can be given here. Use the support contact \
        you already have for the API.

        Before you contact support, work through three checks. **Documentation:** read the guides that \
        cover your case, search the documentation and compare your code with its examples. \
        **Error details:** read the error message closely, note the error code and look at the whole \
        response body. **Isolation:** reproduce the problem with a minimal setup, with a test package and \
        with other credentials, to narrow down where it comes from.
        """
    ),
    lastUpdated: "2025-01-15",
    topics: [
      scormAuthentication,
      scormPackageUpload,
      scormSessionCreation,
      scormSessionUpdates,
      scormLaunch,
      scormProgressTracking,
      scormPlayer,
      scormAPIErrors,
      scormPerformance,
    ],
    // The sources name the first two documents (a file path, a title under "Related
    // Documentation") but give no address; the third is the session guide's best practices.
    guides: [
      Guide(slug: "first-package", title: "Getting started: your first package"),
      Guide(slug: "cmi-data", title: "CMI Data Guide"),
      scormSessionHabits,
    ]
  )
}
