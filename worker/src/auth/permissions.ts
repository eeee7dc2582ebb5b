import type { Principal } from "./principal.ts";

// Roles: `school` sees and reports for its own org only; `department` sees, manages campaigns and
// reports for everything under its org; `admin` additionally manages members of any role there.

interface OrgRef {
  id: string;
  path: string;
}

const within = (path: string, ancestorPath: string) => path.startsWith(ancestorPath);

/** Read the org's data, and report for it. */
export function canAccess(p: Principal, org: OrgRef): boolean {
  return p.memberships.some((m) => m.orgId === org.id || (m.role !== "school" && within(org.path, m.path)));
}

/** Create child orgs, open / close campaigns, read summaries. */
export function canManage(p: Principal, org: OrgRef): boolean {
  return p.memberships.some((m) => m.role !== "school" && within(org.path, m.path));
}

/** Grant a role on the org: admins any role inside their subtree, departments only `school`. */
export function canGrant(p: Principal, org: OrgRef, role: "school" | "department" | "admin"): boolean {
  return p.memberships.some(
    (m) => within(org.path, m.path) && (m.role === "admin" || (m.role === "department" && role === "school")),
  );
}

/** Paths under which the principal manages (department / admin). */
export function managedPaths(p: Principal): string[] {
  return p.memberships.filter((m) => m.role !== "school").map((m) => m.path);
}

/**
 * Remove a member with `role` from the org: admins any role inside their subtree, departments
 * `school` and `department` members inside theirs (never an admin). Schools remove nobody.
 */
export function canRemove(p: Principal, org: OrgRef, role: "school" | "department" | "admin"): boolean {
  return p.memberships.some(
    (m) => within(org.path, m.path) && (m.role === "admin" || (m.role === "department" && role !== "admin")),
  );
}

/** Would the principal still manage the org without their own membership in it? */
export function managesWithout(p: Principal, org: OrgRef): boolean {
  return p.memberships.some((m) => m.orgId !== org.id && m.role !== "school" && within(org.path, m.path));
}

/**
 * Act on another user's API tokens (list, create, revoke): only an admin, and only for a user whose
 * every membership lies under the admin's own admin organisations — a token carries all of the
 * user's access, so an admin of one tree must not mint access to another.
 */
export function administersUser(p: Principal, target: readonly { path: string }[]): boolean {
  const adminPaths = p.memberships.filter((m) => m.role === "admin").map((m) => m.path);
  return target.length > 0 && target.every((t) => adminPaths.some((adminPath) => within(t.path, adminPath)));
}
