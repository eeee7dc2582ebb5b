export class TokensRepo {
  constructor(private readonly db: D1Database) {}

  async emailFor(tokenHash: string): Promise<string | null> {
    const row = await this.db
      .prepare("SELECT email FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")
      .bind(tokenHash)
      .first<{ email: string }>();
    return row?.email ?? null;
  }

  async insert(tokenHash: string, email: string, label: string, now: string): Promise<void> {
    await this.db
      .prepare("INSERT INTO api_tokens (token_hash, email, label, created_at) VALUES (?, ?, ?, ?)")
      .bind(tokenHash, email, label, now)
      .run();
  }

  async revoke(tokenHash: string, now: string): Promise<void> {
    await this.db
      .prepare("UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ?")
      .bind(now, tokenHash)
      .run();
  }
}
