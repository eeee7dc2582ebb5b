import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { beforeAll, describe, expect, it } from "vitest";
import type { Receipt, Summary } from "../../shared/api/index.ts";
import { CSV_HEADER_RU, FINDINGS_HEADER_RU } from "../../shared/i18n/ru-summary.ts";
import { csvCell } from "../../worker/src/services/summary-csv.ts";
import { call, json } from "./helpers/call.ts";
import { openCampaign, submitGrid } from "./helpers/campaign.ts";
import { allDone, filledGrid, templateItemCount } from "./helpers/grids.ts";
import { seedWorld, type World } from "./helpers/world.ts";

let world: World;
let campaignId: string;
/** A summary asked for with ?include=findings: its findings are there. */
type WithFindings = Summary & Required<Pick<Summary, "findings">>;
let summary: WithFindings;
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
  summary = await json<WithFindings>(
    await call("GET", `/api/v1/campaigns/${campaignId}/summary?include=findings`, {
      token: world.tokens.region,
    }),
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
    expect(b.missing).toEqual([summary.items[3]!.code]);
    expect(b.overdue).toContain(summary.items[0]!.code);
    expect(org("sc").missing).toEqual([summary.items[0]!.code, summary.items[3]!.code]);
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

  it("XLSX: «Сводка», «Замечания», «Группы» with typed cells, read back with a real reader", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=xlsx`, {
      token: world.tokens.region,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const bytes = await res.arrayBuffer();
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((x) => x.sheet)).toEqual(["Сводка", "Замечания", "Группы"]);
    // in the XML itself: no formula anywhere, every item code of «Замечания» (column D) a string cell
    const xml = unzipSync(new Uint8Array(bytes));
    for (const name of Object.keys(xml).filter((n) => n.startsWith("xl/worksheets/"))) {
      expect(strFromU8(xml[name]!)).not.toMatch(/<f[ >]/);
    }
    const codeCells = [...strFromU8(xml["xl/worksheets/sheet2.xml"]!).matchAll(/<c r="D\d+"[^>]*>/g)];
    expect(codeCells.length).toBeGreaterThan(1);
    expect(codeCells.every((m) => m[0].includes('t="s"'))).toBe(true);
    const [schools, findings, groups] = sheets.map((x) => x.data);
    expect(schools![0]).toEqual([...CSV_HEADER_RU]);
    const a = schools!.find((r) => r[0] === "sa")!;
    // the group by name, as on «Замечания» (its code is on «Группы»)
    expect(a.slice(0, 3)).toEqual(["sa", "МОУ СОШ № 1", "ГО Стрежевой"]);
    // numbers are numbers, the time is a date cell (Moscow wall clock of the receipt)
    expect(a[4]).toBe(2);
    expect(a[5]).toBeInstanceOf(Date);
    const received = new Date(receipts["sa"]!.receivedAt);
    // Moscow is UTC+3 all year; a cell keeps whole seconds (a day fraction: compare to the second)
    const cellSeconds = Math.round((a[5] as unknown as Date).getTime() / 1000);
    expect(cellSeconds).toBe(Math.floor(received.getTime() / 1000) + 3 * 3600);
    expect(a[16]).toBe(100);
    const d = schools!.find((r) => r[0] === "sd")!;
    expect(d[1]).toBe('=HYPERLINK("http://evil")'); // a string cell: text, not a formula
    expect(d[16]).toBeNull();
    // «Замечания»: codes as text, one row per finding, the school and group by name
    expect(findings![0]).toEqual([...FINDINGS_HEADER_RU]);
    const missingB = findings!.find(
      (r) => r[1] === "sb" && String(r[5]).startsWith("Нет обязательного пункта"),
    )!;
    expect(missingB.slice(0, 5)).toEqual([
      "МОУ СОШ № 2",
      "sb",
      "ГО Стрежевой",
      summary.items[3]!.code,
      summary.items[3]!.activity,
    ]);
    expect(typeof missingB[3]).toBe("string");
    expect(missingB[6]).toBe("ошибка");
    expect(findings!.length - 1).toBe(summary.findings.length);
    expect(groups!.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["reg", 0, 4],
      ["mx", 1, 2],
      ["my", 1, 2],
    ]);
  });

  it("CSV times are in the campaign's time zone", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=csv`, {
      token: world.tokens.region,
    });
    const line = (await res.text())
      .split("\r\n")
      .find((l) => l.startsWith("sa;"))!
      .split(";");
    const at = new Date(new Date(receipts["sa"]!.receivedAt).getTime() + 3 * 3600_000);
    const two = (n: number) => String(n).padStart(2, "0");
    expect(line[5]).toBe(
      `${two(at.getUTCDate())}.${two(at.getUTCMonth() + 1)}.${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`,
    );
  });

  it("an unknown format is a 400", async () => {
    const res = await call("GET", `/api/v1/campaigns/${campaignId}/summary?format=ods`, {
      token: world.tokens.region,
    });
    expect(res.status).toBe(400);
  });
});

