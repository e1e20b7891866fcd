import KBModel

var scormSessionUpdates: Topic {
  Topic(
    slug: "session-updates",
    title: "Reading and updating sessions",
    intro: """
      A session is read with `GET /api/v1/sessions/:id` and changed with a `PUT` to the same path. \
      Updates use optimistic locking: each one carries the session's current `version`, and an update \
      based on an older version is refused.
      """,
    entries: [
      Entry(
        .apiError("Session Not Found", status: 404),
        title: "The API has no such session",
        symptoms: [.status(404), .message("Session not found")],
        causes: [
          "The session ID is wrong: mistyped or incomplete.",
          "The session may have expired. Sessions expire after a period of inactivity, 24 hours by default.",
          "The session may have been deleted, or may no longer be active.",
          "The session may belong to another tenant than the API key you call with.",
        ],
        resolution: [
          "Check that the session ID is typed correctly and complete: compare it with the ID you gave the session when you created it.",
          Step(
            "Request the session directly to see whether it exists and what state it is in.",
            sample: .shell(
              #"""
              curl -X GET "https://app.allureconnect.com/api/v1/sessions/session_123" \
                -H "X-API-Key: your-api-key"
              """#
            )
          ),
          "Check the session's expiration time. Sessions expire after 24 hours of inactivity by default; if this one has, create a new session (see [Session expired](entry:session-expired)).",
          "Make sure the session belongs to your tenant, which is the tenant of the API key you use, and verify tenant isolation: the key and the session should belong to the same tenant.",
          "Check that the session is still active and was not deleted, and look through its history.",
        ],
        samples: [
          .typescript(
            #"""
            async function ensureSession(sessionId: string) {
              const session = await getSession(sessionId);
              if (!session) {
                throw new Error('Session not found');
              }
              if (new Date(session.expires_at) < new Date()) {
                throw new Error('Session expired');
              }
              return session;
            }
            """#,
            title: "Check that a session exists and is current before using it"
          )
        ],
        actors: [.developer],
        sourceNotes: [
          SourceNote(
            says: "session IDs are UUIDs",
            """
            Its own sample requests the session `session_123`, which is not a UUID. Compare the ID \
            with the one you gave the session rather than with the UUID format.
            """
          ),
          scormExpiredSessionNote,
        ],
        related: ["session-expired", "tenant-mismatch", "player-not-loading"]
      ),
      Entry(
        .apiError("Version Conflict", status: 409),
        title: "The session changed since you read it",
        symptoms: [.status(409), .message("Version conflict")],
        causes: [
          "Another process updated the session after you read it, so the `version` in your update is out of date. Sessions use optimistic locking, and an update against an old version is rejected."
        ],
        resolution: [
          Step(
            "Retry conflicting updates: read the session again, send its current `version` together with your changes, wait a little longer after each 409, and stop after 3 attempts in all.",
            sample: .javascript(
              #"""
              async function updateSessionWithRetry(sessionId, updates, maxRetries = 3) {
                for (let attempt = 0; attempt < maxRetries; attempt++) {
                  // Re-read the session for its current version
                  const session = await getSession(sessionId);
                  const payload = { version: session.version, ...updates };

                  const response = await updateSession(sessionId, payload);
                  if (response.ok) return response.json();

                  if (response.status === 409 && attempt < maxRetries - 1) {
                    await delay(100 * (attempt + 1)); // wait longer each time
                    continue;
                  }
                  // Keep the status in the message, so callers can tell a 409 from other failures
                  throw new Error(`Update failed: ${response.status}`);
                }
              }
              """#
            )
          ),
          "Never update a session without its version: fetch the latest session right before each update and use its version number (see [handle version conflicts](guide:session-habits#handle-version-conflicts)).",
          "Merge your changes into the latest data instead of overwriting it, so that other processes' updates and important data are kept.",
        ],
        samples: [
          .typescript(
            #"""
            async function updateSessionWithRetry(
              sessionId: string,
              updates: any,
              maxRetries = 3
            ) {
              for (let attempt = 0; attempt < maxRetries; attempt++) {
                // Re-read the session for its current version
                const session = await fetch(`/api/v1/sessions/${sessionId}`, {
                  headers: { 'X-API-Key': apiKey }
                }).then(r => r.json());

                const payload = {
                  version: session.version,
                  ...updates
                };

                const response = await fetch(`/api/v1/sessions/${sessionId}`, {
                  method: 'PUT',
                  headers: {
                    'X-API-Key': apiKey,
                    'Content-Type': 'application/json'
                  },
                  body: JSON.stringify(payload)
                });

                if (response.ok) {
                  return await response.json();
                }
                if (response.status === 409 && attempt < maxRetries - 1) {
                  await delay(100 * (attempt + 1));
                  continue;
                }
                throw new Error(`Update failed: ${response.status}`);
              }
            }
            """#,
            title: "The same retry loop in TypeScript, calling the sessions endpoint directly"
          ),
          .typescript(
            #"""
            // updateSessionWithRetry has already made 3 attempts, and its error message carries
            // the status. Starting it over here would have no limit; give up instead and let the
            // caller try again later.
            async function safeUpdateSession(sessionId: string, updates: any) {
              try {
                return await updateSessionWithRetry(sessionId, updates);
              } catch (error) {
                if (error.message.includes('409')) {
                  throw new Error('Version conflict persists after 3 attempts');
                }
                throw error;
              }
            }
            """#,
            title: "Handle version conflicts around every session update, with a bounded number of retries"
          ),
        ],
        actors: [.developer],
        retry: .rereadAndRetry(attempts: 2),
        sourceNotes: [
          SourceNote(
            says: "safeUpdateSession handles a version conflict by calling itself again",
            """
            Its version has no limit, so it can retry forever while another process keeps updating \
            the session, although the same page says to stop after 3 attempts. Our sample stops and \
            reports the conflict instead.
            """
          ),
          SourceNote(
            says: "`delay(100 * (attempt + 1))` is exponential backoff",
            """
            That delay grows by the same step each time (100, 200, 300), which is linear, not \
            exponential; the unit of `delay` is not given. Our samples keep these delays and \
            describe them as waiting longer each time.
            """
          ),
          SourceNote(
            says: "`throw new Error('Update failed')`, without the status, in the common-issues sample",
            """
            The session-error guide's `safeUpdateSession` recognises a version conflict by looking \
            for `409` in the error's message. With this sample that message never contains it, so a \
            conflict would go unrecognised. The session-error guide's own TypeScript loop does put \
            the status in the message (`Update failed: 409`); our JavaScript sample does the same.
            """
          ),
          SourceNote(
            says: "`maxRetries = 3`",
            """
            The loop sends the update 3 times in all, which is 2 retries after the first attempt. \
            Our retry advice counts the 2 retries; the steps speak of 3 attempts in all.
            """
          ),
        ],
        related: ["cmi-data-update-failed", "progress-not-updating", "session-not-found"]
      ),
    ]
  )
}
