import type { MemberRole, OrgKind } from "../../../shared/api/common.ts";
import { type MembershipRow, type OrgRow, SUBTREE } from "./rows.ts";

/** A role as a number in SQL (school < department < admin). */
const ROLE_RANK = (expr: string) => `(CASE ${expr} WHEN 'admin' THEN 2 WHEN 'department' THEN 1 ELSE 0 END)`;

const ORG_COLUMNS = "id, parent_id, name, kind, path";

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

  /**
   * The children of `id` that have children of their own: the only ones a summary can roll up into
   * (a school directly under the campaign's org rolls up into that org). Leaves are skipped, so a
   * municipality with 10,000 schools answers no rows instead of 10,000.
   */
  async parentChildren(id: string): Promise<Pick<OrgRow, "id" | "name">[]> {
    const { results } = await this.db
      .prepare(
        "SELECT o.id, o.name FROM orgs o WHERE o.parent_id = ? AND EXISTS (SELECT 1 FROM orgs c WHERE c.parent_id = o.id)",
      )
      .bind(id)
      .all<Pick<OrgRow, "id" | "name">>();
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

  /** Create under a parent (path derived from it) or as a root; null when the id is taken (or no parent). */
  async create(
    org: { id: string; parentId: string | null; name: string; kind: OrgKind },
    now: string,
  ): Promise<OrgRow | null> {
    const statement =
      org.parentId === null
        ? this.db
            .prepare(
              `INSERT OR IGNORE INTO orgs (id, parent_id, name, kind, path, created_at) VALUES (?1, NULL, ?2, ?3, '/' || ?1 || '/', ?4) RETURNING ${ORG_COLUMNS}`,
            )
            .bind(org.id, org.name, org.kind, now)
        : this.db
            .prepare(
              `INSERT OR IGNORE INTO orgs (id, parent_id, name, kind, path, created_at) SELECT ?1, id, ?2, ?3, path || ?1 || '/', ?4 FROM orgs WHERE id = ?5 RETURNING ${ORG_COLUMNS}`,
            )
            .bind(org.id, org.name, org.kind, now, org.parentId);
    // RETURNING gives the new row, or nothing when OR IGNORE skipped the insert.
    return statement.first<OrgRow>();
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

  /**
   * Change the role if it is still `from` (a concurrent change is not overwritten blindly). A downgrade
   * also lowers the member's API tokens for this org, so raising the role again does not revive them.
   */
  async changeRole(orgId: string, email: string, from: MemberRole, to: MemberRole): Promise<boolean> {
    const [changed] = await this.db.batch([
      this.db
        .prepare("UPDATE members SET role = ? WHERE org_id = ? AND email = ? AND role = ?")
        .bind(to, orgId, email, from),
      this.db
        .prepare(
          `UPDATE api_token_scopes SET role = ?3 WHERE org_id = ?1
             AND token_id IN (SELECT id FROM api_tokens WHERE email = ?2)
             AND ${ROLE_RANK("role")} > ${ROLE_RANK("?3")}
             AND EXISTS (SELECT 1 FROM members WHERE org_id = ?1 AND email = ?2 AND role = ?3)`,
        )
        .bind(orgId, email, to),
    ]);
    return changed!.meta.changes === 1;
  }

  member(orgId: string, email: string): Promise<{ org_id: string; email: string; role: MemberRole } | null> {
    return this.db
      .prepare("SELECT org_id, email, role FROM members WHERE org_id = ? AND email = ?")
      .bind(orgId, email)
      .first<{ org_id: string; email: string; role: MemberRole }>();
  }

  /**
   * Remove the membership if it still has `role` (a concurrent role change is not removed blindly),
   * and in the same transaction take that org out of the member's API tokens: adding the email again
   * later does not bring old tokens back.
   */
  async removeMember(orgId: string, email: string, role: MemberRole): Promise<boolean> {
    const [removed] = await this.db.batch([
      this.db
        .prepare("DELETE FROM members WHERE org_id = ? AND email = ? AND role = ?")
        .bind(orgId, email, role),
      this.db
        .prepare(
          `DELETE FROM api_token_scopes WHERE org_id = ?1
             AND token_id IN (SELECT id FROM api_tokens WHERE email = ?2)
             AND NOT EXISTS (SELECT 1 FROM members WHERE org_id = ?1 AND email = ?2)`,
        )
        .bind(orgId, email),
    ]);
    return removed!.meta.changes === 1;
  }

  /**
   * The memberships a request made with an API token acts with: the owner's current memberships that
   * are in the token's scope, each with the lower of the current and the scoped role.
   */
  async membershipsThroughToken(email: string, tokenId: string): Promise<MembershipRow[]> {
    const { results } = await this.db
      .prepare(
        `SELECT m.org_id, CASE WHEN ${ROLE_RANK("s.role")} < ${ROLE_RANK("m.role")} THEN s.role ELSE m.role END AS role,
           o.name, o.kind, o.path
         FROM members m JOIN api_token_scopes s ON s.token_id = ?2 AND s.org_id = m.org_id
           JOIN orgs o ON o.id = m.org_id
         WHERE m.email = ?1 ORDER BY o.path`,
      )
      .bind(email, tokenId)
      .all<MembershipRow>();
    return results;
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
