import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign, Diff, History, Receipt, SubmissionDetail } from "../../shared/api/index.ts";
import { repos } from "../../worker/src/db/index.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone, filledGrid, templateItemCount } from "./helpers/grids.ts";
import { storedGrid } from "./helpers/stored-grid.ts";
import { seedWorld, type World } from "./helpers/world.ts";

let world: World;
let campaign: Campaign;

beforeAll(async () => {
  world = await seedWorld();
  campaign = await openCampaign(world.tokens.deptX, "mx");
});

const post = (token: string, body: unknown, campaignId = campaign.id) =>
  call("POST", `/api/v1/campaigns/${campaignId}/submissions`, { token, body });

describe("POST /campaigns/{id}/submissions", () => {
  it("stores a clean sheet as version 1 and answers a receipt", async () => {
    const submissionId = crypto.randomUUID();
    const res = await post(world.tokens.schoolA, {
      submissionId,
      grid: allDone(),
      sheetName: "Дорожная карта",
    });
    expect(res.status).toBe(201);
    const receipt = await json<Receipt>(res);
    expect(receipt).toMatchObject({
      submissionId,
      campaignId: campaign.id,
      orgId: "sa",
      version: 1,
      status: "submitted",
    });
    expect(receipt.counts.error).toBe(0);
    expect(Date.parse(receipt.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(receipt.completion.required).toBeGreaterThan(0);
    expect(receipt.completion.done).toBe(receipt.completion.required);
  });

  it("stores the raw grid exactly, the normalised items and the findings", async () => {
    const grid = filledGrid((i) => (i === 0 ? { status: "выполнено" } : {}), [1]);
    const { body } = await submitGrid(world.tokens.schoolB, campaign.id, grid);
    expect(JSON.parse((await storedGrid(body.submissionId))!)).toEqual(grid);
    const raw = await call("GET", `/api/v1/submissions/${body.submissionId}/grid`, {
      token: world.tokens.schoolB,
    });
    expect(await json(raw)).toEqual({ submissionId: body.submissionId, sheetName: null, grid });
    const other = await call("GET", `/api/v1/submissions/${body.submissionId}/grid`, {
      token: world.tokens.schoolA,
    });
    expect(other.status).toBe(403);
    const detail = await json<SubmissionDetail>(
      await call("GET", `/api/v1/submissions/${body.submissionId}`, { token: world.tokens.schoolB }),
    );
    expect(detail.submittedBy).toBe("school-b@example.org");
    expect(detail.items.some((i) => i.state === "missing")).toBe(true);
    expect(detail.items.filter((i) => i.state !== "missing").length).toBeGreaterThan(10);
    // done without a proof link is a finding the engine reports
    expect(detail.findings.map((f) => f.code)).toContain("done-without-proof");
    expect(detail.findings.length).toBe(body.counts.error + body.counts.warning + body.counts.info);
  });

  it("replaying the same id and payload returns the same receipt (200) and stores nothing new", async () => {
    const submissionId = crypto.randomUUID();
    const body = { submissionId, grid: allDone() };
    const first = await post(world.tokens.schoolA, body);
    const second = await post(world.tokens.schoolA, body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await json(second)).toEqual(await json(first));
    const history = await json<History>(
      await call("GET", `/api/v1/campaigns/${campaign.id}/orgs/sa/submissions`, {
        token: world.tokens.schoolA,
      }),
    );
    expect(history.versions.filter((v) => v.submissionId === submissionId)).toHaveLength(1);
  });

  it("the same id with a different payload is a 409 and the stored version is untouched", async () => {
    const submissionId = crypto.randomUUID();
    await post(world.tokens.schoolA, { submissionId, grid: allDone() });
    const res = await post(world.tokens.schoolA, { submissionId, grid: filledGrid() });
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ code: "submission-conflict" });
    expect(JSON.parse((await storedGrid(submissionId))!)).toEqual(allDone());
  });

  it("a sheet with blocking errors is kept as a draft, not dropped", async () => {
    const { status, body } = await submitGrid(
      world.tokens.schoolA,
      campaign.id,
      filledGrid(() => ({}), [0]),
    );
    expect(status).toBe(201);
    expect(body.counts.error).toBeGreaterThan(0);
    expect(body.status).toBe("draft");
    expect(await repos(env).submissions.get(body.submissionId)).not.toBeNull();
  });

  it("a sheet without a header row is not a roadmap: 422 with a Russian reason, nothing stored", async () => {
    const grid = allDone();
    grid[1] = grid[1]!.map(() => "");
    const before = await repos(env).submissions.history(campaign.id, "sa");
    const { status, body } = await submitGrid(world.tokens.schoolA, campaign.id, grid, {
      sheetName: "Квитанции",
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: "not-a-roadmap" });
    expect((body as unknown as { detail: string }).detail).toMatch(
      /^Лист «Квитанции» не похож на дорожную карту.*не найдена строка заголовка/,
    );
    expect(await repos(env).submissions.history(campaign.id, "sa")).toHaveLength(before.length);
  });

  it("a sheet where almost no template item is found is not a roadmap (422)", async () => {
    const count = templateItemCount();
    // keep only a fifth of the items: under the quarter the refusal is about
    const keep = Math.floor(count / 5);
    const drop = Array.from({ length: count - keep }, (_, i) => i + keep);
    const { status, body } = await submitGrid(
      world.tokens.schoolA,
      campaign.id,
      filledGrid(() => ({}), drop),
    );
    expect(status).toBe(422);
    expect((body as unknown as { detail: string }).detail).toContain(
      `из ${count} пунктов шаблона на листе найдено только ${keep}`,
    );
    // a third of the items is a (draft) report, not the wrong sheet
    const third = Math.ceil(count / 3);
    const partial = Array.from({ length: count - third }, (_, i) => i + third);
    expect(
      (
        await submitGrid(
          world.tokens.schoolA,
          campaign.id,
          filledGrid(() => ({}), partial),
        )
      ).status,
    ).toBe(201);
  });

  it("after the due date a clean sheet is late", async () => {
    const late = await openCampaign(world.tokens.deptX, "mx", { dueDate: "2020-01-01" });
    const { body } = await submitGrid(world.tokens.schoolA, late.id, allDone());
    expect(body.status).toBe("late");
  });

  it("concurrent submissions of one school become consecutive versions, none dropped", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        submitGrid(
          world.tokens.schoolB,
          c.id,
          filledGrid((j) => (j === i ? { status: "в работе" } : {})),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(results.map((r) => r.body.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const history = await json<History>(
      await call("GET", `/api/v1/campaigns/${c.id}/orgs/sb/submissions`, { token: world.tokens.deptX }),
    );
    expect(history.versions.map((v) => v.version)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("concurrent replays of one id store one version and all get its receipt", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const body = { submissionId: crypto.randomUUID(), grid: allDone() };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => post(world.tokens.schoolA, body, c.id)),
    );
    const receipts = await Promise.all(responses.map((r) => json<Receipt>(r)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(receipts.map((r) => r.version))).toEqual(new Set([1]));
  });

  it("a department may report for a school under it, naming the org", async () => {
    const { status, body } = await submitGrid(world.tokens.deptX, campaign.id, allDone(), { orgId: "sb" });
    expect(status).toBe(201);
    expect(body.orgId).toBe("sb");
  });

  it("a department without orgId is asked to name the org", async () => {
    const { status, body } = await submitGrid(world.tokens.region, campaign.id, allDone());
    expect(status).toBe(400);
    expect(body.code).toBe("org-required");
  });

  it("a closed campaign refuses new submissions but still answers replays", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const body = { submissionId: crypto.randomUUID(), grid: allDone() };
    expect((await post(world.tokens.schoolA, body, c.id)).status).toBe(201);
    expect(
      (await call("POST", `/api/v1/campaigns/${c.id}/close`, { token: world.tokens.deptX })).status,
    ).toBe(200);
    expect((await post(world.tokens.schoolA, body, c.id)).status).toBe(200);
    const res = await post(
      world.tokens.schoolA,
      { submissionId: crypto.randomUUID(), grid: allDone() },
      c.id,
    );
    expect(res.status).toBe(409);
    const problem = await json(res);
    expect(problem).toMatchObject({ code: "campaign-closed" });
    expect(problem["detail"]).toMatch(/закрыта/);
  });

  it("an unknown campaign is a 404 with a Russian detail", async () => {
    const res = await post(
      world.tokens.schoolA,
      { submissionId: crypto.randomUUID(), grid: [] },
      "no-such-campaign",
    );
    expect(res.status).toBe(404);
    expect(await json(res)).toMatchObject({ code: "campaign-not-found" });
  });
});

describe("history and diff", () => {
  it("lists every version and diffs items added, removed and changed", async () => {
    const c = await openCampaign(world.tokens.deptX, "mx");
    const v1 = filledGrid((i) => (i < 3 ? { status: "в работе" } : {}), [5]);
    const v2 = filledGrid(
      (i) =>
        i === 0
          ? { status: "выполнено", proof: "https://s.example.org/1" }
          : i < 3
            ? { status: "в работе" }
            : {},
      [6],
    );
    await submitGrid(world.tokens.schoolA, c.id, v1);
    await submitGrid(world.tokens.schoolA, c.id, v2);
    const history = await json<History>(
      await call("GET", `/api/v1/campaigns/${c.id}/orgs/sa/submissions`, { token: world.tokens.schoolA }),
    );
    expect(history.versions.map((v) => v.version)).toEqual([1, 2]);
    const res = await call("GET", `/api/v1/campaigns/${c.id}/orgs/sa/diff?from=1&to=2`, {
      token: world.tokens.schoolA,
    });
    expect(res.status).toBe(200);
    const diff = await json<Diff>(res);
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(1);
    const first = diff.changed.find((ch) => ch.fields.includes("status"));
    expect(first?.before.status).toBe("в работе");
    expect(first?.after.status).toBe("выполнено");
    expect(first?.after.state).toBe("done");
  });

  it("diff of a version that does not exist is a 404; a bad query is a 400", async () => {
    const base = `/api/v1/campaigns/${campaign.id}/orgs/sa/diff`;
    expect(
      await json(await call("GET", `${base}?from=1&to=999`, { token: world.tokens.schoolA })),
    ).toMatchObject({
      status: 404,
      code: "version-not-found",
    });
    expect(await json(await call("GET", `${base}?from=x`, { token: world.tokens.schoolA }))).toMatchObject({
      status: 400,
      code: "bad-query",
    });
  });
});
