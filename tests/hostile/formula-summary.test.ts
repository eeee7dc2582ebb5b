// Formula safety in the department's sheets: every string of the worker's summary — school names,
// ids, item codes, activities, group names — carries formula-looking text, and the bundled add-on
// must hand Sheets only inert text (leading apostrophe), while showing the text exactly as sent.
import { afterEach, describe, expect, it } from "vitest";
import { type Summary, SummarySchema } from "../../shared/api/summary.ts";
import { bundledAddon, type loadAddon } from "../addon/fakes/load-addon.ts";
import { campaign, configure } from "../addon/worker-fixtures.ts";
import { EVIL, UNSAFE_START } from "./support/evil.ts";
import { watchRawWrites } from "./support/raw-writes.ts";

const addon = bundledAddon();

let watch: ReturnType<typeof watchRawWrites> | null = null;
afterEach(() => {
  watch?.stop();
  watch = null;
});

function evilSummary(): Summary {
  const { participants: _p, ...c } = campaign;
  const flagged = [...EVIL];
  return SummarySchema.parse({
    campaign: { ...c, name: EVIL[0] },
    generatedAt: "2024-06-01T06:00:00Z",
    counts: { total: EVIL.length, notSubmitted: 1, draft: 1, submitted: EVIL.length - 2, late: 0 },
    orgs: EVIL.map((name, i) => ({
      // "-1" and "-" are legal ids (A-Z, 0-9, _ and -)
      orgId: i === 2 ? "-1" : i === 8 ? "-" : `s${i}`,
      name,
      groupId: i % 2 ? "-g" : "g1",
      status: i === 0 ? "not-submitted" : i === 1 ? "draft" : "submitted",
      version: i === 0 ? null : i,
      receivedAt: i === 0 ? null : "2024-05-20T07:30:00Z",
      errors: i === 1 ? 2 : 0,
      warnings: 1,
      completion: { done: i, required: 10 },
      missing: i === 0 ? [] : flagged.slice(0, 3),
      overdue: i === 0 ? [] : flagged.slice(3),
      targetsNotMet: flagged.slice(5),
    })),
    items: EVIL.map((e, i) => ({
      code: e,
      activity: e,
      required: i % 2 === 0,
      done: i,
      overdue: 1,
      missing: 0,
      inProgress: 0,
      notStarted: 0,
      actualTotal: i % 3 === 0 ? -5 : 15,
      targetTotal: 22,
      targetsMet: 1,
      targetsNotMet: 1,
    })),
    groups: [
      {
        orgId: "g1",
        name: EVIL[3],
        counts: { total: 5, notSubmitted: 1, draft: 1, submitted: 3, late: 0 },
        completion: { done: 1, required: 10 },
        overdue: 1,
        missing: 1,
      },
      {
        orgId: "-g",
        name: EVIL[1],
        counts: { total: 5, notSubmitted: 0, draft: 0, submitted: 5, late: 0 },
        completion: { done: 5, required: 10 },
        overdue: 0,
        missing: 0,
      },
    ],
  });
}

function department(summary: Summary) {
  const env = addon();
  env.book.addSheet("Лист1");
  configure(env);
  env.urlFetch.respond((req) =>
    /\/summary(\?|$)/.test(req.url) ? { body: summary } : { status: 404, body: {} },
  );
  return env;
}

const formulas = (env: ReturnType<typeof loadAddon>) =>
  env.book.sheets.flatMap((s) =>
    [...s.cells.entries()].filter(([, c]) => c.formula).map(([k, c]) => `${s.getName()}!${k}=${c.formula}`),
  );

