import type { MemberRole, OrgKind } from "../../../shared/api/common.ts";
import { type MembershipRow, type OrgRow, SUBTREE } from "./rows.ts";

export class OrgsRepo {
  constructor(private readonly db: D1Database) {}

  get(id: string): Promise<OrgRow | null> {
    return this.db
      .prepare("SELECT id, parent_id, name, kind, path FROM orgs WHERE id = ?")
      .bind(id)
      .first<OrgRow>();
  }

  async children(id: string): Promise<OrgRow[]> {
    const { results } = await this.db
      .prepare("SELECT id, parent_id, name, kind, path FROM orgs WHERE parent_id = ? ORDER BY name, id")
      .bind(id)
      .all<OrgRow>();
    return results;
  }

  /** Orgs by id, for checking a list (e.g. campaign participants) in one query. */
  async many(ids: readonly string[]): Promise<OrgRow[]> {
    const { results } = await this.db
      .prepare(
        "SELECT id, parent_id, name, kind, path FROM orgs WHERE id IN (SELECT value FROM json_each(?))",
      )
      .bind(JSON.stringify(ids))
      .all<OrgRow>();
    return results;
  }

  async schoolsUnder(path: string): Promise<OrgRow[]> {
    const { results } = await this.db
      .prepare(
        `SELECT id, parent_id, name, kind, path FROM orgs WHERE ${SUBTREE("path", "?1")} AND kind = 'school' ORDER BY path`,
      )
      .bind(path)
      .all<OrgRow>();
    return results;
  }

  /** Create under a parent (path derived from it) or as a root; false when the id is taken. */
  async create(
    org: { id: string; parentId: string | null; name: string; kind: OrgKind },
    now: string,
  ): Promise<boolean> {
    const statement =
      org.parentId === null
        ? this.db
            .prepare(
              "INSERT OR IGNORE INTO orgs (id, parent_id, name, kind, path, created_at) VALUES (?1, NULL, ?2, ?3, '/' || ?1 || '/', ?4)",
            )
            .bind(org.id, org.name, org.kind, now)
        : this.db
            .prepare(
              "INSERT OR IGNORE INTO orgs (id, parent_id, name, kind, path, created_at) SELECT ?1, id, ?2, ?3, path || ?1 || '/', ?4 FROM orgs WHERE id = ?5",
            )
            .bind(org.id, org.name, org.kind, now, org.parentId);
    const result = await statement.run();
    return result.meta.changes === 1;
  }

  async members(orgId: string): Promise<{ org_id: string; email: string; role: MemberRole }[]> {
    const { results } = await this.db
      .prepare("SELECT org_id, email, role FROM members WHERE org_id = ? ORDER BY email")
      .bind(orgId)
      .all<{ org_id: string; email: string; role: MemberRole }>();
    return results;
  }

  async upsertMember(orgId: string, email: string, role: MemberRole, now: string): Promise<void> {
    await this.db
      .prepare(
        "INSERT INTO members (org_id, email, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (org_id, email) DO UPDATE SET role = excluded.role",
      )
      .bind(orgId, email, role, now)
      .run();
  }

  /** Add a membership unless one exists; false when it does (its role is never changed here). */
  async addMember(orgId: string, email: string, role: MemberRole, now: string): Promise<boolean> {
    const result = await this.db
      .prepare(
        "INSERT INTO members (org_id, email, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (org_id, email) DO NOTHING",
      )
      .bind(orgId, email, role, now)
      .run();
    return result.meta.changes === 1;
  }

  /** Change the role if it is still `from` (a concurrent change is not overwritten blindly). */
  async changeRole(orgId: string, email: string, from: MemberRole, to: MemberRole): Promise<boolean> {
    const result = await this.db
      .prepare("UPDATE members SET role = ? WHERE org_id = ? AND email = ? AND role = ?")
      .bind(to, orgId, email, from)
      .run();
    return result.meta.changes === 1;
  }

  member(orgId: string, email: string): Promise<{ org_id: string; email: string; role: MemberRole } | null> {
    return this.db
      .prepare("SELECT org_id, email, role FROM members WHERE org_id = ? AND email = ?")
      .bind(orgId, email)
      .first<{ org_id: string; email: string; role: MemberRole }>();
  }

  /** Remove the membership if it still has `role` (a concurrent role change is not removed blindly). */
  async removeMember(orgId: string, email: string, role: MemberRole): Promise<boolean> {
    const result = await this.db
      .prepare("DELETE FROM members WHERE org_id = ? AND email = ? AND role = ?")
      .bind(orgId, email, role)
      .run();
    return result.meta.changes === 1;
  }

  async membershipsOf(email: string): Promise<MembershipRow[]> {
    const { results } = await this.db
      .prepare(
        "SELECT m.org_id, m.role, o.name, o.kind, o.path FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.email = ? ORDER BY o.path",
      )
      .bind(email)
      .all<MembershipRow>();
    return results;
  }
}
