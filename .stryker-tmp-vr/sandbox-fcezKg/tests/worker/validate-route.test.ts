import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportView } from "../../shared/api/index.ts";
import { call, json } from "./helpers/call.ts";
import { allDone, filledGrid } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

describe("POST /api/v1/validate", () => {
  it("runs the shared engine and stores nothing", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>();
    const res = await call("POST", "/api/v1/validate", {
      token: world.tokens.schoolA,
      body: { templateId: "municipal-roadmap", grid: filledGrid(() => ({}), [3]), asOf: "2023-12-31" },
    });
    expect(res.status).toBe(200);
    const report = await json<ReportView>(res);
    expect(report.template).toBe("municipal-roadmap");
    expect(report.findings.some((f) => f.code === "missing-item")).toBe(true);
    expect(report.items.some((i) => i.state === "missing")).toBe(true);
    expect(report.items.some((i) => i.state === "overdue")).toBe(true);
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });

  it("a fully done sheet has no errors", async () => {
    const res = await call("POST", "/api/v1/validate", {
      token: world.tokens.schoolA,
      body: { templateId: "municipal-roadmap", templateVersion: 1, grid: allDone(), asOf: "2023-12-31" },
    });
    const report = await json<ReportView>(res);
    expect(report.counts.error).toBe(0);
    expect(report.completion.done).toBe(report.completion.required);
  });

  it("an unknown template version → 400 template-not-found", async () => {
    const res = await call("POST", "/api/v1/validate", {
      token: world.tokens.schoolA,
      body: { templateId: "municipal-roadmap", templateVersion: 99, grid: [] },
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ code: "template-not-found" });
  });
});
