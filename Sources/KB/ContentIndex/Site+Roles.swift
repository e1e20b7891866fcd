import KBModel

extension Site {
  /// How a sentence names a role an entry lists: the label the site declares for it.
  package func label(of role: Role) -> String { declaredRole(role)?.label ?? role.label ?? role.id }
}
