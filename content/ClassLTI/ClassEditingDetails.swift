import KBModel

var classEditingDetails: Topic {
  Topic(
    slug: "editing-class-details",
    title: "Editing class details from the LMS",
    intro: """
      Instructors can change a class's details from the LMS. Class needs the instructor's Zoom \
      login for that, so the edit fails until they have logged in to Zoom through the Class app or \
      the Admin panel.
      """,
    entries: [
      Entry(
        .code("1337", name: "ZOOM_AUTHENTICATION_ERROR"),
        title: "Cannot edit class details from the LMS",
        symptoms: [
          .sees(
            "An instructor tries to edit class details from the LMS, and the edit fails with error 1337."
          )
        ],
        causes: [
          """
          The instructor has not yet logged in to Zoom, either through the Class app or through \
          the Admin panel.
          """
        ],
        resolution: [
          "Sign in to the Class app and make the change to the class details there.",
          """
          If you still cannot edit them, open the Admin Portal in a new browser tab and sign in. \
          If you are not an admin, the Admin Portal answers with a 403 error; that is expected, \
          so carry on with the next step.
          """,
          "Go back to the LMS page, refresh it and try editing the class details again.",
        ],
        actors: [.instructor, .support],
        escalation: "If you still cannot edit the class details, contact product support.",
        sourceNotes: [
          SourceNote(
            says: "the codes describe failures of an LTI course launch and increase in the order they occur",
            """
            Yet 1337, the highest code, is not a launch failure: it comes up when an instructor edits \
            a class's details. We list it on its own page and do not place it in the launch order.
            """
          )
        ],
        related: ["1009", "1014"]
      )
    ]
  )
}
