import type { ApiToken } from "../../../shared/api/tokens.ts";
import type { TokenRow } from "../db/rows.ts";

/** A token as listed: id and bookkeeping, never the hash or the text. */
export const tokenView = (row: TokenRow, currentTokenId?: string): ApiToken => ({
  id: row.id,
  email: row.email,
  label: row.label,
  createdAt: row.created_at,
  createdBy: row.created_by,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
  revokedBy: row.revoked_by,
  current: row.id === currentTokenId,
  scope: JSON.parse(row.scope) as ApiToken["scope"],
});
