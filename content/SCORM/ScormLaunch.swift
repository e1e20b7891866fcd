import KBModel

var scormLaunch: Topic {
  Topic(
    slug: "launch",
    title: "Launching sessions",
    intro: """
      Launching a package for a user (`POST /api/v1/packages/:id/launch` with a `user_id` and a \
      `session_id`) returns a `launch_url` to the hosted player, \
      `https://app.allureconnect.com/player/:sessionId?token=<jwt>`. The launch token in it is valid for \
      10 minutes by default; the session behind it expires after 24 hours of inactivity by default.
      """,
    entries: [
      Entry(
        .apiError("Session expired"),
        title: "The session to launch has expired",
        symptoms: [.message("Session expired")],
        causes: [
          "The session is past its expiry time, `expires_at`. By default a session expires after 24 hours of inactivity."
        ],
        resolution: [
          Step(
            "Compare the session's `expires_at` with the current time, and launch a new session once it has passed.",
            sample: .javascript(
              #"""
              const session = await getSession(sessionId);
              const expiresAt = new Date(session.expires_at);
              if (expiresAt < new Date()) {
                // Expired: start a fresh session
                const newSession = await launchSession(packageId, userId);
              }
              """#
            )
          ),
          "Replace the old launch URL with the one for the new session, and let the user know the previous session expired.",
          "If sessions need to last longer, check whether your plan allows longer sessions, ask support for a custom expiration, or renew sessions before they expire.",
        ],
        actors: [.developer],
        escalation: "Contact support if you need a session expiration other than the default.",
        sourceNotes: [scormExpiredSessionNote],
        related: ["session-not-found", "invalid-launch-token"]
      ),
      Entry(
        .apiError("Invalid launch token"),
        title: "The player's launch token is rejected",
        symptoms: [.message("Invalid launch token")],
        causes: [
          "The launch token has expired. Tokens are valid only for a set time, 10 minutes by default.",
          "The token is not a valid JWT, was altered on the way, or its signature does not verify.",
        ],
        resolution: [
          Step(
            "Request a new launch for the user and session, and open the `launch_url` it returns.",
            sample: .javascript(
              #"""
              const launch = await fetch(`/api/v1/packages/${packageId}/launch`, {
                method: 'POST',
                headers: {
                  'X-API-Key': apiKey,
                  'Content-Type': 'application/json'
                },
                body: JSON.stringify({ user_id: userId, session_id: sessionId })
              }).then(r => r.json());
              """#
            )
          ),
          "Check how old the token is: tokens expire after 10 minutes by default, so regenerate the launch when it is older.",
          "Pass the token on exactly as you received it: it must stay an unmodified JWT whose signature verifies.",
        ],
        actors: [.developer],
        retry: .doNotRetry,
        related: ["player-not-loading", "session-expired"]
      ),
    ]
  )
}

/// The SCORM guides name two errors for a session that has expired.
var scormExpiredSessionNote: SourceNote {
  SourceNote(
    says:
      "an expired session is a cause of “Session not found” (404), and “Session expired” is an error of its own",
    """
    The guides do not say which error an expired session returns, or whether it depends on the \
    request, and they give “Session expired” no HTTP status. Both entries tell you to check the \
    session's expiry and create a new session when it has passed.
    """
  )
}
