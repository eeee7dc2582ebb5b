import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_GRID_ROWS } from "../../shared/api/limits.ts";
import { call, json } from "./helpers/call.ts";
import { campaignWorld } from "./helpers/campaign-world.ts";
import { expectProblem } from "./helpers/problem.ts";

const mx = campaignWorld();

describe("limits", () => {
  it(`more than ${MAX_GRID_ROWS} rows → 413 too-many-rows`, async () => {
    const grid = Array.from({ length: MAX_GRID_ROWS + 1 }, () => [""]);
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      body: { submissionId: crypto.randomUUID(), grid },
    });
    const body = await expectProblem(res, 413, "too-many-rows");
    expect(body["detail"]).toContain(String(MAX_GRID_ROWS));
  });

  it("exactly the row limit is accepted", async () => {
    const grid = Array.from({ length: MAX_GRID_ROWS }, () => [""]);
    const res = await call("POST", "/api/v1/validate", {
      token: mx.world.tokens.schoolA,
      body: { templateId: "municipal-roadmap", grid },
    });
    expect(res.status).toBe(200);
  });

  it("a body over 5 MB → 413 payload-too-large (by Content-Length)", async () => {
    const big = JSON.stringify({ submissionId: crypto.randomUUID(), grid: [["x".repeat(MAX_BODY_BYTES)]] });
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      raw: big,
      headers: { "content-type": "application/json" },
    });
    await expectProblem(res, 413, "payload-too-large");
  });

  it("a streamed body over 5 MB without Content-Length → 413", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 6) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      raw: stream,
      headers: { "content-type": "application/json" },
    });
    await expectProblem(res, 413, "payload-too-large");
  });
});

describe("bad requests are 4xx with a Russian reason, never 500", () => {
  it("malformed JSON → 400 bad-json", async () => {
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      raw: '{"submissionId": ',
      headers: { "content-type": "application/json" },
    });
    await expectProblem(res, 400, "bad-json");
  });

  it("not JSON at all → 415", async () => {
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      raw: "grid=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    await expectProblem(res, 415, "unsupported-media-type");
  });

  it("wrong shapes → 400 bad-request listing the fields", async () => {
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      body: { submissionId: "not-a-uuid", grid: [[{ nested: true }]] },
    });
    const body = await expectProblem(res, 400, "bad-request");
    const paths = (body["issues"] as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["submissionId", "grid.0.0"]));
  });

  it("a JSON array instead of an object → 400", async () => {
    const res = await call("POST", mx.submitPath, { token: mx.world.tokens.schoolA, body: [1, 2, 3] });
    await expectProblem(res, 400, "bad-request");
  });

  it("an unknown campaign → 404 campaign-not-found", async () => {
    await expectProblem(
      await call("GET", "/api/v1/campaigns/nope", { token: mx.world.tokens.deptX }),
      404,
      "campaign-not-found",
    );
  });

  // A valid campaign for department X, with the one field each test gets wrong.
  const openCampaign = (overrides: Record<string, unknown>) =>
    call("POST", "/api/v1/campaigns", {
      token: mx.world.tokens.deptX,
      body: {
        orgId: "mx",
        name: "x",
        templateId: "municipal-roadmap",
        templateVersion: 1,
        period: { start: "2020-01-01", end: "2024-12-31" },
        reportDate: "2023-12-31",
        dueDate: "2023-12-31",
        ...overrides,
      },
    });

  it("an unknown template when opening a campaign → 400 template-not-found", async () => {
    await expectProblem(await openCampaign({ templateId: "nope" }), 400, "template-not-found");
  });

  it("a period whose start is after its end → 400", async () => {
    const res = await openCampaign({ period: { start: "2025-01-01", end: "2024-12-31" } });
    await expectProblem(res, 400, "bad-request");
  });

  it("participants outside the department → 400 bad-participants", async () => {
    const res = await openCampaign({ participants: ["sa", "sc", "ghost"] });
    const body = await expectProblem(res, 400, "bad-participants");
    expect(body["detail"]).toContain("sc, ghost");
  });

  it("a grid of garbage cells is validated and refused as not a roadmap (422), not a crash", async () => {
    const res = await call("POST", mx.submitPath, {
      token: mx.world.tokens.schoolA,
      body: { submissionId: crypto.randomUUID(), grid: [[null, true, 1e308, -0, "#REF!"], [], ["=1+1"]] },
    });
    expect(res.status).toBe(422);
    expect(await json(res)).toMatchObject({ code: "not-a-roadmap" });
  });
});
