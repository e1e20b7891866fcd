import KBModel

extension Site {
  /// How a sentence names a role an entry lists: the label the site declares for it.
  package func label(of role: Role) -> String { declaredRole(role)?.label ?? role.label ?? role.id }

  /// The role as it reads at `index` of a sentence listing several: "an administrator" after the
  /// first, but "Support" when its label is a name.
  package func phrase(of role: Role, at index: Int) -> String {
    ListSentence.phrase(label(of: role), at: index, isName: declaredRole(role)?.isName ?? role.isName)
  }

  /// The roles as one sentence, "The user, an administrator and Support", without its stop.
  package func sentence(of roles: [Role]) -> String {
    roles.indices.map { ListSentence.separator(at: $0, count: roles.count) + phrase(of: roles[$0], at: $0) }
      .joined()
  }
}
