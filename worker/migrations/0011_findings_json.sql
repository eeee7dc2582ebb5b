-- Each version's findings as the API's JSON objects, stored once when the version is (issues 9 and
-- 13): the department's summary with «Замечания» (`?include=findings`) reads one short ASCII value
-- per school beside its summary row and splices the bytes into the answer as they are.
--
-- Why base64: local D1 hands a result over as JSON text, and a result with any non-ASCII character in
-- it, or with quotes to escape, the slow way. The findings are Russian JSON, so the worker writes them
-- as base64 of their UTF-8 bytes (ASCII, nothing to escape; ~2× faster to read at 10,000 schools,
-- docs/PERFORMANCE.md) and never turns them back into a string. SQLite has no base64, so the worker
-- writes this row (worker/src/db/stored-findings.ts · storedFindings), not a trigger; a version and its
-- row are one batch. A version's findings never change, so nothing has to keep them up to date: the
-- summary joins them through summary_rows.submission_id (the counted version).
--
-- `findings`: base64 («eyJ…», the base64 of «{"»); '' when the version has no findings; NULL when they
-- would pass 1,000,000 characters (the summary then reads that school's finding rows). The versions
-- stored before this migration get the same objects as plain JSON text («{…»), written by SQLite
-- below (the same json_object as 0010's summary_source: a migration cannot share another's SQL);
-- the reader takes both (a first character «{» is plain text).
CREATE TABLE submission_findings_json (
  submission_id TEXT PRIMARY KEY REFERENCES submissions(id),
  findings TEXT
);

INSERT INTO submission_findings_json (submission_id, findings)
SELECT s.id,
  CASE WHEN (SELECT COALESCE(SUM(length(CAST(json_object('orgId', s.org_id, 'code', f.code,
                 'severity', f.severity, 'itemCode', CAST(f.item_code AS TEXT), 'activity', f.activity,
                 'row', f.row, 'column', f.col, 'message', f.message) AS BLOB)) + 1), 0)
             FROM submission_findings f WHERE f.submission_id = s.id) <= 1000000
    THEN (SELECT COALESCE(group_concat(json_object('orgId', s.org_id, 'code', f.code,
                 'severity', f.severity, 'itemCode', CAST(f.item_code AS TEXT), 'activity', f.activity,
                 'row', f.row, 'column', f.col, 'message', f.message), ',' ORDER BY f.seq), '')
          FROM submission_findings f WHERE f.submission_id = s.id)
  END
FROM submissions s;

-- summary_findings (migration 0010) is no longer written by the triggers. Expand, then contract: the
-- table and summary_source's `findings` column stay until the next migration, so a worker deployed
-- before this one (which rewrites summary_findings at the end of each submit) keeps working while the
-- new one rolls out; its rows are emptied now (the bytes back; nothing reads them).
DROP TRIGGER summary_rows_on_submission;
CREATE TRIGGER summary_rows_on_submission AFTER INSERT ON submissions
BEGIN
  INSERT OR REPLACE INTO summary_rows (campaign_id, org_id, submission_id, j, review)
  SELECT campaign_id, org_id, submission_id, j, review FROM summary_source
  WHERE campaign_id = NEW.campaign_id AND org_id = NEW.org_id;
END;
DELETE FROM summary_findings;
