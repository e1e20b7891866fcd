import KBModel

var scormProgressTracking: Topic {
  Topic(
    slug: "progress-tracking",
    title: "Tracking progress",
    intro: """
      A learner's progress is kept on the session as CMI data, the SCORM data model, and written with \
      ordinary session updates. Those updates are versioned like any other, so they can run into \
      [version conflicts](entry:version-conflict). The CMI data guide in the API documentation \
      describes the data model.
      """,
    entries: [
      Entry(
        .apiError("CMI data update failed"),
        title: "Learner progress data could not be saved",
        symptoms: [.message("CMI data update failed")],
        causes: [
          "The CMI data is malformed: an element name, a data type or a value does not fit the SCORM data model.",
          "The update collided with another update of the same session and was rejected as a version conflict.",
        ],
        resolution: [
          Step(
            "Check the shape of the data: keys are SCORM data model elements.",
            sample: .javascript(
              #"""
              const cmiData = {
                "cmi.core.lesson_status": "completed",
                "cmi.core.score.raw": "85",
                "cmi.core.score.max": "100"
              };
              """#
            )
          ),
          "Check the types: text fields take strings, score fields take numbers, and each value must be one the SCORM data model allows.",
          "Handle version conflicts with a retry loop that merges your changes and uses optimistic locking, as described under [Version Conflict](entry:version-conflict).",
        ],
        actors: [.developer],
        related: ["version-conflict", "progress-not-updating"]
      ),
      Entry(
        .problem,
        slug: "progress-not-updating",
        title: "Progress is not updating",
        symptoms: [.sees("The learner's progress is not saved.")],
        causes: [
          "Progress updates are not being stored: they are sent too often, fail without anyone noticing, or go to a session that is inactive, expired or out of reach."
        ],
        resolution: [
          "Update less often: batch changes where you can and send them at sensible intervals.",
          Step(
            "Check the response to every update, and log the error body when it fails.",
            sample: .javascript(
              #"""
              const response = await updateSession(sessionId, updates);
              if (!response.ok) {
                console.error('Update failed:', await response.text());
              }
              """#
            )
          ),
          "Check that the session is active, has not expired and can be accessed.",
        ],
        actors: [.developer],
        related: ["cmi-data-update-failed", "version-conflict", "rate-limit-exceeded", "session-expired"]
      ),
    ]
  )
}