describe("roll-up at any depth", () => {
  it("region → municipality → cluster → school: a group row at each level, depth-first", async () => {
    const create = (body: Record<string, string>) =>
      call("POST", "/api/v1/orgs", { token: world.tokens.deptX, body });
    expect((await create({ parentId: "mx", id: "kx", name: "Куст «Север»", kind: "other" })).status).toBe(
      201,
    );
    expect(
      (await create({ parentId: "kx", id: "se", name: "МКОУ Северная ООШ", kind: "school" })).status,
    ).toBe(201);
    const c = await openCampaign(world.tokens.region, "reg", { participants: ["sa", "se", "sc"] });
    await submitGrid(world.tokens.schoolA, c.id, allDone());
    const s = await json<Summary>(
      await call("GET", `/api/v1/campaigns/${c.id}/summary`, { token: world.tokens.region }),
    );
    expect(
      s.tree.map((g) => [g.orgId, g.parentId, g.depth, g.name, g.counts.total, g.counts.submitted]),
    ).toEqual([
      ["reg", null, 0, "Томская область", 3, 1],
      ["mx", "reg", 1, "ГО Стрежевой", 2, 1],
      ["kx", "mx", 2, "Куст «Север»", 1, 0],
      ["my", "reg", 1, "Каргасокский район", 1, 0],
    ]);
    const [reg, mx, kx] = s.tree;
    expect(reg!.completion.done).toBe(mx!.completion.done);
    expect(kx!.counts.notSubmitted).toBe(1);
    // the one-level groups stay as they were
    expect(s.groups.map((g) => g.orgId)).toEqual(["mx", "my"]);
    // and the XLSX «Группы» sheet has every level with its depth
    const res = await call("GET", `/api/v1/campaigns/${c.id}/summary?format=xlsx`, {
      token: world.tokens.region,
    });
    const groups = (await readXlsxFile(await res.arrayBuffer())).find((x) => x.sheet === "Группы")!.data;
    expect(groups.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Томская область", "reg", 0],
      ["ГО Стрежевой", "mx", 1],
      ["Куст «Север»", "kx", 2],
      ["Каргасокский район", "my", 1],
    ]);
  });
});

describe("findings of the counted versions («Замечания»)", () => {
  it("one row per finding with the item it is about, its cell and the Russian problem", () => {
    const b = summary.findings.filter((f) => f.orgId === "sb");
    const missing = b.find((f) => f.code === "missing-item")!;
    expect(missing).toMatchObject({
      severity: "error",
      itemCode: summary.items[3]!.code,
      activity: summary.items[3]!.activity,
      row: null,
      column: null,
    });
    expect(missing.message).toContain(`Нет обязательного пункта ${summary.items[3]!.code}`);
    const overdue = b.find((f) => f.code === "overdue" && f.itemCode === summary.items[0]!.code)!;
    expect(overdue).toMatchObject({ severity: "warning", activity: summary.items[0]!.activity });
    expect(overdue.row).toBeGreaterThan(2);
    expect(overdue.column).toMatch(/^[A-Z]$/);
    // school A (all done) has no finding about items; D (nothing sent) has none at all
    expect(summary.findings.filter((f) => f.orgId === "sa" && f.code === "overdue")).toEqual([]);
    expect(summary.findings.filter((f) => f.orgId === "sd")).toEqual([]);
  });

  it("the default summary leaves them out; ?include=findings lists them, same rows otherwise", async () => {
    const plain = await json<Summary & { findings?: unknown }>(
      await call("GET", `/api/v1/campaigns/${campaignId}/summary`, { token: world.tokens.region }),
    );
    expect(summary.findings.length).toBeGreaterThan(0);
    expect("findings" in plain).toBe(false);
    const { findings: _all, generatedAt: _at, ...rest } = summary;
    const { generatedAt: _at2, ...plainRest } = plain;
    expect(plainRest).toEqual(rest);
    const bad = await call("GET", `/api/v1/campaigns/${campaignId}/summary?include=grids`, {
      token: world.tokens.region,
    });
    expect(bad.status).toBe(400);
  });

  it("a department below the campaign's org sees only its schools' findings", async () => {
    const scoped = await json<WithFindings>(
      await call("GET", `/api/v1/campaigns/${campaignId}/summary?include=findings`, {
        token: world.tokens.deptX,
      }),
    );
    expect(new Set(scoped.findings.map((f) => f.orgId))).toEqual(
      new Set(["sb"].concat(scoped.findings.some((f) => f.orgId === "sa") ? ["sa"] : [])),
    );
    expect(scoped.findings.some((f) => f.orgId === "sc")).toBe(false);
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
