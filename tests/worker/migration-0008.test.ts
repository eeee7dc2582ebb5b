import { applyD1Migrations, env } from "cloudflare:test";
import { expect, it } from "vitest";

// Migration 0008 puts on every stored finding the item it is about, as the summary's join found it:
// the item on the finding's row (the first by seq), else the item a missing-item finding names.
// Run on a database that holds findings written before 0008 (the second region's binding, empty here).

it("back-fills item code and activity of findings stored before it", async () => {
  const db = env.DB_REGION_B;
  await applyD1Migrations(
    db,
    env.TEST_MIGRATIONS.filter((m) => m.name < "0008"),
  );
  const NOW = "2024-05-20T07:30:00.000Z";
  await db.batch([
    db.prepare("INSERT INTO orgs VALUES ('s', NULL, 'Школа', 'school', '/s/', ?)").bind(NOW),
    db
      .prepare(
        "INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES ('c', 's', 'c', 'municipal-roadmap', 1, '2024-01-01', '2024-12-31', '2024-05-31', '2024-05-31', 't', ?)",
      )
      .bind(NOW),
    db
      .prepare(
        "INSERT INTO submissions (id, campaign_id, org_id, version, payload_hash, status, submitted_by, received_at, errors, warnings, infos, required, present, done, grid_chunks, digest) VALUES ('v1', 'c', 's', 1, 'h', 'submitted', 't', ?, 0, 3, 0, 3, 3, 0, 0, '{}')",
      )
      .bind(NOW),
    db.prepare(
      `INSERT INTO submission_items (submission_id, seq, row, code, template_code, activity, state, deadline_kind, actual) VALUES
        ('v1', 0, 5, '1.1', '1.1', 'Приказ', 'overdue', 'date', ''),
        ('v1', 1, 6, NULL, NULL, 'Без кода', 'overdue', 'date', ''),
        ('v1', 2, 6, '9.9', NULL, 'Второй на строке', 'done', 'date', ''),
        ('v1', 3, NULL, NULL, '2.1', 'Банк наставляемых', 'missing', 'none', '')`,
    ),
    db.prepare(
      `INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params) VALUES
        ('v1', 0, 'overdue', 'warning', 5, 'E', 'м', '{}'),
        ('v1', 1, 'overdue', 'warning', 6, 'E', 'м', '{"code":"7.7"}'),
        ('v1', 2, 'missing-item', 'error', NULL, NULL, 'м', '{"code":"2.1","activity":"Банк наставляемых"}'),
        ('v1', 3, 'blank-row', 'info', 9, NULL, 'м', '{}'),
        ('v1', 4, 'x', 'info', NULL, NULL, 'м', '{"code":3}')`,
    ),
  ]);
  await applyD1Migrations(db, env.TEST_MIGRATIONS);
  const { results } = await db
    .prepare(
      "SELECT seq, item_code, activity FROM submission_findings WHERE submission_id = 'v1' ORDER BY seq",
    )
    .all<{ seq: number; item_code: string | null; activity: string | null }>();
  expect(results).toEqual([
    { seq: 0, item_code: "1.1", activity: "Приказ" },
    // the first item on the row has no code: the params' code, the row's activity
    { seq: 1, item_code: "7.7", activity: "Без кода" },
    { seq: 2, item_code: "2.1", activity: "Банк наставляемых" },
    { seq: 3, item_code: null, activity: null },
    // a number in params is stored as text (the column's affinity): codes are always strings
    { seq: 4, item_code: "3", activity: null },
  ]);
});
