import { beforeAll, describe, expect, it } from "vitest";
import type { Receipt, Summary } from "../../shared/api/index.ts";
import { csvCell } from "../../worker/src/services/summary-csv.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone, filledGrid, templateItemCount } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

let world: World;
let campaignId: string;
let summary: Summary;
const receipts: Record<string, Receipt> = {};

// Region-wide campaign: school A submits twice (latest counts, all done), B leaves out item 1.4 and
// has 1.1 (due 2020) still «в работе» (overdue on the 2023-12-31 report date), C (another
// municipality) leaves out items 1.1 and 1.4 (a draft); school D never submits.
beforeAll(async () => {
  world = await seedWorld();
  await call("POST", "/api/v1/orgs", {
    token: world.tokens.deptY,
    body: { parentId: "my", id: "sd", name: '=HYPERLINK("http://evil")', kind: "school" },
  });
  campaignId = (await openCampaign(world.tokens.region, "reg")).id;
  await submitGrid(world.tokens.schoolA, campaignId, filledGrid());
  receipts["sa"] = (await submitGrid(world.tokens.schoolA, campaignId, allDone())).body;
  receipts["sb"] = (
    await submitGrid(
      world.tokens.schoolB,
      campaignId,
      filledGrid((i) => (i < 2 ? { status: "в работе" } : {}), [3]),
    )
  ).body;
  receipts["sc"] = (
    await submitGrid(
      world.tokens.schoolC,
      campaignId,
      filledGrid(() => ({}), [0, 3]),
    )
  ).body;
  summary = await json<Summary>(
    await call("GET", `/api/v1/campaigns/${campaignId}/summary`, { token: world.tokens.region }),
  );
});

const org = (id: string) => summary.orgs.find((o) => o.orgId === id)!;

