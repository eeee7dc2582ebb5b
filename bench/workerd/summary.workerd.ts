import { applyD1Migrations, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { expect, it } from "vitest";
import { getTemplate } from "../../shared/templates/registry.ts";
import type { FindingRow, ItemRow } from "../../worker/src/db/rows.ts";
import { storedFindings } from "../../worker/src/db/stored-findings.ts";
import worker from "../../worker/src/index.ts";
import { makeDigest } from "../../worker/src/services/digest.ts";
import { generateRoadmap } from "../generate-roadmap.ts";
import { benchAdmin } from "./bench-admin.ts";

// Runs inside workerd (bench/workerd/vitest.config.ts), started by bench/summary.ts. Loads N schools × 40 items (the template's items plus
// extra rows) and 2–3 findings each in bulk, with the same digests and finding rows the worker writes, then times GET /summary
// end to end through the Worker's fetch handler: the default JSON, ?include=findings (the add-on's refresh), CSV and XLSX.
// Prints one JSON line per size.

const ITEMS = 40;
const NOW = "2026-01-01T00:00:00.000Z";
const template = getTemplate("municipal-roadmap")!;
const STATES = ["done", "done", "done", "overdue", "in-progress", "not-started", "done", "missing"];

async function request(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const req = new Request(`http://localhost${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const ctx = createExecutionContext();
  const res = await worker.fetch(req as unknown as Request<unknown, IncomingRequestCfProperties>, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

function schoolItems(school: number): ItemRow[] {
  return Array.from({ length: ITEMS }, (_, i) => {
    const code = i < template.items.length ? template.items[i]!.code : `9.${i}`;
    const state = STATES[(school + i) % STATES.length]!;
    return {
      row: i + 3,
      code: state === "missing" ? null : code,
      template_code: i < template.items.length ? code : null,
      activity: `Мероприятие ${i}`,
      state,
      status: state === "done" ? "выполнено" : null,
      deadline_kind: "period",
      deadline_start: "2020-01-01",
      deadline_end: "2020-12-31",
      actual: "5",
      actual_value: 5,
      target_value: 6,
      target_met: (school + i) % 3 === 0 ? 0 : 1,
    };
  });
}

/** One municipality with n schools, a campaign over them, one submission from 90 % of them. */
async function load(n: number): Promise<string> {
  const m = `m${n}`;
  const c = `c${n}`;
  const db = env.DB;
  await db.batch([
    db
      .prepare("INSERT INTO orgs VALUES (?1, 'reg', ?1, 'municipality', '/reg/' || ?1 || '/', ?2)")
      .bind(m, NOW),
    db
      .prepare(
        `INSERT INTO orgs WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?2)
         SELECT ?1 || '-s' || i, ?1, 'Школа № ' || i, 'school', '/reg/' || ?1 || '/' || ?1 || '-s' || i || '/', ?3 FROM k`,
      )
      .bind(m, n, NOW),
    db
      .prepare(
        "INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES (?1, ?2, 'bench', 'municipal-roadmap', 1, '2020-01-01', '2024-12-31', '2023-12-31', '2023-12-31', 'bench', ?3)",
      )
      .bind(c, m, NOW),
    db.prepare("INSERT INTO campaign_orgs SELECT ?1, id FROM orgs WHERE parent_id = ?2").bind(c, m),
  ]);
  for (let start = 1; start <= n; start += 250) {
    const subs: unknown[][] = [];
    const items: unknown[][] = [];
    const findings: unknown[][] = [];
    const findingsJson: unknown[][] = [];
    for (let s = start; s < Math.min(start + 250, n + 1); s++) {
      if (s % 10 === 0) continue; // 10 % never submit
      const id = `sub-${m}-${s}`;
      const rows = schoolItems(s);
      const status = s % 5 === 0 ? "draft" : s % 7 === 0 ? "late" : "submitted";
      subs.push([id, `${m}-s${s}`, status, s % 5 === 0 ? 1 : 0, makeDigest(rows, template)]);
      // the findings the row's counts promise (2 warnings, plus 1 error for a draft): the summary lists them
      const found: [string, string, number][] = [
        ["overdue", "warning", 4],
        ["overdue", "warning", 5],
      ];
      if (s % 5 === 0) found.push(["required-missing", "error", 3]);
      const stored: FindingRow[] = found.map(([code, severity, row], seq) => {
        // the item on the finding's row, as the submit path stores it (migration 0008)
        const item = rows.find((r) => r.row === row)!;
        const message = "Срок прошёл, а статус не «выполнено»";
        findings.push([id, seq, code, severity, row, "E", message, item.code, item.activity]);
        return {
          code,
          severity: severity as FindingRow["severity"],
          row,
          col: "E",
          message,
          params: "{}",
          item_code: item.code,
          activity: item.activity,
        };
      });
      // and as the submit path stores them for the summary's JSON (migration 0011)
      findingsJson.push([id, storedFindings(`${m}-s${s}`, stored)]);
      rows.forEach((r, seq) => {
        items.push([
          id,
          seq,
          r.row,
          r.code,
          r.template_code,
          r.activity,
          r.state,
          r.status,
          r.actual_value,
          r.target_met,
        ]);
      });
    }
    await db.batch([
      db
        .prepare(
          `INSERT INTO submissions SELECT j.value ->> 0, ?1, j.value ->> 1, 1, 'h', j.value ->> 2, NULL, 'bench', ?2,
             j.value ->> 3, 2, 0, ?3, ?3, 30, 1, j.value ->> 4 FROM json_each(?4) j`,
        )
        .bind(c, NOW, ITEMS, JSON.stringify(subs)),
      db
        .prepare(
          `INSERT INTO submission_items SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,
             j.value ->> 5, j.value ->> 6, j.value ->> 7, 'period', '2020-01-01', '2020-12-31', '5', j.value ->> 8, 6,
             j.value ->> 9 FROM json_each(?1) j`,
        )
        .bind(JSON.stringify(items)),
      db
        .prepare(
          `INSERT INTO submission_findings (submission_id, seq, code, severity, row, col, message, params, item_code, activity)
           SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5,
             j.value ->> 6, '{}', j.value ->> 7, j.value ->> 8 FROM json_each(?1) j`,
        )
        .bind(JSON.stringify(findings)),
      db
        .prepare(
          "INSERT INTO submission_findings_json SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?1) j",
        )
        .bind(JSON.stringify(findingsJson)),
    ]);
  }
  return c;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

it("summary and submission timings", async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  const token = await benchAdmin(NOW);

  // Every size is loaded first, then measured in interleaved rounds (one request of each size per
  // round): a size timed right after its own bulk load (hundreds of MB of rows just written) paid for
  // the load's aftermath, and the largest the most — that, not the summary, made 20,000 schools look
  // superlinear. Interleaving also spreads any drift of this machine over every size alike.
  const sizes = [100, 1_000, 5_000, 10_000, 20_000];
  const loaded: { n: number; c: string; loadMs: number }[] = [];
  for (const n of sizes) {
    const t0 = performance.now();
    const c = await load(n);
    loaded.push({ n, c, loadMs: performance.now() - t0 });
  }
  const timeGet = async (path: string): Promise<{ ms: number; body: string }> => {
    const t = performance.now();
    const res = await request("GET", path, token);
    const body = await res.text();
    const ms = performance.now() - t;
    expect(res.status).toBe(200);
    return { ms, body };
  };
  const plain = new Map<number, number[]>(sizes.map((n) => [n, []]));
  const withFindings = new Map<number, number[]>(sizes.map((n) => [n, []]));
  const bytes = new Map<number, number>();
  const findingsBytes = new Map<number, number>();
  for (let round = 0; round < 9; round++) {
    for (const { n, c } of loaded) {
      const { ms, body } = await timeGet(`/api/v1/campaigns/${c}/summary`);
      plain.get(n)!.push(ms);
      bytes.set(n, body.length);
      if (round === 0) expect(JSON.parse(body).orgs).toHaveLength(n);
    }
  }
  // what the add-on's «Собрать сводку» asks (every finding too)
  for (let round = 0; round < 9; round++) {
    for (const { n, c } of loaded) {
      const { ms, body } = await timeGet(`/api/v1/campaigns/${c}/summary?include=findings`);
      withFindings.get(n)!.push(ms);
      findingsBytes.set(n, body.length);
      if (round === 0) expect(JSON.parse(body).findings.length).toBeGreaterThan(n);
    }
  }
  for (const { n, c, loadMs } of loaded) {
    const csvMs = (await timeGet(`/api/v1/campaigns/${c}/summary?format=csv`)).ms;
    const xlsx = performance.now();
    const workbook = await request("GET", `/api/v1/campaigns/${c}/summary?format=xlsx`, token);
    expect(workbook.status).toBe(200);
    const xlsxBytes = (await workbook.arrayBuffer()).byteLength;
    const xlsxMs = performance.now() - xlsx;
    const items = Math.round(n * 0.9) * ITEMS;
    const samples = plain.get(n)!;
    console.log(
      `BENCH ${JSON.stringify({ kind: "summary", schools: n, items, loadMs, medianMs: median(samples), minMs: Math.min(...samples), csvMs, bytes: bytes.get(n), findingsMs: median(withFindings.get(n)!), findingsBytes: findingsBytes.get(n), xlsxMs, xlsxBytes })}`,
    );
  }

  // One 200-row submission end to end (validate + hash + D1 batch), as a school sends it.
  await env.DB.prepare("INSERT INTO orgs VALUES ('one', 'reg', 'Школа', 'school', '/reg/one/', ?)")
    .bind(NOW)
    .run();
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES ('c-one', 'reg', 'b', 'municipal-roadmap', 1, '2020-01-01', '2024-12-31', '2023-12-31', '2099-12-31', 'b', ?)",
    ).bind(NOW),
    env.DB.prepare("INSERT INTO campaign_orgs VALUES ('c-one', 'one')"),
  ]);
  const grid = generateRoadmap(200);
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const res = await request("POST", "/api/v1/campaigns/c-one/submissions", token, {
      submissionId: crypto.randomUUID(),
      orgId: "one",
      grid,
    });
    samples.push(performance.now() - t);
    expect(res.status).toBe(201);
  }
  console.log(
    `BENCH ${JSON.stringify({ kind: "submit", rows: grid.length, medianMs: median(samples), minMs: Math.min(...samples) })}`,
  );
});
