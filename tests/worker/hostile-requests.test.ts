// Hostile, hand-written requests against POST /api/v1/validate and submissions: every one is a clear
// 4xx (problem+json, Russian detail) or a normal 2xx — never a 500, a hang or a stack trace.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_GRID_COLUMNS, MAX_GRID_ROWS } from "../../shared/api/limits.ts";
import { call, json } from "./helpers/call.ts";
import { campaignWorld } from "./helpers/campaign-world.ts";
import { allDone, filledGrid, TEMPLATE_ID } from "./helpers/grids.ts";
import { expectProblem } from "./helpers/problem.ts";
import { storedGrid } from "./helpers/stored-grid.ts";

const mx = campaignWorld();

type Body = Record<string, unknown>;

const validateRaw = (raw: BodyInit, contentType: string | null = "application/json") =>
  call("POST", "/api/v1/validate", {
    token: mx.world.tokens.schoolA,
    raw,
    headers: contentType === null ? {} : { "content-type": contentType },
  });

const validateGrid = (grid: unknown, extra: Body = {}) =>
  call("POST", "/api/v1/validate", {
    token: mx.world.tokens.schoolA,
    body: { templateId: TEMPLATE_ID, grid, asOf: "2023-12-31", ...extra },
  });

const submitRaw = (raw: BodyInit, contentType: string | null = "application/json") =>
  call("POST", mx.submitPath, {
    token: mx.world.tokens.schoolA,
    raw,
    headers: contentType === null ? {} : { "content-type": contentType },
  });

const submitGrid = (grid: unknown, extra: Body = {}) =>
  call("POST", mx.submitPath, {
    token: mx.world.tokens.schoolA,
    body: { submissionId: crypto.randomUUID(), grid, ...extra },
  });

const count = async (table: string) =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

describe("grids: empty, ragged, enormous", () => {
  it("an empty grid is validated (a report full of findings), not refused", async () => {
    const res = await validateGrid([]);
    expect(res.status).toBe(200);
    const report = await json<{ counts: { error: number } }>(res);
    expect(report.counts.error).toBeGreaterThan(0);
  });

  it("a grid of empty rows, and rows of empty strings, are validated", async () => {
    expect((await validateGrid([[], [], []])).status).toBe(200);
    expect((await validateGrid(Array.from({ length: 50 }, () => ["", "", ""]))).status).toBe(200);
  });

  it("an empty grid submitted is refused as not a roadmap (422, Russian reason), nothing stored", async () => {
    const before = await count("submissions");
    const body = await expectProblem(await submitGrid([]), 422, "not-a-roadmap");
    expect(body["detail"]).toContain("не найдена строка заголовка");
    expect(await count("submissions")).toBe(before);
  });

  it("ragged rows (1, 40, 0, 3 cells) are validated and submitted", async () => {
    const grid = allDone().map((row, i) => row.slice(0, [1, 40, 0, 3][i % 4]));
    grid.push(Array.from({ length: 40 }, (_, i) => `extra ${i}`));
    expect((await validateGrid(grid)).status).toBe(200);
    expect((await submitGrid(grid)).status).toBe(201);
  });

  it(`${MAX_GRID_COLUMNS} columns are accepted, one more is a 400 naming the row`, async () => {
    const wide = Array.from({ length: MAX_GRID_COLUMNS }, (_, i) => `c${i}`);
    expect((await validateGrid([wide])).status).toBe(200);
    const body = await expectProblem(await validateGrid([[...wide, "x"]]), 400, "bad-request");
    expect(JSON.stringify(body["issues"])).toContain('"grid.0"');
  });

  it(`${MAX_GRID_ROWS + 1} rows → 413 too-many-rows on validate and submit, nothing stored`, async () => {
    const before = await count("submissions");
    const grid = Array.from({ length: MAX_GRID_ROWS + 1 }, () => [] as string[]);
    await expectProblem(await validateGrid(grid), 413, "too-many-rows");
    await expectProblem(await submitGrid(grid), 413, "too-many-rows");
    expect(await count("submissions")).toBe(before);
  });

  it("a body just over the byte limit → 413 payload-too-large on validate and submit", async () => {
    const big = JSON.stringify({ templateId: TEMPLATE_ID, grid: [["я".repeat(MAX_BODY_BYTES / 2 + 10)]] });
    await expectProblem(await validateRaw(big), 413, "payload-too-large");
    await expectProblem(await submitRaw(big), 413, "payload-too-large");
  });

  it("a lying Content-Length (smaller than the body) is still capped", async () => {
    const big = `{"grid":[["${"x".repeat(MAX_BODY_BYTES + 1024)}"]]}`;
    const res = await call("POST", "/api/v1/validate", {
      token: mx.world.tokens.schoolA,
      raw: big,
      headers: { "content-type": "application/json", "content-length": "10" },
    });
    expect([400, 413]).toContain(res.status);
    await expectProblem(res, res.status);
  });
});

