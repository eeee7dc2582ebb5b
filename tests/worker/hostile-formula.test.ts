// Formula-looking text from schools through the worker: stored and returned as data in JSON, and
// never a live formula in the CSV summary (every such cell starts with an apostrophe).
import { beforeAll, describe, expect, it } from "vitest";
import type { Summary } from "../../shared/api/summary.ts";
import { parseCsv } from "../hostile/support/csv.ts";
import { EVIL as ALL_EVIL, UNSAFE_START } from "../hostile/support/evil.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign } from "./helpers/campaign.ts";
import { filledGrid } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

const EVIL = ALL_EVIL.slice(0, 6);

let world: World;
let campaignId: string;
const schoolIds: string[] = [];

beforeAll(async () => {
  world = await seedWorld();
  // The department names its schools; one name per hostile string.
  for (const [i, name] of EVIL.entries()) {
    const res = await call("POST", "/api/v1/orgs", {
      token: world.tokens.deptX,
      body: { parentId: "mx", name, kind: "school", id: i === 2 ? "-1" : `evil${i}` },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    schoolIds.push((await json<{ id: string }>(res)).id);
  }
  campaignId = (await openCampaign(world.tokens.deptX, "mx", { participants: schoolIds })).id;
  // Each school's sheet: the evil text in activity, responsible, actual, comment of an overdue item.
  for (const orgId of schoolIds) {
    const grid = filledGrid((i) =>
      i < 3 ? { status: "в работе" } : { status: "выполнено", proof: "https://x.example/d" },
    );
    const item = grid[3]!;
    const extra: string[] = item.map((_, j) => (j === 0 ? "9.1" : EVIL[j % EVIL.length]!));
    extra[4] = "сентябрь 2020"; // deadline column: long past, so the item is overdue
    grid.push(extra);
    const res = await call("POST", `/api/v1/campaigns/${campaignId}/submissions`, {
      token: world.tokens.deptX,
      body: { submissionId: crypto.randomUUID(), orgId, grid },
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
});

describe("formula-looking text through the worker", () => {
  it("JSON summary: names and overdue activities come back exactly as sent (data, not altered)", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary`, { token: world.tokens.deptX });
    expect(res.status).toBe(200);
    const summary = await json<Summary>(res);
    // org names are trimmed when created, so "\t=1+1" is stored as "=1+1"
    expect(summary.orgs.map((o) => o.name).sort()).toEqual(EVIL.map((e) => e.trim()).sort());
    expect(summary.orgs.every((o) => o.overdue.includes("9.1"))).toBe(true);
    // the stored submission gives the school's cells back as data (trimmed by the engine)
    const history = await call("GET", `/api/v1/campaigns/${campaignId}/orgs/${schoolIds[0]}/submissions`, {
      token: world.tokens.deptX,
    });
    const { versions } = await json<{ versions: { submissionId: string }[] }>(history);
    const detail = await call("GET", `/api/v1/submissions/${versions[0]!.submissionId}`, {
      token: world.tokens.deptX,
    });
    const items = (await json<{ items: { code: string | null; activity: string }[] }>(detail)).items;
    expect(items.find((i) => i.code === "9.1")?.activity).toBe(EVIL[1]);
  });

  it("CSV summary: no cell can start a formula; school names keep their text after an apostrophe", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=csv`, {
      token: world.tokens.deptX,
    });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\ufeff/, "");
    const rows = parseCsv(text);
    expect(rows.length).toBe(EVIL.length + 1);
    const width = rows[0]!.length;
    for (const row of rows) expect(row).toHaveLength(width);
    const offenders = rows.flat().filter((cell) => UNSAFE_START.test(cell));
    expect(offenders).toEqual([]);
    const names = rows.slice(1).map((r) => r[1]!);
    expect(names.sort()).toEqual(EVIL.map((e) => `'${e.trim()}`).sort());
    // the id "-1" is school text too
    expect(rows.slice(1).map((r) => r[0])).toContain("'-1");
  });

  it("the CSV reader above is not fooled: it sees a raw trigger when one is there", () => {
    expect(parseCsv('a;"=1+1"\r\n"x\r\ny";-1\r\n')).toEqual([
      ["a", "=1+1"],
      ["x\r\ny", "-1"],
    ]);
  });
});
