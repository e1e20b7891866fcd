import KBModel

/// The session guide's closing advice, published as a guide page; the entries link into its sections.
var scormSessionHabits: Guide {
  Guide(
    slug: "session-habits",
    title: "Sessions: three habits that prevent errors",
    body: """
      The SCORM Player API's session guide ends with three habits for code that creates, updates \
      and launches sessions. Each one prevents a family of errors described in this knowledge base.

      ## Handle version conflicts

      Sessions use optimistic locking, so any update can be refused with a
      [409 Version Conflict](entry:version-conflict) when another process changed the session first.
      Wrap every update in a function that catches the 409, reads the session again and sends the
      update once more with the current `version`. Let every other error through to the caller.

      ## Check the session before you use it

      Before an operation on a session, read it:

      1. If the API finds no session, stop and report that the session was not found.
      2. If its `expires_at` lies in the past, stop and report that the
         [session expired](entry:session-expired); create a new one instead.
      3. Otherwise go on with the session you read.

      ## Handle launch errors by status

      When launching a course for a user fails, tell the user what happened by the HTTP status:

      - **404**: the package was not found, so the course is not available.
      - **403**: access is denied.
      - Anything else: log the error with its details and report that the course failed to launch.
      """
  )
}
