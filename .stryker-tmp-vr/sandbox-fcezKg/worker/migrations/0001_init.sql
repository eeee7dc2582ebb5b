-- Svodka schema. Submissions are append-only: nothing here is ever updated or deleted except
-- campaign status and member roles.

-- Organisations form a tree; `path` ('/root/…/id/') makes "everything under X" one indexed LIKE.
CREATE TABLE orgs (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES orgs(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('region', 'municipality', 'school', 'other')),
  path TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX orgs_parent ON orgs(parent_id);

CREATE TABLE members (
  org_id TEXT NOT NULL REFERENCES orgs(id),
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('school', 'department', 'admin')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (org_id, email)
) WITHOUT ROWID;
CREATE INDEX members_email ON members(email);

-- Only the SHA-256 of a token is kept.
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  revoked_at TEXT
) WITHOUT ROWID;

CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  name TEXT NOT NULL,
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  report_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX campaigns_org ON campaigns(org_id);

CREATE TABLE campaign_orgs (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  PRIMARY KEY (campaign_id, org_id)
) WITHOUT ROWID;
CREATE INDEX campaign_orgs_org ON campaign_orgs(org_id);

-- One row per version. `id` is the client's submission id (idempotency key); the version is
-- computed inside the INSERT and the UNIQUE constraint turns a lost race into a retry.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  version INTEGER NOT NULL,
  payload_hash TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'late')),
  sheet_name TEXT,
  submitted_by TEXT NOT NULL,
  received_at TEXT NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  infos INTEGER NOT NULL,
  required INTEGER NOT NULL,
  present INTEGER NOT NULL,
  done INTEGER NOT NULL,
  grid_chunks INTEGER NOT NULL,
  -- Compact JSON of the item states ([code, templateCode, state, met, actual, target] per item), so
  -- the summary reads one row per organisation instead of scanning every item row.
  digest TEXT NOT NULL,
  UNIQUE (campaign_id, org_id, version)
);

-- The raw grid as JSON text, split so no row exceeds D1's 2 MB row limit.
CREATE TABLE submission_grids (
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  seq INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (submission_id, seq)
) WITHOUT ROWID;

-- Normalised items: one row per sheet item plus one `missing` row per absent required template
-- item, so the summary is a read of stored states, never a re-validation.
CREATE TABLE submission_items (
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  seq INTEGER NOT NULL,
  row INTEGER,
  code TEXT,
  template_code TEXT,
  activity TEXT NOT NULL,
  state TEXT NOT NULL,
  status TEXT,
  deadline_kind TEXT NOT NULL,
  deadline_start TEXT,
  deadline_end TEXT,
  actual TEXT NOT NULL,
  actual_value REAL,
  target_value REAL,
  target_met INTEGER,
  PRIMARY KEY (submission_id, seq)
) WITHOUT ROWID;

CREATE TABLE submission_findings (
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  row INTEGER,
  col TEXT,
  message TEXT NOT NULL,
  params TEXT NOT NULL,
  PRIMARY KEY (submission_id, seq)
) WITHOUT ROWID;
