/** Staff are users in any of ADMIN_GROUPS; group names are compared exactly, as Okta does. */
export function isAdmin(groups: readonly string[] | undefined, adminGroups: readonly string[]): boolean {
  return (groups ?? []).some((group) => adminGroups.includes(group));
}
