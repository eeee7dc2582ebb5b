-- submission_findings.severity gets the CHECK the other status columns have (orgs.kind, members.role,
-- campaigns.status, submissions.status): only what shared/validate/types.ts's Severity allows.
-- SQLite cannot add a CHECK to an existing column, so the table is rebuilt; nothing references it.
CREATE TABLE submission_findings_checked (
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  row INTEGER,
  col TEXT,
  message TEXT NOT NULL,
  params TEXT NOT NULL,
  PRIMARY KEY (submission_id, seq)
) WITHOUT ROWID;

INSERT INTO submission_findings_checked (submission_id, seq, code, severity, row, col, message, params)
SELECT submission_id, seq, code, severity, row, col, message, params FROM submission_findings;

DROP TABLE submission_findings;
ALTER TABLE submission_findings_checked RENAME TO submission_findings;
