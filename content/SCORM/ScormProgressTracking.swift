import KBModel

var scormProgressTracking: Topic {
  Topic(
    slug: "progress-tracking",
    title: "Tracking progress",
    intro: """
      A learner's progress is kept on the session as CMI data, the SCORM data model, and written with \
      ordinary session updates. Those updates are versioned like any other, so they can run into \
      [version conflicts](entry:version-conflict). The [CMI data guide](guide:cmi-data) in the API \
      documentation describes the data model.
      """,
    entries: [
      Entry(
        .apiError("CMI data update failed"),
        title: "Learner progress data could not be saved",
        symptoms: [.message("CMI data update failed")],
        causes: [
          "The CMI data may be malformed: an element name, a data type or a value that does not fit the SCORM data model.",
          "The update may have collided with another update of the same session and been rejected as a version conflict.",
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
          "Check the types: text fields take strings, and each value must be one the SCORM data model allows. For score fields, see the note below.",
          "Handle version conflicts with a retry loop that merges your changes and uses optimistic locking, as described under [Version Conflict](entry:version-conflict).",
        ],
        actors: [.developer],
        sourceNotes: [
          SourceNote(
            says: "score fields take numbers",
            """
            Its own sample sends `cmi.core.score.raw` and `cmi.core.score.max` as strings (`"85"`, \
            `"100"`), and it does not say which form the API accepts. If an update with scores \
            fails, read the error response for the type it expects.
            """
          )
        ],
        related: ["version-conflict", "progress-not-updating"]
      ),
      Entry(
        .apiError("Progress not updating"),
        title: "Progress is not updating",
        symptoms: [.message("Progress not updating"), .sees("The learner's progress is not saved.")],
        causes: [
          "Progress updates are not being saved. They may be sent too often, fail without anyone noticing, or go to a session that is inactive, expired or out of reach."
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
