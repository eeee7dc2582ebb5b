-- A running campaign changes: participants join late or leave, dates move, it is renamed, closed and
-- reopened. Every change is one row here (who, when, what, why), so the campaign's history is
-- readable; the campaign row keeps only the current state. Removing a participant deletes its
-- campaign_orgs row but never its submissions (re-adding it brings its versions back).
CREATE TABLE campaign_events (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  by_email TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('renamed', 'due-date', 'report-date', 'closed', 'reopened',
    'participants-added', 'participants-removed')),
  -- previous and new value for renames and date moves
  from_value TEXT,
  to_value TEXT,
  -- JSON array of org ids for participant changes
  org_ids TEXT NOT NULL DEFAULT '[]',
  reason TEXT,
  PRIMARY KEY (campaign_id, seq)
) WITHOUT ROWID;
