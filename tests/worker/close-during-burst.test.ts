import { env } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { repos } from "../../worker/src/db/index.ts";
import { SubmissionsRepo } from "../../worker/src/db/submissions-repo.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone } from "./helpers/grids.ts";
import { EMAILS, seedWorld, type World } from "./helpers/world.ts";

// A campaign closed while submissions are in flight: the insert itself checks that the campaign is
// open, so nothing lands after the close, and every refused sender is told «Кампания закрыта».

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});
afterEach(() => vi.restoreAllMocks());

const submit = (campaignId: string, grid: unknown = allDone(), orgId = "sa") =>
  call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
    token: world.tokens.deptX,
    body: { submissionId: crypto.randomUUID(), orgId, grid },
  });
const close = (campaignId: string) =>
  call("POST", `/api/v1/campaigns/${campaignId}/close`, { token: world.tokens.deptX });

async function versions(campaignId: string) {
  const { results } = await env.DB.prepare(
    "SELECT s.received_at, c.closed_at FROM submissions s JOIN campaigns c ON c.id = s.campaign_id WHERE s.campaign_id = ?",
  )
    .bind(campaignId)
    .all<{ received_at: string; closed_at: string }>();
  return results;
}

async function expectClosed(res: Response) {
  expect(res.status).toBe(409);
  const problem = await json<{ code: string; detail: string }>(res);
  expect(problem.code).toBe("campaign-closed");
  expect(problem.detail).toContain("Кампания закрыта");
}

describe("closing a campaign during submissions", () => {
  it("a close between the open check and the insert refuses the version, and nothing half-written stays", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const real = SubmissionsRepo.prototype.insert;
    vi.spyOn(SubmissionsRepo.prototype, "insert").mockImplementation(async function (
      this: SubmissionsRepo,
      s,
    ) {
      // the department closes the campaign while this sheet is being validated
      expect((await close(c.id)).status).toBe(200);
      return real.call(this, s);
    });
    await expectClosed(await submit(c.id));
    expect(await versions(c.id)).toEqual([]);
    const left = await env.DB.prepare(
      "SELECT (SELECT COUNT(*) FROM submission_grids g WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = g.submission_id)) + (SELECT COUNT(*) FROM submission_items i WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = i.submission_id)) AS n",
    ).first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("16 concurrent submissions and a close after the fifth is stored: those five stay, the rest get 409", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const real = SubmissionsRepo.prototype.insert;
    let calls = 0;
    const firstFive: Promise<unknown>[] = [];
    let closing: Promise<Response> | undefined;
    // Every request has read the campaign as open before its insert runs; the department's close
    // commits after the first five inserts and before the other eleven.
    vi.spyOn(SubmissionsRepo.prototype, "insert").mockImplementation(function (this: SubmissionsRepo, s) {
      if (++calls <= 5) {
        const inserted = real.call(this, s);
        firstFive.push(inserted);
        return inserted;
      }
      closing ??= Promise.allSettled(firstFive).then(() => close(c.id));
      return closing.then(() => real.call(this, s));
    });
    const orgs = ["sa", "sb"];
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => submit(c.id, allDone(), orgs[i % 2]!)),
    );
    const closed = (await closing)!;
    expect(closed.status).toBe(200);
    const closedAt = (await json<{ closedAt: string }>(closed)).closedAt;
    const refused = results.filter((r) => r.status !== 201);
    for (const res of refused) await expectClosed(res);
    const stored = await versions(c.id);
    expect(stored.length).toBe(5);
    expect(refused.length).toBe(11);
    for (const v of stored)
      expect(v.received_at <= closedAt, `${v.received_at} after ${closedAt}`).toBe(true);
    // and afterwards the door stays shut
    vi.restoreAllMocks();
    await expectClosed(await submit(c.id));
  });

  it("closed_at is never earlier than a version already received (a clock behind the last receipt)", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    expect((await submit(c.id)).status).toBe(201);
    const receivedAt = (await versions(c.id))[0]!.received_at;
    await repos(env).campaignChanges.setStatus(
      c.id,
      EMAILS.deptX,
      "2000-01-01T00:00:00.000Z",
      "closed",
      null,
    );
    expect((await versions(c.id))[0]!.closed_at).toBe(receivedAt);
  });
});
