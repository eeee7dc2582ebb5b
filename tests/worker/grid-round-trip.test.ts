import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_CELL_CHARS } from "../../shared/api/limits.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { allDone } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

// The raw grid comes back exactly as received, whatever its text and however it is stored (D1 rows
// cut into chunks today; the test only talks HTTP, so it guards any other storage the same way).
// Astral characters (emoji, CJK extension B, mathematical letters) are two UTF-16 units: a cut between
// them used to come back as U+FFFD.

let world: World;
let campaignId: string;
beforeAll(async () => {
  world = await seedWorld();
  campaignId = (await openCampaign(world.tokens.deptX, "mx")).id;
});

async function roundTrip(grid: unknown[][]): Promise<unknown[][]> {
  const res = await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
    token: world.tokens.schoolA,
    body: { submissionId: crypto.randomUUID(), grid },
  });
  expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(201);
  const { submissionId } = await json<{ submissionId: string }>(res);
  const back = await call("GET", `/api/v1/submissions/${submissionId}/grid`, { token: world.tokens.schoolA });
  expect(back.status).toBe(200);
  return (await json<{ grid: unknown[][] }>(back)).grid;
}

/** `cells` cells of astral text after an ASCII prefix of `shift` characters, in one extra row */
function astralGrid(shift: number, astral: string, cells: number): unknown[][] {
  const per = Math.floor(MAX_CELL_CHARS / astral.length);
  const row: string[] = ["x".repeat(shift), ...Array.from({ length: cells }, () => astral.repeat(per))];
  return [...allDone(), row];
}

describe("raw grid round trip", () => {
  it("the reported case: an emoji whose two halves straddle the first 500,000-unit chunk boundary", async () => {
    // «a»s, an emoji and 10 «b», in cells a sheet can hold, after the filled template; as many «a»s as
    // put the emoji's high half at unit 500,000 of the grid's JSON (499,996 in the report's bare text)
    const grid: unknown[][] = [...allDone(), []];
    const fill = (as: number) => {
      const text = `${"a".repeat(as)}😀${"b".repeat(10)}`;
      const cells: string[] = [];
      for (let i = 0; i < text.length; ) {
        let end = Math.min(i + MAX_CELL_CHARS, text.length);
        if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
        cells.push(text.slice(i, end));
        i = end;
      }
      grid[grid.length - 1] = cells;
      return JSON.stringify(grid).indexOf("😀");
    };
    let as = 499_996;
    for (let step = 0; step < 5; step++) as += 499_999 - fill(as);
    expect(fill(as)).toBe(499_999);
    const back = await roundTrip(grid);
    expect(JSON.stringify(back)).not.toContain("\uFFFD");
    expect(back).toEqual(grid);
  });

  it("astral characters across every storage boundary: exact for any shift (property)", async () => {
    // ~1.1 M UTF-16 units of astral text: whatever the chunk size up to ~1 M, some boundary falls inside a
    // pair for one parity of the shift; the shift moves every boundary over every position of a pair.
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom("😀", "𠜎", "𝔸", "👩‍💻", "a😀"),
        async (shift, astral) => {
          const grid = astralGrid(shift, astral, 22);
          const back = await roundTrip(grid);
          expect(back).toEqual(grid);
        },
      ),
      { numRuns: 6 },
    );
  });

  it("lone surrogates and every odd code point survive too (property, small grids)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ unit: "binary", maxLength: 30 }), { maxLength: 6 }), { maxLength: 6 }),
        async (extra) => {
          const grid = [...allDone(), ...extra];
          expect(await roundTrip(grid)).toEqual(grid);
        },
      ),
      { numRuns: 25 },
    );
  });
});
