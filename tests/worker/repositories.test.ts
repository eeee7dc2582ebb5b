import { applyD1Migrations, env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { repos } from "../../worker/src/db/index.ts";
import type { NewSubmission } from "../../worker/src/db/submissions-repo.ts";
import { seedWorld } from "./helpers/world.ts";

const NOW = "2026-01-01T00:00:00.000Z";

beforeAll(async () => {
  await seedWorld();
  await repos(env).campaigns.create(
    {
      id: "camp",
      orgId: "mx",
      orgPath: "/reg/mx/",
      name: "c",
      templateId: "municipal-roadmap",
      templateVersion: 1,
      periodStart: "2020-01-01",
      periodEnd: "2024-12-31",
      reportDate: "2023-12-31",
      dueDate: "2023-12-31",
      createdBy: "t",
      participants: ["sa", "sb"],
    },
    NOW,
  );
});

const submission = (id: string, items = 3): NewSubmission => ({
  id,
  campaignId: "camp",
  orgId: "sa",
  payloadHash: "h",
  status: "submitted",
  sheetName: null,
  submittedBy: "t",
  receivedAt: NOW,
  counts: { error: 0, warning: 0, info: 0 },
  completion: { required: 1, present: 1, done: 1 },
  digest: "{}",
  items: Array.from({ length: items }, (_, i) => ({
    row: i + 3,
    code: `1.${i}`,
    template_code: `1.${i}`,
    activity: `Мероприятие ${i} ${"х".repeat(200)}`,
    state: "done",
    status: "выполнено",
    deadline_kind: "period",
    deadline_start: "2020-01-01",
    deadline_end: "2020-12-31",
    actual: "1",
    actual_value: 1,
    target_value: 1,
    target_met: 1,
  })),
  findings: [
    {
      code: "overdue",
      severity: "warning",
      row: 3,
      col: "E",
      message: "м",
      params: '{"a":1}',
      item_code: "1.0",
      activity: "Мероприятие 0",
    },
  ],
});

describe("migrations", () => {
  it("applied from empty: every table exists, and re-applying is a no-op", async () => {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    ).all<{
      name: string;
    }>();
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        "api_tokens",
        "campaign_orgs",
        "campaigns",
        "members",
        "orgs",
        "submission_findings",
        "submission_grids",
        "submission_items",
        "submissions",
      ]),
    );
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    const applied = await env.DB.prepare("SELECT COUNT(*) AS n FROM d1_migrations").first<{ n: number }>();
    expect(applied?.n).toBe(env.TEST_MIGRATIONS.length);
  });

  it("UNIQUE(campaign_id, org_id, version) refuses a duplicate version", async () => {
    await repos(env).submissions.insert(submission("u1"));
    await expect(
      env.DB.prepare(
        "INSERT INTO submissions SELECT 'u2', campaign_id, org_id, version, payload_hash, status, sheet_name, submitted_by, received_at, errors, warnings, infos, required, present, done, grid_chunks, digest FROM submissions WHERE id = 'u1'",
      ).run(),
    ).rejects.toThrow(/UNIQUE/);
  });
});

describe("submission_findings.severity (migration 0007)", () => {
  it("refuses a severity the validator does not have, and keeps the ones it has", async () => {
    await repos(env).submissions.insert(submission("sev"));
    const add = (seq: number, severity: string) =>
      env.DB.prepare(
        "INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params) VALUES ('sev', ?, 'x', ?, NULL, NULL, 'м', '{}')",
      )
        .bind(seq, severity)
        .run();
    await expect(add(10, "fatal")).rejects.toThrow(/CHECK/);
    for (const [i, severity] of ["error", "warning", "info"].entries()) await add(11 + i, severity);
    const { results } = await env.DB.prepare(
      "SELECT severity FROM submission_findings WHERE submission_id = 'sev' ORDER BY seq",
    ).all<{ severity: string }>();
    expect(results.map((r) => r.severity)).toEqual(["warning", "error", "warning", "info"]);
  });
});

describe("SubmissionsRepo", () => {
  it("versions count up per (campaign, org); an existing id is reported as a conflict", async () => {
    const db = repos(env).submissions;
    const a = await db.insert(submission("v-a"));
    const b = await db.insert(submission("v-b"));
    expect(a.ok && b.ok && b.version - a.version).toBe(1);
    expect(await db.insert(submission("v-a"))).toEqual({ ok: false, conflict: "id" });
  });

  it("many items go in few statements and read back in order; the version keeps no grid in D1", async () => {
    const db = repos(env).submissions;
    const result = await db.insert(submission("big", 4000));
    expect(result.ok).toBe(true);
    const row = await db.get("big");
    expect(row?.grid_chunks).toBe(0);
    expect(await db.chunkedGrid("big")).toBeNull();
    const items = await db.items("big");
    expect(items).toHaveLength(4000);
    expect(items[3999]).toMatchObject({ code: "1.3999", target_met: 1, actual_value: 1 });
    const { findings } = await db.contents("big");
    expect(findings).toEqual([
      {
        code: "overdue",
        severity: "warning",
        row: 3,
        col: "E",
        message: "м",
        params: '{"a":1}',
        item_code: "1.0",
        activity: "Мероприятие 0",
      },
    ]);
  });
});

describe("GridBucket (R2)", () => {
  it("a grid larger than one D1 row is stored under its payload hash and read back exactly", async () => {
    const grid = JSON.stringify(
      Array.from({ length: 3000 }, (_, i) => [`строка ${i} ${"ж".repeat(400)} 🎓`, i, null, true]),
    );
    expect(grid.length).toBeGreaterThan(1_000_000);
    const grids = repos(env).grids;
    await grids.put("hash-big", grid);
    expect(await grids.text("hash-big")).toBe(grid);
    const stored = await grids.get("hash-big");
    expect(stored?.size).toBe(new TextEncoder().encode(grid).length);
    expect(await grids.get("hash-none")).toBeNull();
  });
});

describe("OrgsRepo", () => {
  it("subtree queries by path do not leak into siblings with a common prefix", async () => {
    const db = repos(env).orgs;
    await db.create({ id: "mx2", parentId: "reg", name: "Похожий", kind: "municipality" }, NOW);
    // RETURNING: the new row as stored, with the path derived from its parent's
    expect(await db.create({ id: "s-x2", parentId: "mx2", name: "Школа", kind: "school" }, NOW)).toEqual({
      id: "s-x2",
      parent_id: "mx2",
      name: "Школа",
      kind: "school",
      path: "/reg/mx2/s-x2/",
    });
    expect(await db.create({ id: "s-x2", parentId: "mx2", name: "Другая", kind: "school" }, NOW)).toBeNull();
    const mx = (await db.get("mx"))!;
    expect((await db.schoolsUnder(mx.path)).map((o) => o.id).sort()).toEqual(["sa", "sb"]);
    expect((await db.get("s-x2"))?.path).toBe("/reg/mx2/s-x2/");
  });

  it("creating under an unknown parent does nothing", async () => {
    expect(
      await repos(env).orgs.create({ id: "orphan", parentId: "ghost", name: "x", kind: "school" }, NOW),
    ).toBeNull();
    expect(await repos(env).orgs.get("orphan")).toBeNull();
  });
});