describe("GET /campaigns/{id}/summary", () => {
  it("lists every participant with its status from the latest version", () => {
    expect(summary.orgs.map((o) => o.orgId).sort()).toEqual(["sa", "sb", "sc", "sd"]);
    expect(org("sa")).toMatchObject({ status: "submitted", version: 2, errors: 0 });
    expect(org("sa").completion.done).toBe(org("sa").completion.required);
    expect(org("sc")).toMatchObject({ status: "draft", version: 1 });
    expect(org("sd")).toMatchObject({ status: "not-submitted", version: null, receivedAt: null });
    for (const id of ["sa", "sb", "sc"]) {
      expect(org(id).status).toBe(receipts[id]!.status);
      expect(org(id).receivedAt).toBe(receipts[id]!.receivedAt);
      expect(org(id).errors).toBe(receipts[id]!.counts.error);
    }
    // a missing required item blocks: B is a draft too
    expect(summary.counts).toEqual({ total: 4, notSubmitted: 1, draft: 2, submitted: 1, late: 0 });
  });

  it("flags missing and overdue items per organisation", () => {
    const b = org("sb");
    expect(b.missing.map((i) => i.code)).toEqual([summary.items[3]!.code]);
    expect(b.overdue.map((i) => i.code)).toContain(summary.items[0]!.code);
    expect(org("sc").missing.map((i) => i.code)).toEqual([summary.items[0]!.code, summary.items[3]!.code]);
    expect(org("sa").missing).toEqual([]);
    expect(org("sa").overdue).toEqual([]);
  });

  it("counts per template item across the latest versions", () => {
    expect(summary.items).toHaveLength(templateItemCount());
    const [first, , , fourth] = summary.items;
    expect(first).toMatchObject({ done: 1, overdue: 1, missing: 1 }); // A done, B overdue, C missing
    expect(fourth).toMatchObject({ done: 1, missing: 2 }); // B dropped it, C has nothing
  });

  it("rolls up one level: per municipality under the region", () => {
    const x = summary.groups.find((g) => g.orgId === "mx")!;
    const y = summary.groups.find((g) => g.orgId === "my")!;
    expect(x.name).toBe("ГО Стрежевой");
    expect(x.counts).toEqual({ total: 2, notSubmitted: 0, draft: 1, submitted: 1, late: 0 });
    expect(y.counts).toEqual({ total: 2, notSubmitted: 1, draft: 1, submitted: 0, late: 0 });
    expect(x.missing).toBe(org("sb").missing.length);
    expect(org("sa").groupId).toBe("mx");
  });

  it("a municipality's own campaign rolls up into one group: the municipality", async () => {
    const own = await openCampaign(world.tokens.deptX, "mx");
    await submitGrid(world.tokens.schoolA, own.id, allDone());
    const s = await json<Summary>(
      await call("GET", `/api/v1/campaigns/${own.id}/summary`, { token: world.tokens.deptX }),
    );
    expect(s.groups).toEqual([
      {
        orgId: "mx",
        name: "ГО Стрежевой",
        counts: { total: 2, notSubmitted: 1, draft: 0, submitted: 1, late: 0 },
        completion: { done: s.orgs[0]!.completion.done, required: s.orgs[0]!.completion.required * 2 },
        overdue: 0,
        missing: 0,
      },
    ]);
  });

  it("a municipality's department sees its own schools of the region's campaign; a school sees nothing", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary`, { token: world.tokens.deptX });
    expect(res.status).toBe(200);
    const scoped = await json<Summary>(res);
    expect(scoped.orgs.map((o) => o.orgId).sort()).toEqual(["sa", "sb"]);
    expect(scoped.counts.total).toBe(2);
    expect(scoped.groups.map((g) => g.orgId)).toEqual(["mx"]);
    const school = await call("GET", `/api/v1/campaigns/${campaignId}/summary`, {
      token: world.tokens.schoolA,
    });
    expect(school.status).toBe(403);
  });

  it("CSV: one row per organisation, formula-safe, BOM for Excel", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=csv`, {
      token: world.tokens.region,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Код организации;Организация;Группа;Статус;Версия/);
    expect(lines).toHaveLength(5);
    const evil = lines.find((l) => l.startsWith("sd;"))!;
    expect(evil).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines.some((l) => /;=/.test(l))).toBe(false);
    expect(
      lines.slice(1).every((l) => /;(сдано|не сдано|сдано с опозданием|черновик \(есть ошибки\));/.test(l)),
    ).toBe(true);
  });

  it("an unknown format is a 400", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=ods`, {
      token: world.tokens.region,
    });
    expect(res.status).toBe(400);
  });
});

describe("what counts: the latest submitted version, never a later draft", () => {
  it("a draft after a submitted version is flagged on the row and does not replace it", async () => {
    const own = await openCampaign(world.tokens.deptX, "mx");
    const accepted = (await submitGrid(world.tokens.schoolA, own.id, allDone())).body;
    const draft = (
      await submitGrid(
        world.tokens.schoolA,
        own.id,
        filledGrid(() => ({}), [0]),
      )
    ).body;
    expect(draft.status).toBe("draft");
    const s = await json<Summary>(
      await call("GET", `/api/v1/campaigns/${own.id}/summary`, { token: world.tokens.deptX }),
    );
    const a = s.orgs.find((o) => o.orgId === "sa")!;
    expect(a).toMatchObject({
      status: "submitted",
      version: accepted.version,
      receivedAt: accepted.receivedAt,
    });
    expect(a.missing).toEqual([]);
    expect(a.completion.done).toBe(a.completion.required);
    expect(a.newerDraft).toEqual({ version: draft.version, receivedAt: draft.receivedAt });
    expect(s.counts).toMatchObject({ submitted: 1, draft: 0 });
    // a newer submitted version counts again and clears the flag
    const again = (await submitGrid(world.tokens.schoolA, own.id, allDone())).body;
    const s2 = await json<Summary>(
      await call("GET", `/api/v1/campaigns/${own.id}/summary`, { token: world.tokens.deptX }),
    );
    expect(s2.orgs.find((o) => o.orgId === "sa")).toMatchObject({ version: again.version, newerDraft: null });
  });

  it("a school with drafts only shows its latest draft", () => {
    expect(org("sc")).toMatchObject({ status: "draft", version: 1, newerDraft: null });
  });
});

describe("csvCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+7 999", "'+7 999"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["обычный текст", "обычный текст"],
  ])("%j → %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("numbers stay numbers, null is empty", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
  });
});
