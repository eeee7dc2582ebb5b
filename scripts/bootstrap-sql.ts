// The first step of a deployment, as SQL: the top organisation and its first administrator. Everything
// below them (municipalities, schools, departments, campaigns, invitations) goes through the API or
// the add-on. Idempotent: running it twice changes nothing; an existing admin keeps being admin.

export interface Bootstrap {
  org: string;
  name: string;
  kind: "region" | "municipality";
  admin: string;
}

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Checks the arguments; returns the English problem for the command line, or null. */
export function bootstrapProblem(b: Partial<Bootstrap>): string | null {
  if (!b.org || !/^[A-Za-z0-9_-]{1,64}$/.test(b.org))
    return "--org must be 1–64 latin letters, digits, - or _";
  if (!b.name?.trim()) return "--name must be the organisation's name, e.g. «Томская область»";
  if (b.kind !== "region" && b.kind !== "municipality") return "--kind must be region or municipality";
  if (!b.admin || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(b.admin)) return "--admin must be an e-mail address";
  return null;
}

export function bootstrapSql(b: Bootstrap, now: string): string {
  const admin = b.admin.trim().toLowerCase();
  return [
    `INSERT OR IGNORE INTO orgs (id, parent_id, name, kind, path, created_at) VALUES (${lit(b.org)}, NULL, ${lit(b.name.trim())}, ${lit(b.kind)}, ${lit(`/${b.org}/`)}, ${lit(now)});`,
    `INSERT INTO members (org_id, email, role, created_at) VALUES (${lit(b.org)}, ${lit(admin)}, 'admin', ${lit(now)}) ON CONFLICT (org_id, email) DO UPDATE SET role = 'admin';`,
  ].join(" ");
}
