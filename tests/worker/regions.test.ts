import {
  applyD1Migrations,
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign, Receipt } from "../../shared/api/index.ts";
import { regionEnv } from "../../worker/src/db/region.ts";
import worker from "../../worker/src/index.ts";
import { ORPHAN_AGE_MS } from "../../worker/src/services/grid-maintenance.ts";
import { call, json } from "./helpers/call.ts";
import { allDone, filledGrid, PERIOD, TEMPLATE_ID } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// Two regions on two D1 bindings, as production would run them once a region gets its own database:
// the only difference from one region is configuration (a second binding and REGION_DATABASES).

const HOST_B = "tomsk.svodka.test";
const config = { REGION_DATABASES: JSON.stringify({ [HOST_B]: "DB_REGION_B" }) };
const envB = { ...env, DB: env.DB_REGION_B };

let a: World;
let b: World;

beforeAll(async () => {
  await applyD1Migrations(env.DB_REGION_B, env.TEST_MIGRATIONS);
  a = await seedWorld();
  b = await seedWorld("", envB); // the same org ids and emails, in the other database
});

const inA = (method: string, path: string, token: string, body?: unknown) =>
  call(method, path, { token, body, env: config });
const inB = (method: string, path: string, token: string, body?: unknown) =>
  call(method, path, { token, body, env: config, host: HOST_B });

async function open(send: typeof inA, token: string, name: string): Promise<Campaign> {
  const res = await send("POST", "/api/v1/campaigns", token, {
    orgId: "mx",
    name,
    templateId: TEMPLATE_ID,
    templateVersion: 1,
    period: PERIOD,
    reportDate: "2023-12-31",
    dueDate: "2099-12-31",
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return json<Campaign>(res);
}

const count = async (db: D1Database, table: string) =>
  (await db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())?.n;

describe("a database per region", () => {
  it("the host name chooses the region's database; each region sees only its own data", async () => {
    const campaignA = await open(inA, a.tokens.deptX, "Регион A");
    const campaignB = await open(inB, b.tokens.deptX, "Регион B");
    expect(await count(env.DB, "campaigns")).toBe(1);
    expect(await count(env.DB_REGION_B, "campaigns")).toBe(1);

    const sent = await inB("POST", `/api/v1/campaigns/${campaignB.id}/submissions`, b.tokens.schoolA, {
      submissionId: crypto.randomUUID(),
      grid: allDone(),
    });
    expect(sent.status).toBe(201);
    const receipt = await json<Receipt>(sent);
    expect(await count(env.DB_REGION_B, "submissions")).toBe(1);
    expect(await count(env.DB, "submissions")).toBe(0);

    // Region B's summary counts its submission; region A's campaign is unknown there, and vice versa.
    const summaryB = await json<{ counts: { submitted: number } }>(
      await inB("GET", `/api/v1/campaigns/${campaignB.id}/summary`, b.tokens.deptX),
    );
    expect(summaryB.counts.submitted).toBe(1);
    expect((await inB("GET", `/api/v1/campaigns/${campaignA.id}/summary`, b.tokens.deptX)).status).toBe(404);
    expect((await inA("GET", `/api/v1/campaigns/${campaignB.id}/summary`, a.tokens.deptX)).status).toBe(404);
    expect(
      (await inA("GET", `/api/v1/submissions/${receipt.submissionId}/grid`, a.tokens.schoolA)).status,
    ).toBe(404);
    const grid = await inB("GET", `/api/v1/submissions/${receipt.submissionId}/grid`, b.tokens.schoolA);
    expect(((await grid.json()) as { grid: unknown }).grid).toEqual(allDone());
  });

  it("a token lives in its region's database: region A's token is unknown in region B", async () => {
    expect((await inB("GET", "/api/v1/me", a.tokens.deptX)).status).toBe(401);
    expect((await inA("GET", "/api/v1/me", b.tokens.deptX)).status).toBe(401);
    expect((await inB("GET", "/api/v1/me", b.tokens.deptX)).status).toBe(200);
  });

  it("the cron moves and sweeps for every region: a grid committed in region B's database is never an orphan", async () => {
    const campaignB = await open(inB, b.tokens.deptX, "Регион B, второй отчёт");
    const res = await inB("POST", `/api/v1/campaigns/${campaignB.id}/submissions`, b.tokens.schoolB, {
      submissionId: crypto.randomUUID(),
      grid: filledGrid(),
    });
    const { submissionId } = await json<Receipt>(res);
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now() + ORPHAN_AGE_MS * 2, cron: "7 * * * *" }),
      { ...env, ...config },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    const grid = await inB("GET", `/api/v1/submissions/${submissionId}/grid`, b.tokens.schoolB);
    expect(grid.status).toBe(200);
    expect(((await grid.json()) as { grid: unknown }).grid).toEqual(filledGrid());
  });

  it("a host mapped to a binding that does not exist fails loudly instead of using another region's data", () => {
    const broken = { ...env, REGION_DATABASES: JSON.stringify({ "x.test": "DB_MISSING" }) };
    expect(() => regionEnv(broken, "x.test")).toThrow(/DB_MISSING/);
    expect(regionEnv(broken, "other.test").DB).toBe(env.DB);
  });
});
