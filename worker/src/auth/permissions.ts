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

// ── Role changes (issue 8) ───────────────────────────────────────────────────────────────────────

const RANK: Record<"school" | "department" | "admin", number> = { school: 0, department: 1, admin: 2 };

/** Is `to` a lower role than `from`? */
export function isDowngrade(from: "school" | "department" | "admin", to: "school" | "department" | "admin") {
  return RANK[to] < RANK[from];
}

/**
 * Change a member's role on the org: the right to remove the current role and to grant the new one,
 * so a department can never touch an admin membership nor hand out department or admin.
 */
export function canChangeRole(
  p: Principal,
  org: OrgRef,
  from: "school" | "department" | "admin",
  to: "school" | "department" | "admin",
): boolean {
  return canRemove(p, org, from) && canGrant(p, org, to);
}

/**
 * Would the principal keep rights of at least `role` over the org without their own membership in it?
 * The last-manager rule for self-downgrades: a sole admin stays admin, a sole department stays one.
 */
export function keepsRoleWithout(
  p: Principal,
  org: OrgRef,
  role: "school" | "department" | "admin",
): boolean {
  return p.memberships.some(
    (m) => m.orgId !== org.id && RANK[m.role] >= RANK[role] && within(org.path, m.path),
  );
}
