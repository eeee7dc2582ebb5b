import type { TokenRow } from "./rows.ts";

/** What authentication needs from a token hash. */
export interface TokenLookup {
  id: string;
  email: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface NewToken {
  id: string;
  tokenHash: string;
  email: string;
  label: string;
  /** who asked for it (the owner, or an admin creating it for the owner); null from scripts */
  createdBy?: string | null;
  /** the API token that authenticated the creating request, if any */
  parentId?: string | null;
  /**
   * The memberships the token may use, fixed at minting; when absent, the owner's memberships at
   * this moment (scripts, tests). See migration 0003.
   */
  scope?: readonly TokenScope[];
}

export interface TokenScope {
  orgId: string;
  role: "school" | "department" | "admin";
}

// The hash is written and matched here only; no read returns it.
const COLUMNS = `id, email, label, created_at, created_by, last_used_at, revoked_at, revoked_by,
  (SELECT json_group_array(json_object('orgId', s.org_id, 'role', s.role))
     FROM (SELECT org_id, role FROM api_token_scopes WHERE token_id = api_tokens.id ORDER BY org_id) s) AS scope`;

export class TokensRepo {
  constructor(private readonly db: D1Database) {}

  /** The token with this hash, revoked or not (authentication tells the two apart). */
  lookup(tokenHash: string): Promise<TokenLookup | null> {
    return this.db
      .prepare("SELECT id, email, revoked_at, last_used_at FROM api_tokens WHERE token_hash = ?")
      .bind(tokenHash)
      .first<TokenLookup>();
  }

  /** The token and its scope in one transaction; the new row as stored. */
  async insert(t: NewToken, now: string): Promise<TokenRow> {
    const scope =
      t.scope === undefined
        ? this.db
            .prepare(
              "INSERT INTO api_token_scopes (token_id, org_id, role) SELECT ?, org_id, role FROM members WHERE email = ?",
            )
            .bind(t.id, t.email)
        : this.db
            .prepare(
              "INSERT INTO api_token_scopes (token_id, org_id, role) SELECT ?1, json_extract(j.value, '$.orgId'), json_extract(j.value, '$.role') FROM json_each(?2) j",
            )
            .bind(t.id, JSON.stringify(t.scope));
    // Read back after the scope rows: a RETURNING on the token's INSERT would show an empty scope.
    const [, , stored] = await this.db.batch<TokenRow>([
      this.db
        .prepare(
          "INSERT INTO api_tokens (id, token_hash, email, label, created_at, created_by, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(t.id, t.tokenHash, t.email, t.label, now, t.createdBy ?? null, t.parentId ?? null),
      scope,
      this.db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).bind(t.id),
    ]);
    return stored!.results[0]!;
  }

  get(id: string): Promise<TokenRow | null> {
    return this.db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).bind(id).first<TokenRow>();
  }

  /** One user's tokens, newest first. */
  async listFor(email: string): Promise<TokenRow[]> {
    const { results } = await this.db
      .prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE email = ? ORDER BY created_at DESC, id`)
      .bind(email)
      .all<TokenRow>();
    return results;
  }

  async touch(id: string, now: string): Promise<void> {
    await this.db.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").bind(now, id).run();
  }

  /**
   * Revoke the token and every token minted with it (recursively); already revoked ones keep their
   * time. Returns how many were revoked now.
   */
  async revoke(id: string, by: string, now: string): Promise<number> {
    const result = await this.db
      .prepare(
        `WITH RECURSIVE chain(id) AS (
           SELECT id FROM api_tokens WHERE id = ?1
           UNION SELECT t.id FROM api_tokens t JOIN chain c ON t.parent_id = c.id
         )
         UPDATE api_tokens SET revoked_at = ?2, revoked_by = ?3
         WHERE id IN (SELECT id FROM chain) AND revoked_at IS NULL`,
      )
      .bind(id, now, by)
      .run();
    return result.meta.changes;
  }
}