describe("«Собрать сводку» with formula-looking text everywhere", () => {
  it("hands Sheets no string that would be parsed as a formula or a number", () => {
    const env = department(evilSummary());
    watch = watchRawWrites();
    const r = env.call("collectSummary");
    expect(r.ok, r.message).toBe(true);
    expect(watch.writes.length).toBeGreaterThan(EVIL.length * 3);
    expect(watch.unsafe().map((w) => `${w.sheet}!${w.a1} ${JSON.stringify(w.value)}`)).toEqual([]);
    expect(formulas(env)).toEqual([]);
  });

  it("shows each school's text exactly as it came (names, ids, codes, activities, groups)", () => {
    const env = department(evilSummary());
    env.call("collectSummary");
    const summary = env.book.sheet("Сводка").dump();
    const names = summary.slice(1).map((r) => r[0]);
    expect(names).toEqual([...EVIL]);
    expect(summary.slice(1).map((r) => r[1])).toContain("-1");
    const flaggedCell = String(summary[2]![10]);
    for (const e of EVIL.slice(0, 4)) expect(flaggedCell).toContain(e);

    const items = env.book.sheet("Сводка по пунктам").dump().slice(1);
    expect(items.map((r) => r[0])).toEqual([...EVIL]);
    expect(items.map((r) => r[1])).toEqual([...EVIL]);

    const groups = env.book.sheet("Сводка: территории").dump();
    expect(groups.slice(1).map((r) => r[0])).toEqual([EVIL[3], EVIL[1]]);
  });

  it("keeps numbers numbers (a negative total is a number, not neutralised text)", () => {
    const env = department(evilSummary());
    env.call("collectSummary");
    const summary = env.book.sheet("Сводка").dump();
    expect(typeof summary[2]![3]).toBe("number");
    expect(typeof summary[2]![5]).toBe("number");
    const indicators = env.book.sheet("Сводка: показатели").dump().slice(1);
    expect(indicators.some((r) => r[2] === -5)).toBe(true);
  });

  it("stays inert on refresh, when the department's old rows are read back and rewritten", () => {
    const env = department(evilSummary());
    env.call("collectSummary");
    watch = watchRawWrites();
    expect(env.call("collectSummary").ok).toBe(true);
    expect(watch.unsafe()).toEqual([]);
    expect(formulas(env)).toEqual([]);
    expect(
      env.book
        .sheet("Сводка")
        .dump()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([...EVIL]);
  });

  it("stays inert when the schools leave the campaign and their old rows are kept («нет в кампании»)", () => {
    const env = department(evilSummary());
    env.call("collectSummary");
    const { participants: _p, ...c } = campaign;
    const later = SummarySchema.parse({
      ...evilSummary(),
      campaign: c,
      counts: { total: 1, notSubmitted: 1, draft: 0, submitted: 0, late: 0 },
      orgs: [
        {
          orgId: "new",
          name: "Новая школа",
          groupId: "g1",
          status: "not-submitted",
          version: null,
          receivedAt: null,
          errors: 0,
          warnings: 0,
          completion: { done: 0, required: 10 },
          missing: [],
          overdue: [],
          targetsNotMet: [],
          newerDraft: null,
        },
      ],
    });
    env.urlFetch.respond((req) =>
      /\/summary(\?|$)/.test(req.url) ? { body: later } : { status: 404, body: {} },
    );
    watch = watchRawWrites();
    expect(env.call("collectSummary").ok).toBe(true);
    const rows = env.book.sheet("Сводка").dump();
    expect(rows.filter((r) => r[2] === "нет в кампании")).toHaveLength(EVIL.length);
    expect(watch.unsafe().map((w) => `${w.sheet}!${w.a1} ${JSON.stringify(w.value)}`)).toEqual([]);
    expect(formulas(env)).toEqual([]);
  });

  it("a department's own row without a school id (a totals formula) is left as it is on refresh", () => {
    const env = department(evilSummary());
    env.call("collectSummary");
    const sheet = env.book.sheet("Сводка");
    const totals = sheet.getLastRow() + 1;
    sheet.getRange(totals, 1).setValue("Итого");
    sheet.getRange(totals, 6).setValue(`=AVERAGE(F2:F${totals - 1})`);
    expect(env.call("collectSummary").ok).toBe(true);
    // documented: "rows without a school id are left as they are"
    expect(sheet.cellAt(totals, 6).formula).toBe(`=AVERAGE(F2:F${totals - 1})`);
  });

  it("the trigger test itself catches what it should", () => {
    for (const e of EVIL.slice(0, 6)) expect(UNSAFE_START.test(e)).toBe(true);
    expect(UNSAFE_START.test("'=1")).toBe(false);
  });
});
