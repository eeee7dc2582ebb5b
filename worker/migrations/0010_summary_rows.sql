-- One stored summary row per school and campaign (issues 9 and 13): what the department's summary
-- shows of a school, kept by triggers in the same transaction as every submission and review, so
-- the summary of 10,000 schools reads 10,000 short rows by key instead of finding each school's
-- counted version, newer draft and latest review among all its versions on every request (that
-- search and D1's per-row, per-column cost were two thirds of the summary's time).
-- Derived data only: it can be dropped and rebuilt from submissions and reviews at any time
-- (the INSERTs at the end of this file do exactly that).

-- What counts of a school: the latest submitted (non-draft) version, or its latest draft when it
-- never submitted one; a draft newer than the counted version is reported beside it; the latest
-- review of the school. One row per (campaign, school) that has a version: `p` is its latest.
-- `j` = json_array(version, status, received_at, errors, warnings, required, done, digest,
--   draft_version, draft_received_at) — read by worker/src/db/summary-repo.ts; ASCII as long as the
--   digest is (format 3), because D1 hands over a result with any non-ASCII text the slow way.
-- `review` = json_array(version, state, comment, item_comments, reviewed_by, reviewed_at) of the
--   school's latest review, NULL before the first: Russian comments, so apart from `j`.
-- `findings` = the counted version's findings as the API's JSON objects (shared/api/summary.ts
--   SummaryFinding), joined by ","; '' when it has none; NULL when they would pass 1,000,000 bytes
--   (D1 refuses a row over 2 MB: the summary then reads that school's finding rows instead).
--   In seq order through group_concat(… ORDER BY f.seq): aggregate ORDER BY needs SQLite 3.44+,
--   which workerd's SQLite (local and D1) has; the worker tests run this migration in workerd.
CREATE VIEW summary_source AS
SELECT
  p.campaign_id,
  p.org_id,
  s.id AS submission_id,
  json_array(
    s.version, s.status, s.received_at, s.errors, s.warnings, s.required, s.done, s.digest,
    CASE WHEN p.version > s.version THEN p.version END,
    CASE WHEN p.version > s.version THEN p.received_at END
  ) AS j,
  CASE WHEN r.seq IS NOT NULL
    THEN json_array(r.version, r.state, r.comment, r.item_comments, r.reviewed_by, r.reviewed_at)
  END AS review,
  CASE WHEN (SELECT COALESCE(SUM(length(CAST(json_object('orgId', s.org_id, 'code', f.code,
                 'severity', f.severity, 'itemCode', CAST(f.item_code AS TEXT), 'activity', f.activity,
                 'row', f.row, 'column', f.col, 'message', f.message) AS BLOB)) + 1), 0)
             FROM submission_findings f WHERE f.submission_id = s.id) <= 1000000
    THEN (SELECT COALESCE(group_concat(json_object('orgId', s.org_id, 'code', f.code,
                 'severity', f.severity, 'itemCode', CAST(f.item_code AS TEXT), 'activity', f.activity,
                 'row', f.row, 'column', f.col, 'message', f.message), ',' ORDER BY f.seq), '')
          FROM submission_findings f WHERE f.submission_id = s.id)
  END AS findings
FROM submissions p
JOIN submissions s ON s.campaign_id = p.campaign_id AND s.org_id = p.org_id AND s.version = COALESCE(
  (SELECT MAX(x.version) FROM submissions x
   WHERE x.campaign_id = p.campaign_id AND x.org_id = p.org_id AND x.status <> 'draft'),
  p.version)
LEFT JOIN reviews r ON r.campaign_id = p.campaign_id AND r.org_id = p.org_id AND r.seq =
  (SELECT MAX(x.seq) FROM reviews x WHERE x.campaign_id = p.campaign_id AND x.org_id = p.org_id)
WHERE p.version =
  (SELECT MAX(x.version) FROM submissions x WHERE x.campaign_id = p.campaign_id AND x.org_id = p.org_id);

CREATE TABLE summary_rows (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  -- the counted version's row (its findings are the school's lines of «Замечания»)
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  j TEXT NOT NULL,
  review TEXT,
  PRIMARY KEY (campaign_id, org_id)
) WITHOUT ROWID;

-- The counted version's findings in a table of their own: the default summary reads summary_rows
-- only, and short rows pack more to a page (a findings column inline made that read ~15 % slower).
CREATE TABLE summary_findings (
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  org_id TEXT NOT NULL REFERENCES orgs(id),
  findings TEXT,
  PRIMARY KEY (campaign_id, org_id)
) WITHOUT ROWID; -- clustered by campaign: a campaign's findings are read together

-- Every version and every review rewrites its school's row from the source above (a few index
-- lookups); submissions and reviews are append-only, so inserts are the only events. A version's
-- findings are inserted after its submissions row (they reference it), so the worker's submit batch
-- ends with the findings' rewrite once they are in (worker/src/db/summary-rows.ts). A review does
-- not change which version counts, so it leaves the findings alone.
CREATE TRIGGER summary_rows_on_submission AFTER INSERT ON submissions
BEGIN
  INSERT OR REPLACE INTO summary_rows (campaign_id, org_id, submission_id, j, review)
  SELECT campaign_id, org_id, submission_id, j, review FROM summary_source
  WHERE campaign_id = NEW.campaign_id AND org_id = NEW.org_id;
  INSERT OR REPLACE INTO summary_findings (campaign_id, org_id, findings)
  SELECT campaign_id, org_id, findings FROM summary_source
  WHERE campaign_id = NEW.campaign_id AND org_id = NEW.org_id;
END;

CREATE TRIGGER summary_rows_on_review AFTER INSERT ON reviews
BEGIN
  INSERT OR REPLACE INTO summary_rows (campaign_id, org_id, submission_id, j, review)
  SELECT campaign_id, org_id, submission_id, j, review FROM summary_source
  WHERE campaign_id = NEW.campaign_id AND org_id = NEW.org_id;
END;

INSERT INTO summary_rows (campaign_id, org_id, submission_id, j, review)
SELECT campaign_id, org_id, submission_id, j, review FROM summary_source;

INSERT INTO summary_findings (campaign_id, org_id, findings)
SELECT campaign_id, org_id, findings FROM summary_source;
