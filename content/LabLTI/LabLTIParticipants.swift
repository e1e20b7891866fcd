import KBModel

/// The three parties of every Skillable LTI flow, shared by the deep-link and launch sequences.
var labLTIParticipants: [Participant] {
  [
    Participant("user", "User", side: .client),
    Participant("lms", "LMS", side: .server),
    Participant("skillable", "Skillable", side: .server),
  ]
}
