// Invitations and their uses. The code and link hashes are written and matched here only.

export interface InvitationRow {
  id: string;
  campaign_id: string;
  org_id: string;
  org_name: string;
  org_path: string;
  email: string | null;
  expires_at: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

export interface InvitationUseRow {
  invitation_id: string;
  kind: "join" | "upload";
  email: string | null;
  submission_id: string | null;
  used_at: string;
}

export interface NewInvitation {
  id: string;
  orgId: string;
  codeHash: string;
  linkHash: string;
  email: string | null;
}

const SELECT = `SELECT i.id, i.campaign_id, i.org_id, o.name AS org_name, o.path AS org_path, i.email,
  i.expires_at, i.created_by, i.created_at, i.revoked_at
  FROM invitations i JOIN orgs o ON o.id = i.org_id`;

export class InvitationsRepo {
  constructor(private readonly db: D1Database) {}

  /**
   * Insert the invitations of one campaign in one transaction; each school's earlier invitations that
   * are still unrevoked are revoked first (a school has one live invitation per campaign).
   */
  async createMany(
    campaignId: string,
    invitations: readonly NewInvitation[],
    expiresAt: string,
    by: string,
    now: string,
  ): Promise<void> {
    const orgIds = JSON.stringify(invitations.map((i) => i.orgId));
    await this.db.batch([
      this.db
        .prepare(
          `UPDATE invitations SET revoked_at = ?1, revoked_by = ?2
           WHERE campaign_id = ?3 AND revoked_at IS NULL AND org_id IN (SELECT value FROM json_each(?4))`,
        )
        .bind(now, by, campaignId, orgIds),
      this.db
        .prepare(
          `INSERT INTO invitations (id, campaign_id, org_id, code_hash, link_hash, email, expires_at, created_by, created_at)
           SELECT j.value ->> '$.id', ?1, j.value ->> '$.orgId', j.value ->> '$.codeHash', j.value ->> '$.linkHash',
                  j.value ->> '$.email', ?2, ?3, ?4
           FROM json_each(?5) j`,
        )
        .bind(campaignId, expiresAt, by, now, JSON.stringify(invitations)),
    ]);
  }

  get(id: string): Promise<InvitationRow | null> {
    return this.db.prepare(`${SELECT} WHERE i.id = ?`).bind(id).first<InvitationRow>();
  }

  byCodeHash(hash: string): Promise<InvitationRow | null> {
    return this.db.prepare(`${SELECT} WHERE i.code_hash = ?`).bind(hash).first<InvitationRow>();
  }

  byLinkHash(hash: string): Promise<InvitationRow | null> {
    return this.db.prepare(`${SELECT} WHERE i.link_hash = ?`).bind(hash).first<InvitationRow>();
  }

  async listFor(campaignId: string): Promise<InvitationRow[]> {
    const { results } = await this.db
      .prepare(`${SELECT} WHERE i.campaign_id = ? ORDER BY o.name, i.created_at DESC`)
      .bind(campaignId)
      .all<InvitationRow>();
    return results;
  }

  async uses(ids: readonly string[]): Promise<InvitationUseRow[]> {
    const { results } = await this.db
      .prepare(
        "SELECT invitation_id, kind, email, submission_id, used_at FROM invitation_uses WHERE invitation_id IN (SELECT value FROM json_each(?)) ORDER BY used_at",
      )
      .bind(JSON.stringify(ids))
      .all<InvitationUseRow>();
    return results;
  }

  async revoke(id: string, by: string, now: string): Promise<void> {
    await this.db
      .prepare("UPDATE invitations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
      .bind(now, by, id)
      .run();
  }

  /**
   * Join with the code: record the use (the first account wins; the same account again is a no-op)
   * and, in the same transaction, make that account a school member (an existing role is kept).
   * Returns the use as stored, so the caller sees who won.
   */
  async claimJoin(inv: InvitationRow, email: string, now: string): Promise<InvitationUseRow> {
    await this.db.batch([
      this.db
        .prepare(
          "INSERT OR IGNORE INTO invitation_uses (invitation_id, kind, email, used_at) VALUES (?, 'join', ?, ?)",
        )
        .bind(inv.id, email, now),
      this.db
        .prepare(
          `INSERT OR IGNORE INTO members (org_id, email, role, created_at)
           SELECT ?1, ?2, 'school', ?3 WHERE EXISTS
             (SELECT 1 FROM invitation_uses WHERE invitation_id = ?4 AND kind = 'join' AND email = ?2)`,
        )
        .bind(inv.org_id, email, now, inv.id),
    ]);
    return (await this.use(inv.id, "join"))!;
  }

  /** Reserve the link's one upload for this submission id; returns the use as stored. */
  async claimUpload(id: string, submissionId: string, now: string): Promise<InvitationUseRow> {
    await this.db
      .prepare(
        "INSERT OR IGNORE INTO invitation_uses (invitation_id, kind, submission_id, used_at) VALUES (?, 'upload', ?, ?)",
      )
      .bind(id, submissionId, now)
      .run();
    return (await this.use(id, "upload"))!;
  }

  /** Give the upload back when the submission was refused (nothing was stored). */
  async releaseUpload(id: string, submissionId: string): Promise<void> {
    await this.db
      .prepare(
        "DELETE FROM invitation_uses WHERE invitation_id = ? AND kind = 'upload' AND submission_id = ?",
      )
      .bind(id, submissionId)
      .run();
  }

  use(id: string, kind: "join" | "upload"): Promise<InvitationUseRow | null> {
    return this.db
      .prepare(
        "SELECT invitation_id, kind, email, submission_id, used_at FROM invitation_uses WHERE invitation_id = ? AND kind = ?",
      )
      .bind(id, kind)
      .first<InvitationUseRow>();
  }
}
