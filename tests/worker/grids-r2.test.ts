import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from "cloudflare:test";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Campaign } from "../../shared/api/index.ts";
import { repos } from "../../worker/src/db/index.ts";
import worker from "../../worker/src/index.ts";
import { ORPHAN_AGE_MS } from "../../worker/src/services/grid-maintenance.ts";
import { payloadHash } from "../../worker/src/services/payload-hash.ts";
import { GridBucket } from "../../worker/src/storage/grid-bucket.ts";
import { call } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone, filledGrid } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// Raw grids live in R2 under the version's payload hash, written before the D1 batch; the hourly
// Cron Trigger removes day-old objects no version uses and moves grids chunked in D1 before 0006.

let world: World;
let campaign: Campaign;

beforeAll(async () => {
  world = await seedWorld();
  campaign = await openCampaign(world.tokens.deptX, "mx");
});

const HOUR = 60 * 60 * 1000;

/** Run the worker's scheduled handler as the Cron Trigger would at `at`. */
async function cron(at: number): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "7 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const objectCount = async () => (await env.GRIDS.list({ prefix: "grids/" })).objects.length;
const gridText = (id: string, sheetName: string | null, gridJson: string) =>
  `${JSON.stringify({ submissionId: id, sheetName }).slice(0, -1)},"grid":${gridJson}}`;
const getGrid = (id: string, token = world.tokens.schoolA) =>
  call("GET", `/api/v1/submissions/${id}/grid`, { token });

describe("raw grids in R2", () => {
  it("a submission puts its grid in R2 under the payload hash and nothing in D1; GET …/grid streams it back byte for byte", async () => {
    const grid = filledGrid((i) => (i === 0 ? { status: "выполнено 🎓 «ок»" } : {}));
    const { status, body } = await submitGrid(world.tokens.schoolA, campaign.id, grid, {
      sheetName: "Лист 1",
    });
    expect(status).toBe(201);
    const row = (await repos(env).submissions.get(body.submissionId))!;
    expect(row.payload_hash).toBe(await payloadHash(campaign.id, "sa", "Лист 1", JSON.stringify(grid)));
    expect(await (await env.GRIDS.get(`grids/${row.payload_hash}`))!.text()).toBe(JSON.stringify(grid));
    const chunks = await env.DB.prepare("SELECT COUNT(*) AS n FROM submission_grids").first<{ n: number }>();
    expect(chunks?.n).toBe(0);
    const res = await getGrid(body.submissionId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await res.text()).toBe(gridText(body.submissionId, "Лист 1", JSON.stringify(grid)));
  });

  it("a D1 batch that fails after the R2 write leaves an orphan that nothing reads, and the sweep removes it after a day", async () => {
    const grid = filledGrid((i) => (i === 1 ? { status: "сирота" } : {}));
    await env.DB.exec(
      "CREATE TRIGGER refuse_submissions BEFORE INSERT ON submissions BEGIN SELECT RAISE(ABORT, 'd1 down'); END",
    );
    const failed = await submitGrid(world.tokens.schoolB, campaign.id, grid);
    await env.DB.exec("DROP TRIGGER refuse_submissions");
    expect(failed.status).toBe(500);
    const orphanHash = await payloadHash(campaign.id, "sb", null, JSON.stringify(grid));
    // The object was written first (R2 before D1), but no version points at it.
    expect(await env.GRIDS.head(`grids/${orphanHash}`)).not.toBeNull();
    expect(await repos(env).submissions.committedHashes([orphanHash])).toEqual(new Set());
    const history = await call("GET", `/api/v1/campaigns/${campaign.id}/orgs/sb/submissions`, {
      token: world.tokens.schoolB,
    });
    expect(((await history.json()) as { versions: unknown[] }).versions).toEqual([]);

    // A committed version beside it, to prove the sweep never takes one.
    const kept = await submitGrid(world.tokens.schoolA, campaign.id, allDone());
    expect(kept.status).toBe(201);
    const before = await objectCount();

    await cron(Date.now() + ORPHAN_AGE_MS - HOUR); // not a day old yet: kept
    expect(await env.GRIDS.head(`grids/${orphanHash}`)).not.toBeNull();
    await cron(Date.now() + ORPHAN_AGE_MS + HOUR);
    expect(await env.GRIDS.head(`grids/${orphanHash}`)).toBeNull();
    expect(await objectCount()).toBe(before - 1);
    const res = await getGrid(kept.body.submissionId);
    expect(await res.text()).toBe(gridText(kept.body.submissionId, null, JSON.stringify(allDone())));

    // Much later, still: every committed version keeps its object.
    await cron(Date.now() + 400 * 24 * HOUR);
    expect(await objectCount()).toBe(before - 1);
    const again = await getGrid(kept.body.submissionId);
    expect(again.status).toBe(200);
  });

  it("an older orphan with the same payload is overwritten by a later version and then kept", async () => {
    const grid = filledGrid((i) => (i === 2 ? { status: "повтор" } : {}));
    const hash = await payloadHash(campaign.id, "sa", null, JSON.stringify(grid));
    await repos(env).grids.put(hash, JSON.stringify(grid)); // an older orphan with this content
    const { status, body } = await submitGrid(world.tokens.schoolA, campaign.id, grid);
    expect(status).toBe(201);
    await cron(Date.now() + ORPHAN_AGE_MS + HOUR);
    const res = await getGrid(body.submissionId);
    expect(await res.text()).toBe(gridText(body.submissionId, null, JSON.stringify(grid)));
  });
});

