-- A campaign's time zone can change while it runs (people task), and the change is an event like a
-- moved date: campaign_events.kind gains 'time-zone'. SQLite cannot alter a CHECK, so the table is
-- rebuilt with its rows (nothing references it).
CREATE TABLE campaign_events_tz (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  by_email TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('renamed', 'due-date', 'report-date', 'closed', 'reopened',
    'participants-added', 'participants-removed', 'time-zone')),
  -- previous and new value for renames, date moves and time zones
  from_value TEXT,
  to_value TEXT,
  -- JSON array of org ids for participant changes
  org_ids TEXT NOT NULL DEFAULT '[]',
  reason TEXT,
  PRIMARY KEY (campaign_id, seq)
) WITHOUT ROWID;

INSERT INTO campaign_events_tz (campaign_id, seq, at, by_email, kind, from_value, to_value, org_ids, reason)
SELECT campaign_id, seq, at, by_email, kind, from_value, to_value, org_ids, reason FROM campaign_events;

DROP TABLE campaign_events;
ALTER TABLE campaign_events_tz RENAME TO campaign_events;