describe("cells: long, control characters, wrong types, error values, formulas", () => {
  it("10,000-character cells in every column are validated and stored quickly", async () => {
    const long = "Очень длинный текст мероприятия, ".repeat(400).slice(0, 10_000);
    // every column but the item code (which keeps the sheet recognisable as this roadmap)
    const grid = allDone().map((row, i) => (i < 2 ? row : row.map((cell, j) => (j === 0 ? cell : long))));
    const started = Date.now();
    expect((await validateGrid(grid)).status).toBe(200);
    const res = await submitGrid(grid);
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("parser-shaped 10,000-character cells (ReDoS bait) finish fast", async () => {
    const baits = [
      "сентябрь-".repeat(1_100),
      "2020-".repeat(2_000),
      "1.".repeat(5_000),
      "до 01.12.".repeat(1_100),
      "2021-1 ".repeat(1_400),
      "100-80% ".repeat(1_200),
      " ".repeat(9_999) + "x",
      "а".repeat(10_000),
      "https://".repeat(1_250),
    ];
    const grid = filledGrid();
    for (const bait of baits) grid.push(grid[3]!.map(() => bait));
    const started = Date.now();
    const res = await validateGrid(grid);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("control characters, NUL, lone surrogates, RTL marks and U+2028 are text like any other", async () => {
    const nasty = [
      "\u0000",
      "a\u0000b",
      "\u0007\u001b[31m",
      "\ud800",
      "\udfff x",
      "\u202eзеркало",
      "\u2028\u2029",
      "\ufeff1.1",
      "\r\n\t",
    ];
    const grid = allDone();
    grid.push(nasty);
    grid.push(nasty.map((s) => `1.${s}`));
    expect((await validateGrid(grid)).status).toBe(200);
    const res = await submitGrid(grid);
    expect(res.status).toBe(201);
    const receipt = await json<{ submissionId: string }>(res);
    // the stored submission reads back without a 500
    const back = await call("GET", `/api/v1/submissions/${receipt.submissionId}`, {
      token: mx.world.tokens.schoolA,
    });
    expect(back.status).toBe(200);
  });

  it("numbers, booleans and null in text columns are validated, not a 500", async () => {
    const grid = filledGrid().map((row, i) =>
      i < 2
        ? row
        : row.map((cell, j) =>
            j === 0 ? cell : [0, -1, 1e308, true, false, null, 3.14, Number.MIN_VALUE, -0][(i + j) % 9]!,
          ),
    );
    expect((await validateGrid(grid)).status).toBe(200);
    expect((await submitGrid(grid)).status).toBe(201);
  });

  it("spreadsheet error values are findings (error-value), in whatever column", async () => {
    const errorsList = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"];
    const grid = allDone();
    const template = grid[3]!;
    errorsList.forEach((e, i) => {
      const row = [...template];
      row[0] = `9.${i + 1}`;
      row[1 + (i % (row.length - 1))] = e;
      grid.push(row);
    });
    const res = await validateGrid(grid);
    expect(res.status).toBe(200);
    const report = await json<{ findings: { code: string; message: string }[] }>(res);
    const errs = report.findings.filter((f) => f.code === "error-value");
    expect(errs.length).toBeGreaterThanOrEqual(errorsList.length);
    for (const e of errorsList) expect(errs.some((f) => f.message.includes(e))).toBe(true);
  });

  it("formula-looking text is data: validated, stored byte for byte", async () => {
    const evil = [
      '=IMPORTXML("http://x","//a")',
      "+1",
      "-1",
      "@SUM(A1)",
      "\t=1",
      "\r=1",
      "=cmd|' /C calc'!A0",
    ];
    const grid = allDone();
    grid.push(evil);
    expect((await validateGrid(grid)).status).toBe(200);
    const res = await submitGrid(grid);
    expect(res.status).toBe(201);
    const { submissionId } = await json<{ submissionId: string }>(res);
    const back = JSON.parse((await storedGrid(submissionId))!);
    expect(back.at(-1)).toEqual(evil);
  });
});

describe("bodies: malformed UTF-8, deep nesting, prototype keys", () => {
  it("invalid UTF-8 bytes inside a JSON string are replaced, not a 500", async () => {
    const prefix = new TextEncoder().encode(`{"templateId":"${TEMPLATE_ID}","grid":[["`);
    const suffix = new TextEncoder().encode(`"]]}`);
    const body = new Uint8Array([...prefix, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, ...suffix]);
    const res = await validateRaw(body);
    expect(res.status).toBe(200);
  });

  it("invalid UTF-8 bytes where JSON structure is expected → 400 bad-json", async () => {
    await expectProblem(await validateRaw(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, "bad-json");
    await expectProblem(await submitRaw(new Uint8Array([0xc0, 0xaf, 0x5b, 0x5d])), 400, "bad-json");
  });

  it("a UTF-16 body (with BOM) is refused as bad JSON", async () => {
    const text = JSON.stringify({ templateId: TEMPLATE_ID, grid: [] });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const res = await validateRaw(utf16);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await expectProblem(res, res.status);
  });

  it.each([
    ["as the whole body", (deep: string) => deep, false],
    ["as the grid", (deep: string) => `{"templateId":"${TEMPLATE_ID}","grid":${deep}}`, false],
    ["as a cell", (deep: string) => `{"templateId":"${TEMPLATE_ID}","grid":[[${deep}]]}`, false],
    // an unknown field is stripped by the schema, so validate may answer 200 (submit lacks an id)
    ["as an extra field", (deep: string) => `{"templateId":"${TEMPLATE_ID}","grid":[],"x":${deep}}`, true],
  ])("100,000 levels of [[[…]]] %s → 4xx, not a 500 or a stack overflow", async (_, wrap, ignorable) => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    for (const send of [validateRaw, submitRaw]) {
      const res = await send(wrap(deep));
      if (ignorable && send === validateRaw && res.status === 200) continue;
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      await expectProblem(res, res.status);
    }
  });

  it('100,000 levels of {"a":{…}} → 4xx', async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const res = await validateRaw(deep);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await expectProblem(res, res.status);
  });

  it("__proto__ and constructor keys neither pollute nor pass validation", async () => {
    const raw = `{"__proto__":{"templateId":"${TEMPLATE_ID}","grid":[],"polluted":1},"constructor":{"prototype":{"polluted":1}}}`;
    await expectProblem(await validateRaw(raw), 400, "bad-request");
    expect(({} as Body)["polluted"]).toBeUndefined();
  });
});

describe("content types and missing bodies", () => {
  const good = JSON.stringify({ templateId: TEMPLATE_ID, grid: [] });

  it.each([
    ["text/plain", 415],
    ["application/x-www-form-urlencoded", 415],
    ["multipart/form-data; boundary=x", 415],
    ["application/xml", 415],
    ["application/vnd.api+json", 415],
    ["", 415],
    [null, 415],
  ] as const)("Content-Type %j → %i", async (type, status) => {
    await expectProblem(await validateRaw(good, type), status, "unsupported-media-type");
    await expectProblem(await submitRaw(good, type), status, "unsupported-media-type");
  });

  it.each(["application/json; charset=utf-8", "Application/JSON", "application/json ;charset=UTF-8"])(
    "Content-Type %j is JSON",
    async (type) => {
      expect((await validateRaw(good, type)).status).toBe(200);
    },
  );

  it("JSON content type with no body → 400 bad-json", async () => {
    for (const path of ["/api/v1/validate", mx.submitPath]) {
      const res = await call("POST", path, {
        token: mx.world.tokens.schoolA,
        headers: { "content-type": "application/json" },
      });
      await expectProblem(res, 400, "bad-json");
    }
  });

  it.each(["", " ", "null", "true", "0", '"grid"', "[]", "{}", "{,}", "NaN", "{'a':1}", "\ufeff{}"])(
    "body %j → 400",
    async (raw) => {
      await expectProblem(await validateRaw(raw), 400);
      await expectProblem(await submitRaw(raw), 400);
    },
  );

  it("GET, PUT and DELETE on the POST routes are 4xx", async () => {
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
      const res = await call(method, "/api/v1/validate", { token: mx.world.tokens.schoolA });
      expect(res.status, method).toBeGreaterThanOrEqual(400);
      expect(res.status, method).toBeLessThan(500);
    }
  });
});

describe("fields of the wrong type or shape", () => {
  it.each([
    ["templateId a number", { templateId: 5, grid: [] }],
    ["templateId null", { templateId: null, grid: [] }],
    ["templateVersion a string", { templateId: TEMPLATE_ID, templateVersion: "1", grid: [] }],
    ["templateVersion 1.5", { templateId: TEMPLATE_ID, templateVersion: 1.5, grid: [] }],
    ["templateVersion huge", { templateId: TEMPLATE_ID, templateVersion: 1e300, grid: [] }],
    ["grid a string", { templateId: TEMPLATE_ID, grid: "A1" }],
    ["grid of strings", { templateId: TEMPLATE_ID, grid: ["a", "b"] }],
    ["a cell an object", { templateId: TEMPLATE_ID, grid: [[{ v: 1 }]] }],
    ["asOf not a date", { templateId: TEMPLATE_ID, grid: [], asOf: "31.12.2023" }],
    ["asOf impossible", { templateId: TEMPLATE_ID, grid: [], asOf: "2023-02-30" }],
    ["period reversed types", { templateId: TEMPLATE_ID, grid: [], period: { start: 2020, end: 2024 } }],
  ])("validate: %s → 400 bad-request", async (_, body) => {
    const res = await call("POST", "/api/v1/validate", { token: mx.world.tokens.schoolA, body });
    await expectProblem(res, 400, "bad-request");
  });

  it("an unknown template id (even a hostile one) → 400 template-not-found", async () => {
    for (const templateId of ["nope", "__proto__", "constructor", "../../etc/passwd", "x".repeat(5000)]) {
      const res = await call("POST", "/api/v1/validate", {
        token: mx.world.tokens.schoolA,
        body: { templateId, grid: [] },
      });
      await expectProblem(res, 400, "template-not-found");
    }
  });

  it.each([
    ["submissionId missing", { grid: [] }],
    ["submissionId not a uuid", { submissionId: "1", grid: [] }],
    ["submissionId a number", { submissionId: 1, grid: [] }],
    ["orgId with a slash", { submissionId: crypto.randomUUID(), orgId: "../sb", grid: [] }],
    ["orgId a number", { submissionId: crypto.randomUUID(), orgId: 7, grid: [] }],
    ["sheetName too long", { submissionId: crypto.randomUUID(), grid: [], sheetName: "л".repeat(201) }],
    ["grid missing", { submissionId: crypto.randomUUID() }],
  ])("submit: %s → 400 bad-request, nothing stored", async (_, body) => {
    const before = await count("submissions");
    const res = await call("POST", mx.submitPath, { token: mx.world.tokens.schoolA, body });
    await expectProblem(res, 400, "bad-request");
    expect(await count("submissions")).toBe(before);
  });

  it("submitting for another school, or to a campaign the school is not in, is 403", async () => {
    await expectProblem(await submitGrid(allDone(), { orgId: "sb" }), 403);
    await expectProblem(await submitGrid(allDone(), { orgId: "sc" }), 403);
  });

  it("hostile campaign ids in the path → 404 campaign-not-found, never a 500", async () => {
    for (const id of [
      "%00",
      "..%2F..%2Fsummary",
      "%E0%A4%A",
      "x".repeat(5000),
      "'%20OR%201=1--",
      "%F0%9F%92%A9",
    ]) {
      const res = await call("POST", `/api/v1/campaigns/${id}/submissions`, {
        token: mx.world.tokens.schoolA,
        body: { submissionId: crypto.randomUUID(), grid: [] },
      });
      expect(res.status, id).toBeGreaterThanOrEqual(400);
      expect(res.status, id).toBeLessThan(500);
      await expectProblem(res, res.status);
    }
  });

  it("hostile diff queries → 400 bad-query", async () => {
    for (const q of [
      "from=abc&to=1",
      "from=0&to=1",
      "from=1e400&to=1",
      "from=9007199254740993&to=1",
      "from=1&from=2&to=1",
      "",
    ]) {
      const res = await call("GET", `/api/v1/campaigns/${mx.campaignId}/orgs/sa/diff?${q}`, {
        token: mx.world.tokens.schoolA,
      });
      await expectProblem(res, 400, "bad-query");
    }
  });
});
