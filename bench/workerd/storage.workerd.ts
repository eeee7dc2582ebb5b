import { applyD1Migrations, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { expect, it } from "vitest";
import worker from "../../worker/src/index.ts";
import type { StorageSheet } from "../storage-sheets.ts";
import { benchAdmin } from "./bench-admin.ts";

// Runs inside workerd (bench/workerd/vitest.config.ts, which reads the sheets with Node's fs and
// passes them in as the STORAGE_SHEETS binding), started by bench/storage.ts. Each sheet is submitted through the Worker's real fetch
// handler by SCHOOLS schools (distinct orgs, so distinct payload hashes and R2 objects); the D1 bytes
// per version are the growth of D1's own `meta.size_after` (what Cloudflare bills and limits) divided
// by the number of versions, and the R2 bytes are the stored objects' sizes.

const SCHOOLS = 30;
const NOW = "2026-01-01T00:00:00.000Z";

async function post(path: string, token: string, body: unknown): Promise<Response> {
  const req = new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const ctx = createExecutionContext();
  const res = await worker.fetch(req as unknown as Request<unknown, IncomingRequestCfProperties>, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const sizeAfter = async () => (await env.DB.prepare("SELECT 1").run()).meta.size_after as number;

async function r2Bytes(): Promise<{ objects: number; bytes: number }> {
  let objects = 0;
  let bytes = 0;
  let cursor: string | undefined;
  do {
    const page = await env.GRIDS.list({ prefix: "grids/", cursor });
    objects += page.objects.length;
    bytes += page.objects.reduce((n, o) => n + o.size, 0);
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return { objects, bytes };
}

it("storage per version", async () => {
  const sheets = JSON.parse((env as unknown as { STORAGE_SHEETS: string }).STORAGE_SHEETS) as StorageSheet[];
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  const token = await benchAdmin(NOW);
  for (const [k, sheet] of sheets.entries()) {
    const c = `c${k}`;
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO orgs WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
         SELECT ?1 || '-s' || i, 'reg', 'Школа № ' || i, 'school', '/reg/' || ?1 || '-s' || i || '/', ?3 FROM n`,
      ).bind(c, SCHOOLS, NOW),
      env.DB.prepare(
        "INSERT INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES (?1, 'reg', 'bench', ?2, 1, ?3, ?4, ?4, '2099-12-31', 'bench', ?5)",
      ).bind(c, sheet.templateId, sheet.period.start, sheet.period.end, NOW),
      env.DB.prepare("INSERT INTO campaign_orgs SELECT ?1, id FROM orgs WHERE id LIKE ?1 || '-s%'").bind(c),
    ]);
    const d1Before = await sizeAfter();
    const r2Before = await r2Bytes();
    for (let s = 1; s <= SCHOOLS; s++) {
      const res = await post(`/api/v1/campaigns/${c}/submissions`, token, {
        submissionId: crypto.randomUUID(),
        orgId: `${c}-s${s}`,
        grid: sheet.grid,
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const d1After = await sizeAfter();
    const r2After = await r2Bytes();
    expect(r2After.objects - r2Before.objects).toBe(SCHOOLS);
    const items = await env.DB.prepare(
      `SELECT COUNT(*) AS n, (SELECT AVG(length(CAST(digest AS BLOB))) FROM submissions WHERE campaign_id = ?1) AS digest,
         (SELECT COUNT(*) FROM submission_findings WHERE submission_id IN (SELECT id FROM submissions WHERE campaign_id = ?1)) AS findings
       FROM submission_items WHERE submission_id IN (SELECT id FROM submissions WHERE campaign_id = ?1)`,
    )
      .bind(c)
      .first<{ n: number; digest: number; findings: number }>();
    console.log(
      `BENCH ${JSON.stringify({
        kind: "storage",
        name: sheet.name,
        rows: sheet.grid.length,
        versions: SCHOOLS,
        itemsPerVersion: (items?.n ?? 0) / SCHOOLS,
        findingsPerVersion: (items?.findings ?? 0) / SCHOOLS,
        digestBytes: Math.round(items?.digest ?? 0),
        d1BytesPerVersion: (d1After - d1Before) / SCHOOLS,
        r2BytesPerVersion: (r2After.bytes - r2Before.bytes) / SCHOOLS,
      })}`,
    );
  }
});
