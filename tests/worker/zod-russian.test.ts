import { beforeAll, describe, expect, it } from "vitest";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// Every message a user can see is Russian, zod's per-field messages in problem+json included.

let world: World;
let campaignId: string;
beforeAll(async () => {
  world = await seedWorld();
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});

async function issuesOf(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = await json<{ issues: { path: string; message: string }[] }>(res);
  expect(body.issues.length).toBeGreaterThan(0);
  return body.issues.map((i) => i.message);
}

function expectRussian(messages: string[]) {
  for (const m of messages) {
    expect(m).toMatch(/[а-яё]/i);
    expect(m).not.toMatch(/\b(Invalid|Too (big|small)|Expected|Required|received)\b/);
  }
}

describe("zod issue messages are Russian", () => {
  it("a submission id that is not a UUID, a grid that is not a table", async () => {
    const res = await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
      token: world.tokens.schoolA,
      body: { submissionId: "abc", grid: "не таблица" },
    });
    const messages = await issuesOf(res);
    expectRussian(messages);
    expect(messages.join(" ")).toMatch(/UUID/);
  });

  it("too long, too short, wrong enum, wrong type, missing field", async () => {
    const res = await call("POST", "/api/v1/orgs", {
      token: world.tokens.deptX,
      body: { parentId: "mx", name: "я".repeat(301), kind: "university" },
    });
    expectRussian(await issuesOf(res));
    const empty = await call("POST", "/api/v1/orgs", { token: world.tokens.deptX, body: { name: "" } });
    expectRussian(await issuesOf(empty));
    const campaign = await call("POST", "/api/v1/campaigns", {
      token: world.tokens.deptX,
      body: {
        orgId: "mx",
        name: "К",
        templateId: "municipal-roadmap",
        templateVersion: "1",
        dueDate: "завтра",
      },
    });
    expectRussian(await issuesOf(campaign));
    const backwards = await call("POST", "/api/v1/campaigns", {
      token: world.tokens.deptX,
      body: {
        orgId: "mx",
        name: "Кампания",
        templateId: "municipal-roadmap",
        templateVersion: 1,
        period: { start: "2024-12-31", end: "2020-01-01" },
        reportDate: "2023-12-31",
        dueDate: "2099-12-31",
      },
    });
    expect(await issuesOf(backwards)).toEqual(["Начало периода позже его окончания."]);
    const mars = await call("POST", "/api/v1/campaigns", {
      token: world.tokens.deptX,
      body: {
        orgId: "mx",
        name: "Кампания",
        templateId: "municipal-roadmap",
        templateVersion: 1,
        period: { start: "2020-01-01", end: "2024-12-31" },
        reportDate: "2023-12-31",
        dueDate: "2099-12-31",
        timeZone: "Mars/Olympus",
      },
    });
    expectRussian(await issuesOf(mars));
  });

  it("query parameters too (diff with non-numeric versions)", async () => {
    await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
      token: world.tokens.schoolA,
      body: { submissionId: crypto.randomUUID(), grid: allDone() },
    });
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/orgs/sa/diff?from=один&to=2`, {
      token: world.tokens.schoolA,
    });
    expectRussian(await issuesOf(res));
  });
});
