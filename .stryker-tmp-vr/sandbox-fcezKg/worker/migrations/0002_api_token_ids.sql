-- API tokens get a public id (they are listed and revoked by it; the hash never leaves the database),
-- the time of last use, who created and who revoked them, and `parent_id`: the token whose request
-- created this one, so revoking a token also revokes every token minted with it.
-- SQLite cannot add a PRIMARY KEY or an expression default with ALTER TABLE, so the table is rebuilt.
-- The id defaults to 16 random hex digits, so `npm run token` and `npm start` insert as before.
CREATE TABLE api_tokens_v2 (
  id TEXT PRIMARY KEY DEFAULT (lower(hex(randomblob(8)))),
  token_hash TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT,
  parent_id TEXT,
  last_used_at TEXT,
  revoked_at TEXT,
  revoked_by TEXT
);

INSERT INTO api_tokens_v2 (id, token_hash, email, label, created_at, revoked_at)
SELECT lower(hex(randomblob(8))), token_hash, email, label, created_at, revoked_at FROM api_tokens;

DROP TABLE api_tokens;
ALTER TABLE api_tokens_v2 RENAME TO api_tokens;

CREATE INDEX api_tokens_email ON api_tokens(email);
CREATE INDEX api_tokens_parent ON api_tokens(parent_id);
