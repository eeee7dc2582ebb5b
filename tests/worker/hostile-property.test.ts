// Property-based hostile input: whatever arrives — any JSON value, any bytes, any grid of cells, any
// content type or path — the answer is a 2xx or a problem+json 4xx with a Russian detail, never a 5xx.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone, TEMPLATE_ID } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

let world: World;
let campaignId: string;

beforeAll(async () => {
  world = await seedWorld();
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});

/** The contract for any answer: no 5xx; errors are problem+json with a code and a Russian detail. */
async function assertSane(res: Response, what: string): Promise<void> {
  const text = await res.text();
  if (res.status >= 500) throw new Error(`${what} → ${res.status}: ${text.slice(0, 300)}`);
  if (res.status >= 400) {
    expect(res.headers.get("content-type"), what).toBe("application/problem+json");
    const body = JSON.parse(text) as { code?: unknown; detail?: unknown; status?: unknown };
    expect(body.status, what).toBe(res.status);
    expect(typeof body.code, what).toBe("string");
    expect(String(body.detail), what).toMatch(/[А-Яа-яЁё]/);
  } else {
    expect(res.status, what).toBeGreaterThanOrEqual(200);
    expect(() => JSON.parse(text), what).not.toThrow();
  }
}

const submitPath = () => `/api/v1/campaigns/${campaignId}/submissions`;

// Cells as a spreadsheet could hand them over, plus the awkward ones.
const cell = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("#REF!", "#N/A", "=1+1", "+1", "-1", "@A1", "выполнено", "до 01.12.2021", "1.1", "", " "),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const grid = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 30 });

describe("property: never a 5xx", () => {
  it("any JSON value as the body of validate and submit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const raw = JSON.stringify(value) ?? "null";
        for (const path of ["/api/v1/validate", submitPath()]) {
          const res = await call("POST", path, {
            token: world.tokens.schoolA,
            raw,
            headers: { "content-type": "application/json" },
          });
          await assertSane(res, `${path} ${raw.slice(0, 120)}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("objects shaped almost like a request (right keys, arbitrary values)", async () => {
    const almost = fc.record(
      {
        templateId: fc.oneof(fc.constant(TEMPLATE_ID), fc.jsonValue({ maxDepth: 2 })),
        templateVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
        submissionId: fc.oneof(fc.uuid(), fc.jsonValue({ maxDepth: 1 })),
        orgId: fc.oneof(fc.constant("sa"), fc.jsonValue({ maxDepth: 1 })),
        grid: fc.oneof(grid, fc.jsonValue({ maxDepth: 4 })),
        asOf: fc.oneof(fc.constant("2023-12-31"), fc.string()),
        sheetName: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(almost, async (body) => {
        for (const path of ["/api/v1/validate", submitPath()]) {
          const res = await call("POST", path, { token: world.tokens.schoolA, body });
          await assertSane(res, `${path} ${JSON.stringify(body).slice(0, 160)}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("any grid of cells validates with 200 and a report", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (g) => {
        const res = await call("POST", "/api/v1/validate", {
          token: world.tokens.schoolA,
          body: { templateId: TEMPLATE_ID, grid: g, asOf: "2023-12-31" },
        });
        const text = await res.text();
        expect(res.status, text.slice(0, 300)).toBe(200);
        const report = JSON.parse(text) as { counts: Record<string, number>; findings: unknown[] };
        expect(report.findings.length).toBe(
          report.counts.error! + report.counts.warning! + report.counts.info!,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("the real template with random cells overwritten is stored with a receipt (201), unless its header was hit (422)", async () => {
    const base = allDone();
    // Edits that reach the title or the header row may leave no header at all: that sheet is the
    // wrong sheet (422 «not-a-roadmap»), never a 5xx; edits below the header are always stored.
    const headerIndex = base.findIndex((r) => r.some((c) => /Мероприяти/i.test(String(c))));
    expect(headerIndex).toBeGreaterThan(0);
    const edits = fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 12 }), cell), {
      maxLength: 25,
    });
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        const g = base.map((r) => [...r]);
        for (const [r, c, v] of changes) g[r]![c] = v;
        const res = await call("POST", submitPath(), {
          token: world.tokens.schoolA,
          body: { submissionId: crypto.randomUUID(), grid: g },
        });
        const text = await res.text();
        if (res.status === 422 && changes.some(([r]) => r <= headerIndex)) {
          expect(JSON.parse(text)).toMatchObject({ code: "not-a-roadmap" });
          return;
        }
        expect(res.status, text.slice(0, 300)).toBe(201);
        expect(JSON.parse(text)).toMatchObject({ version: expect.any(Number), status: expect.any(String) });
      }),
      { numRuns: 40 },
    );
  });

  it("any bytes as a JSON body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        for (const path of ["/api/v1/validate", submitPath()]) {
          const res = await call("POST", path, {
            token: world.tokens.schoolA,
            raw: bytes,
            headers: { "content-type": "application/json" },
          });
          await assertSane(res, `${path} bytes ${[...bytes.slice(0, 20)]}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("any content type", async () => {
    const raw = JSON.stringify({ templateId: TEMPLATE_ID, grid: [] });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (type) => {
        let res: Response;
        try {
          res = await call("POST", "/api/v1/validate", {
            token: world.tokens.schoolA,
            raw,
            headers: { "content-type": type },
          });
        } catch {
          return; // not a legal header value: the client cannot even send it
        }
        await assertSane(res, `content-type ${JSON.stringify(type)}`);
      }),
      { numRuns: 100 },
    );
  });

  it("any path and method under /api/v1", async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        "campaigns",
        "orgs",
        "submissions",
        "summary",
        "diff",
        "validate",
        "members",
        campaignId,
      ),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom("%", "%zz", "%E0%A4%A", "..", ".", "%00", "%2F"),
    );
    const method = fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    await fc.assert(
      fc.asyncProperty(method, fc.array(segment, { maxLength: 5 }), async (m, parts) => {
        const path = `/api/v1/${parts.join("/")}`;
        const res = await call(m, path, {
          token: world.tokens.deptX,
          ...(m === "GET" || m === "HEAD" ? {} : { body: {} }),
        });
        if (res.status >= 500) throw new Error(`${m} ${path} → ${res.status}: ${await res.text()}`);
      }),
      { numRuns: 200 },
    );
  });
});
