import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_CELL_CHARS } from "../../shared/api/limits.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone, TEMPLATE_ID } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// Google Sheets holds at most 50,000 characters in a cell. A longer one is refused before anything is
// stored, with 413 and the cell's A1 name — a 2 MB cell used to reach D1 and come back as a 500.

let world: World;
let campaignId: string;
beforeAll(async () => {
  world = await seedWorld();
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});

/** the filled template with `text` in row 4, column C */
function gridWith(text: string) {
  const grid = allDone().map((row) => [...row]);
  grid[3]![2] = text;
  return grid;
}
const submit = (grid: unknown) =>
  call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
    token: world.tokens.schoolA,
    body: { submissionId: crypto.randomUUID(), grid },
  });
const validate = (grid: unknown) =>
  call("POST", "/api/v1/validate", { token: world.tokens.schoolA, body: { templateId: TEMPLATE_ID, grid } });
const stored = async () =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>())!.n;

async function expectCellTooLarge(res: Response, cell: string) {
  expect(res.status).toBe(413);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const problem = await json<{ code: string; detail: string }>(res);
  expect(problem.code).toBe("cell-too-large");
  expect(problem.detail).toContain(`В ячейке ${cell} больше 50\u00a0000 символов`);
}

describe("cells longer than a sheet can hold", () => {
  it("50,001 characters → 413 naming C4, on submit and on validate; nothing stored", async () => {
    const before = await stored();
    const grid = gridWith("ж".repeat(MAX_CELL_CHARS + 1));
    await expectCellTooLarge(await submit(grid), "C4");
    await expectCellTooLarge(await validate(grid), "C4");
    expect(await stored()).toBe(before);
  });

  it("the reported 500: one ~2 MB cell, well under the 5 MB body limit → 413, never 5xx", async () => {
    const grid = gridWith("a".repeat(2_100_000));
    expect(JSON.stringify(grid).length).toBeLessThan(MAX_BODY_BYTES);
    await expectCellTooLarge(await submit(grid), "C4");
  });

  it("a cell far to the right and down is named in A1 (column AB, row 120)", async () => {
    const grid: unknown[][] = Array.from({ length: 120 }, () => []);
    grid[119]![27] = "x".repeat(MAX_CELL_CHARS + 1);
    await expectCellTooLarge(await validate(grid), "AB120");
  });

  it("exactly 50,000 characters are accepted and come back exactly", async () => {
    const text = `${"я".repeat(MAX_CELL_CHARS - 2)}😀`;
    expect(text.length).toBe(MAX_CELL_CHARS);
    const res = await submit(gridWith(text));
    expect(res.status, await res.clone().text()).toBe(201);
    const { submissionId } = await json<{ submissionId: string }>(res);
    const back = await json<{ grid: string[][] }>(
      await call("GET", `/api/v1/submissions/${submissionId}/grid`, { token: world.tokens.schoolA }),
    );
    expect(back.grid[3]![2]).toBe(text);
  });

  it("80 extra overdue items with 50,000-character texts (~4 MB) are stored (201), never a 5xx", async () => {
    const grid: unknown[][] = allDone().map((row) => [...row]);
    const width = grid[3]!.length;
    for (let i = 0; i < 80; i++) {
      const row: unknown[] = Array.from({ length: width }, () => "");
      row[0] = `9.${i + 1}`;
      row[1] = `${i} ${"m".repeat(MAX_CELL_CHARS - 10)}`;
      row[2] = "до 01.01.2020";
      grid.push(row);
    }
    expect(new TextEncoder().encode(JSON.stringify(grid)).length).toBeLessThan(MAX_BODY_BYTES);
    const res = await submit(grid);
    expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(201);
  });

  it("many cells of 50,000 characters within the body limit are stored (201), never a 5xx", async () => {
    const grid = allDone().map((row) => [...row]);
    // 40 long cells spread over the item rows (~2 M characters, ~4 MB of UTF-8)
    for (let i = 0; i < 40; i++) grid[3 + (i % 10)]![1 + Math.floor(i / 10)] = "д".repeat(MAX_CELL_CHARS);
    expect(new TextEncoder().encode(JSON.stringify(grid)).length).toBeLessThan(MAX_BODY_BYTES);
    const res = await submit(grid);
    expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(201);
  });
});
