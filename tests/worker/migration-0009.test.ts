import { applyD1Migrations, env } from "cloudflare:test";
import { expect, it } from "vitest";

// Migration 0009 rebuilds campaign_events so its kind CHECK allows 'time-zone': the history written
// before it survives row for row, the new kind is accepted, an unknown one is still refused.
// Run on the second region's binding (empty here), like migration-0008.test.ts.

it("keeps every event written before it and accepts 'time-zone' after", async () => {
  const db = env.DB_REGION_B;
  await applyD1Migrations(
    db,
    env.TEST_MIGRATIONS.filter((m) => m.name < "0009"),
  );
  const NOW = "2024-05-20T07:30:00.000Z";
  await db.batch([
    db.prepare("INSERT INTO orgs VALUES ('u', NULL, 'Управление', 'municipality', '/u/', ?)").bind(NOW),
    db
      .prepare(
        "INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES ('c', 'u', 'c', 'municipal-roadmap', 1, '2024-01-01', '2024-12-31', '2024-05-31', '2024-05-31', 't', ?)",
      )
      .bind(NOW),
    db.prepare(
      `INSERT INTO campaign_events (campaign_id, seq, at, by_email, kind, from_value, to_value, org_ids, reason) VALUES
        ('c', 1, '${NOW}', 'uo@x.ru', 'due-date', '2024-05-31', '2024-06-10', '[]', 'продление'),
        ('c', 2, '${NOW}', 'uo@x.ru', 'participants-added', NULL, NULL, '["s1"]', NULL)`,
    ),
  ]);
  // before 0009 the new kind is refused by the CHECK
  await expect(
    db
      .prepare(
        "INSERT INTO campaign_events (campaign_id, seq, at, by_email, kind) VALUES ('c', 3, ?, 'uo@x.ru', 'time-zone')",
      )
      .bind(NOW)
      .run(),
  ).rejects.toThrow(/CHECK/);

  await applyD1Migrations(db, env.TEST_MIGRATIONS);
  await db
    .prepare(
      "INSERT INTO campaign_events (campaign_id, seq, at, by_email, kind, from_value, to_value) VALUES ('c', 3, ?, 'uo@x.ru', 'time-zone', 'Europe/Moscow', 'Asia/Tomsk')",
    )
    .bind(NOW)
    .run();
  await expect(
    db
      .prepare(
        "INSERT INTO campaign_events (campaign_id, seq, at, by_email, kind) VALUES ('c', 4, ?, 'x', 'renamed!')",
      )
      .bind(NOW)
      .run(),
  ).rejects.toThrow(/CHECK/);
  const { results } = await db
    .prepare("SELECT seq, kind, from_value, to_value, org_ids, reason FROM campaign_events ORDER BY seq")
    .all();
  expect(results).toEqual([
    {
      seq: 1,
      kind: "due-date",
      from_value: "2024-05-31",
      to_value: "2024-06-10",
      org_ids: "[]",
      reason: "продление",
    },
    { seq: 2, kind: "participants-added", from_value: null, to_value: null, org_ids: '["s1"]', reason: null },
    {
      seq: 3,
      kind: "time-zone",
      from_value: "Europe/Moscow",
      to_value: "Asia/Tomsk",
      org_ids: "[]",
      reason: null,
    },
  ]);
});
