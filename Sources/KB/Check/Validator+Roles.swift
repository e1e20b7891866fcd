import KBModel

extension Validator {
  /// The site's roles: each has an id entries can use and a label a sentence can start with.
  mutating func checkRoles() {
    let at = site.location
    var seen: Set<String> = []
    for role in site.roles {
      checkSlug(role.id, "role id", at: at)
      if !seen.insert(role.id).inserted { error(at, "role '\(role.id)' is declared twice") }
      guard let label = role.label else {
        error(at, "role '\(role.id)' has no label; declare it as Role(\"\(role.id)\", \"The \(role.id)\")")
        continue
      }
      requireText(label, "label of role '\(role.id)'", at: at)
    }
  }

  /// Every role an entry names is one the site declares, with the label the site gives it.
  mutating func checkActors(_ entry: Entry) {
    var seen: Set<String> = []
    for actor in entry.actors {
      if !seen.insert(actor.id).inserted { error(entry.location, "role '\(actor.id)' is listed twice") }
      guard let declared = site.declaredRole(actor) else {
        let ids = site.roles.map(\.id)
        let hint = Suggestion.didYouMean(actor.id, among: ids)
        error(
          entry.location,
          "role '\(actor.id)' is not one of the site's roles (\(ids.joined(separator: ", ")))\(hint); declare it in Site(roles:)"
        )
        continue
      }
      if let label = actor.label, label != declared.label {
        error(
          entry.location,
          "role '\(actor.id)' is labelled '\(label)' here and '\(declared.label ?? "")' in Site(roles:); use one Role value"
        )
      }
    }
  }
}
