-- Each finding carries the item it is about (issue 13): the department's «Замечания» used to find it
-- with a LEFT JOIN submission_items ON (submission_id, row), for which there is no index (the table's
-- key is (submission_id, seq)); that join was two thirds of the findings read at 10,000 schools.
-- New findings get both columns at submit time (worker/src/services/item-rows.ts findingRows); this
-- back-fills the stored ones by the same rule: the item on the finding's row (its first, by seq), or
-- the item a missing-item finding names in its params.
ALTER TABLE submission_findings ADD COLUMN item_code TEXT;
ALTER TABLE submission_findings ADD COLUMN activity TEXT;

UPDATE submission_findings AS f
SET
  item_code = COALESCE(
    (SELECT i.code FROM submission_items i
     WHERE i.submission_id = f.submission_id AND i.row = f.row ORDER BY i.seq LIMIT 1),
    json_extract(f.params, '$.code')
  ),
  activity = COALESCE(
    (SELECT i.activity FROM submission_items i
     WHERE i.submission_id = f.submission_id AND i.row = f.row ORDER BY i.seq LIMIT 1),
    json_extract(f.params, '$.activity')
  );
