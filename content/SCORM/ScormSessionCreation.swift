import KBModel

var scormSessionCreation: Topic {
  Topic(
    slug: "session-creation",
    title: "Creating sessions",
    intro: """
      A session records one user's attempt at one package. Creating it needs a package that belongs to \
      your tenant, a valid `user_id` and, when you choose it yourself, a session ID that is not in use yet.
      """,
    entries: [
      Entry(
        .apiError("Package not found", status: 404),
        title: "The package to launch cannot be found",
        symptoms: [.status(404), .message("Package not found")],
        causes: [
          "No package has this ID: the ID is mistyped or cut short, or the package has been deleted.",
          "The package belongs to a different tenant than the API key.",
        ],
        resolution: [
          Step(
            "Fetch the package by its ID, with the same API key, to see whether the API can find it.",
            sample: .shell(
              #"""
              curl -X GET "https://app.allureconnect.com/api/v1/packages/pkg_abc123" \
                -H "X-API-Key: your-api-key"
              """#
            )
          ),
          "Make sure the package belongs to your tenant, that the API key is for that same tenant, and that the package has not been deleted.",
          "Check the ID itself for typos and make sure it is complete, not cut short.",
        ],
        samples: [
          .typescript(
            #"""
            async function launchCourse(packageId: string, userId: string) {
              try {
                const launch = await launchSession(packageId, userId);
                return launch;
              } catch (error) {
                if (error.status === 404) {
                  // The package does not exist for this tenant
                  throw new Error('Course not available');
                } else if (error.status === 403) {
                  // The key may not access it
                  throw new Error('Access denied');
                } else {
                  console.error('Launch failed:', error);
                  throw new Error('Failed to launch course');
                }
              }
            }
            """#,
            title: "Turn launch failures into messages users understand"
          )
        ],
        actors: [.developer],
        sourceNotes: [
          SourceNote(
            says: "a package ID must be a complete UUID",
            """
            Its own samples use the package ID `pkg_abc123`, which is not a UUID, so the format of a \
            package ID is unclear. Check the ID for typos and completeness rather than relying on \
            the UUID format alone.
            """
          )
        ],
        related: ["tenant-mismatch", "session-already-exists"]
      ),
      Entry(
        .apiError("Invalid user_id"),
        title: "The user ID of a new session is rejected",
        symptoms: [.message("Invalid user_id")],
        causes: [
          "The `user_id` is not in a valid format. It must not be empty or longer than 255 characters, and special characters in it may break the URLs it is used in."
        ],
        resolution: [
          "Send a non-empty string of at most 255 characters.",
          Step(
            "Use an identifier you already have, such as your own system's user ID or a UUID.",
            sample: .javascript(
              #"""
              // Your system's user ID (e.g. "user_123") or a UUID
              const userId = user.id;
              """#
            )
          ),
          "Keep spaces and special characters out of the ID. If it has to contain them, encode it with `encodeURIComponent()` before putting it in a URL.",
        ],
        actors: [.developer],
        sourceNotes: [
          SourceNote(
            says: "a user ID can be any string of up to 255 characters",
            """
            The same page then says to avoid special characters, and spaces, that break URLs, and to \
            encode the ID when it has them. It does not say whether the API rejects such characters \
            or only the URLs break. We advise both: stay within 255 characters, and avoid or encode \
            special characters.
            """
          )
        ],
        related: ["session-already-exists"]
      ),
      Entry(
        .apiError("Session already exists"),
        title: "A new session reuses an existing session ID",
        symptoms: [.message("Session already exists")],
        causes: [
          "A session with the ID you sent already exists."
        ],
        resolution: [
          Step(
            "Give every new session a unique ID.",
            sample: .inLanguages(
              .javascript(
                #"""
                const sessionId = crypto.randomUUID();
                """#
              ),
              CodeSample(
                "python",
                #"""
                import uuid
                session_id = str(uuid.uuid4())
                """#
              ),
              .shell("uuidgen")
            )
          ),
          Step(
            "Before creating a session, list the sessions this user already has for the package.",
            sample: .shell(
              #"""
              curl -X GET "https://app.allureconnect.com/api/v1/sessions?user_id=user_123&package_id=pkg_abc123" \
                -H "X-API-Key: your-api-key"
              """#
            )
          ),
          "If the list holds an unfinished session, resume it under its existing ID rather than creating a new one.",
        ],
        actors: [.developer],
        sourceNotes: [
          SourceNote(
            says: "use unique session IDs, and also reuse the existing session ID",
            """
            Both are given as fixes for this one error, and neither says when it applies. We read \
            them as two cases: resume the user's unfinished session under its ID when there is one, \
            and give a unique ID only to a session that is really new.
            """
          )
        ],
        related: ["invalid-user-id", "session-not-found"],
        searchTerms: ["duplicate session", "session ID taken"]
      ),
    ]
  )
}
