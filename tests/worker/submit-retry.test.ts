import { env } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ItemRow } from "../../worker/src/db/rows.ts";
import { SubmissionsRepo } from "../../worker/src/db/submissions-repo.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// D1 runs a batch alone, and the version is computed inside the INSERT, so a lost version race cannot
// happen; it is forced here (the repository reports the UNIQUE conflict) to show what the client sees.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});
afterEach(() => vi.restoreAllMocks());

describe("version conflicts", () => {
  it("the version is computed in the insert itself: a forced conflict is one attempt and a 503, then the same id lands", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const spy = vi
      .spyOn(SubmissionsRepo.prototype, "insert")
      .mockResolvedValueOnce({ ok: false, conflict: "version" });
    const body = { submissionId: crypto.randomUUID(), grid: allDone() };
    const res = await call("POST", `/api/v1/campaigns/${c.id}/submissions`, {
      token: world.tokens.schoolA,
      body,
    });
    expect(res.status).toBe(503);
    expect(spy).toHaveBeenCalledTimes(1);
    // the client's retry with the same id is the next version, as if the first had never been tried
    spy.mockRestore();
    const again = await call("POST", `/api/v1/campaigns/${c.id}/submissions`, {
      token: world.tokens.schoolA,
      body,
    });
    expect(again.status).toBe(201);
    expect(await json(again)).toMatchObject({ version: 1 });
  });

  it("a writer that keeps losing gets a 503 busy, and nothing half-written stays", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    vi.spyOn(SubmissionsRepo.prototype, "insert").mockResolvedValue({ ok: false, conflict: "version" });
    const submissionId = crypto.randomUUID();
    const res = await call("POST", `/api/v1/campaigns/${c.id}/submissions`, {
      token: world.tokens.schoolA,
      body: { submissionId, grid: allDone() },
    });
    expect(res.status).toBe(503);
    expect(await json(res)).toMatchObject({ code: "busy" });
    const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE id = ?")
      .bind(submissionId)
      .first<{ n: number }>();
    expect(row?.n).toBe(0);
  });

  it("a batch that fails half-way leaves nothing behind (one transaction)", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const id = crypto.randomUUID();
    const repo = new SubmissionsRepo(env.DB);
    const broken = { activity: null } as unknown as ItemRow; // violates NOT NULL in a later statement
    await expect(
      repo.insert({
        id,
        campaignId: c.id,
        orgId: "sa",
        payloadHash: "x",
        status: "submitted",
        sheetName: null,
        submittedBy: "t",
        receivedAt: "2026-01-01T00:00:00.000Z",
        counts: { error: 0, warning: 0, info: 0 },
        completion: { required: 0, present: 0, done: 0 },
        digest: "{}",
        items: [broken],
        findings: [],
      }),
    ).rejects.toThrow(/NOT NULL/);
    const left = await env.DB.prepare(
      "SELECT (SELECT COUNT(*) FROM submissions WHERE id = ?1) + (SELECT COUNT(*) FROM submission_items WHERE submission_id = ?1) AS n",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