describe("R2 unavailable", () => {
  it("a failed grid write is a 503 «busy» and commits nothing; the retry with the same id lands", async () => {
    const grid = filledGrid((i) => (i === 3 ? { status: "r2 down" } : {}));
    const submissionId = crypto.randomUUID();
    const spy = vi.spyOn(GridBucket.prototype, "put").mockRejectedValueOnce(new Error("R2 down"));
    const body = { submissionId, grid };
    const first = await call("POST", `/api/v1/campaigns/${campaign.id}/submissions`, {
      token: world.tokens.schoolA,
      body,
    });
    spy.mockRestore();
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ code: "busy" });
    expect(await repos(env).submissions.get(submissionId)).toBeNull();
    const retry = await call("POST", `/api/v1/campaigns/${campaign.id}/submissions`, {
      token: world.tokens.schoolA,
      body,
    });
    expect(retry.status).toBe(201);
    expect(await (await getGrid(submissionId)).text()).toBe(
      gridText(submissionId, null, JSON.stringify(grid)),
    );
  });
});

describe("migration 0006: grids chunked in D1 move to R2", () => {
  /** A version stored the old way: grid_chunks > 0 and its JSON split across submission_grids rows. */
  async function legacyVersion(id: string, gridJson: string, parts: number): Promise<string> {
    const hash = await payloadHash(campaign.id, "sc", null, gridJson);
    const size = Math.ceil(gridJson.length / parts);
    const chunks = Array.from({ length: parts }, (_, i) => gridJson.slice(i * size, (i + 1) * size));
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO submissions (id, campaign_id, org_id, version, payload_hash, status, sheet_name, submitted_by, received_at,
           errors, warnings, infos, required, present, done, grid_chunks, digest)
         SELECT ?1, ?2, 'sc', COALESCE(MAX(version), 0) + 1, ?3, 'submitted', NULL, 'old@example.org', '2025-01-01T00:00:00.000Z',
           0, 0, 0, 1, 1, 1, ?4, '{}' FROM submissions WHERE campaign_id = ?2 AND org_id = 'sc'`,
      ).bind(id, campaign.id, hash, parts),
      ...chunks.map((data, seq) =>
        env.DB.prepare("INSERT INTO submission_grids (submission_id, seq, data) VALUES (?, ?, ?)").bind(
          id,
          seq,
          data,
        ),
      ),
    ]);
    return hash;
  }

  it("GET …/grid falls back to the chunks until moved; the cron copies them to R2, drops the chunks, and the answer is the same bytes", async () => {
    const campaignC = await openCampaign(world.tokens.deptY, "my");
    campaign = campaignC;
    const big = JSON.stringify(allDone().concat([["ж".repeat(300), 1, null, true, "🎓"]]));
    const hashA = await legacyVersion("legacy-a", big, 3);
    const hashB = await legacyVersion("legacy-b", JSON.stringify(filledGrid()), 1);
    const token = world.tokens.schoolC;
    const beforeA = await (await getGrid("legacy-a", token)).text();
    expect(beforeA).toBe(gridText("legacy-a", null, big));
    expect(await env.GRIDS.head(`grids/${hashA}`)).toBeNull();

    await cron(Date.now());
    expect(await (await env.GRIDS.get(`grids/${hashA}`))!.text()).toBe(big);
    expect(await env.GRIDS.head(`grids/${hashB}`)).not.toBeNull();
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM submission_grids").first<{ n: number }>();
    expect(left?.n).toBe(0);
    expect((await repos(env).submissions.get("legacy-a"))?.grid_chunks).toBe(0);
    expect(await (await getGrid("legacy-a", token)).text()).toBe(beforeA);

    // A second run finds nothing to move and sweeps nothing that a version uses.
    await cron(Date.now() + 2 * ORPHAN_AGE_MS);
    expect(await (await getGrid("legacy-b", token)).text()).toBe(
      gridText("legacy-b", null, JSON.stringify(filledGrid())),
    );
  });
});
