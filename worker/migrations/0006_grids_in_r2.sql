-- Raw grids move from D1 (submission_grids, 500,000-character chunks) to the R2 bucket GRIDS, keyed by
-- the version's payload hash. SQL cannot write to R2, so this migration only prepares D1: the worker's
-- scheduled job (worker/src/services/grid-maintenance.ts) copies the remaining chunked grids to R2 and
-- deletes their chunks, a bounded batch per run; GET …/grid reads R2 first and falls back to the chunks
-- until then. submission_grids is dropped by a later migration once it is empty everywhere.

-- The orphan sweep asks "is there a committed version with this payload hash?" for each old object.
CREATE INDEX IF NOT EXISTS submissions_payload_hash ON submissions(payload_hash);
