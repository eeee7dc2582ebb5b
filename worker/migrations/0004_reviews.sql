-- The department's review of a school's submitted version (issue 9): «принято» or «возвращено на
-- доработку» with a comment, optionally per item. Reviews are append-only like submissions: each is
-- numbered per school in the campaign and names the version it judged, who and when. The current
-- state of a school is its latest review if that judged its counted version, else «на проверке».
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  seq INTEGER NOT NULL,
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  version INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('accepted', 'returned')),
  comment TEXT NOT NULL DEFAULT '',
  -- JSON array of {code, comment}: remarks on single items
  item_comments TEXT NOT NULL DEFAULT '[]',
  reviewed_by TEXT NOT NULL,
  reviewed_at TEXT NOT NULL,
  UNIQUE (campaign_id, org_id, seq)
);
