-- Invitations: the department invites one school of a campaign with a short code (pasted into the
-- add-on, «Подключиться по коду») and a link (the invitation page, which can also take an upload).
-- Only the SHA-256 of the code and of the link token is kept: they are shown once, at creation.
-- Each invitation may be used once for joining (one Google account becomes a school member) and once
-- for an upload through the link; every use is a row of invitation_uses.
CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  code_hash TEXT NOT NULL UNIQUE,
  link_hash TEXT NOT NULL UNIQUE,
  email TEXT,
  expires_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT
);
CREATE INDEX invitations_campaign ON invitations(campaign_id, org_id);

-- kind: 'join' (code, by `email`) or 'upload' (link, `submission_id` stored under the school).
CREATE TABLE invitation_uses (
  invitation_id TEXT NOT NULL REFERENCES invitations(id),
  kind TEXT NOT NULL CHECK (kind IN ('join', 'upload')),
  email TEXT,
  submission_id TEXT,
  used_at TEXT NOT NULL,
  PRIMARY KEY (invitation_id, kind)
) WITHOUT ROWID;
