import KBModel

var scormPlayer: Topic {
  Topic(
    slug: "player",
    title: "The hosted player",
    intro: """
      The player shows a package in an iframe. It must be opened with the complete `launch_url` from a \
      launch, token included; these problems show up in the browser rather than as an API error.
      """,
    entries: [
      Entry(
        .problem,
        slug: "player-not-loading",
        title: "Player does not load",
        symptoms: [
          .sees("Blank iframe"),
          .sees("The loading spinner never finishes."),
          .sees("Errors in the browser console"),
        ],
        causes: [
          "The CORS configuration does not allow the origin the player is embedded from.",
          "The session is invalid, has expired or is no longer active.",
          "Network connectivity or firewall rules stop the player from loading.",
          "The player URL lacks its signed launch token: a bare `/player/:sessionId` without `?token=` always returns HTTP 401.",
        ],
        resolution: [
          "Check the CORS headers and the list of allowed origins, and try embedding the player from a different domain.",
          "Check that the session is valid, active and not expired.",
          "Check network connectivity and firewall rules, and try again from another network.",
          "Open the browser console and look for JavaScript errors, other messages and failed network requests.",
          Step(
            "Request the launch URL yourself. Use the complete `launch_url` returned by `/api/v1/packages/:id/launch`, which already contains the signed `?token=<jwt>`.",
            sample: .shell(
              #"""
              # Without ?token=, /player/:sessionId always answers HTTP 401
              curl "https://app.allureconnect.com/player/session-123?token=<jwt-from-launch-response>"
              """#
            )
          ),
        ],
        actors: [.developer],
        related: ["invalid-launch-token", "session-expired", "content-not-displaying"]
      ),
      Entry(
        .problem,
        slug: "content-not-displaying",
        title: "Player loads but the content does not display",
        symptoms: [
          .sees("The player loads but the content area stays blank."),
          .sees("Resources are missing."),
          .sees("Links are broken."),
        ],
        causes: [
          "Some of the package's files were not uploaded, or the manifest refers to them by wrong or non-relative paths.",
          "The files are missing from storage, or storage permissions do not allow public access to them.",
          "The manifest's resource references or `href` attributes point at the wrong files.",
        ],
        resolution: [
          "Check that every file of the package was uploaded and that the paths in the manifest are correct relative paths.",
          "Check that the files are in storage and that its permissions allow public access.",
          "Go through the manifest's resource references and `href` attributes and validate each file path.",
          "Open the files directly through their storage URLs to confirm that they exist and can be read.",
        ],
        actors: [.developer],
        related: ["invalid-scorm-package", "player-not-loading"]
      ),
    ]
  )
}
