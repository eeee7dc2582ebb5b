import { describe, expect, it } from "vitest";
import { bundledAddon } from "./fakes/load-addon.ts";
import { schoolSheet, seedSheet } from "./sheets.ts";

const addon = bundledAddon();

describe("validateSheet", () => {
  it("reports findings grouped by severity, errors first, with cells to jump to", () => {
    const env = addon();
    const grid = schoolSheet(5);
    grid[3]![3] = "когда-нибудь"; // unknown deadline in D4
    grid[4]![1] = ""; // empty activity in B5
    env.book.addSheet("Моя карта", grid);
    const r = env.call("validateSheet");
    expect(r.ok).toBe(true);
    const v = r.value;
    expect(v.sheetName).toBe("Моя карта");
    expect(v.templateId).toBe("school-roadmap");
    expect(v.templateSource).toBe("picked");
    const order = v.groups.map((g: { severity: string }) => g.severity);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b),
      ),
    );
    const all = v.groups.flatMap((g: { findings: unknown[] }) => g.findings);
    expect(all).toContainEqual(expect.objectContaining({ code: "unknown-deadline", cell: "D4" }));
    expect(all).toContainEqual(expect.objectContaining({ code: "empty-activity", cell: "B5" }));
    for (const g of v.groups) expect(v.counts[g.severity]).toBe(g.findings.length);
  });

  it("checks a roadmap pasted from Word (seed 001) without an inserted template", () => {
    const env = addon();
    env.book.addSheet("Из Word", seedSheet("001_05aab9b01409ba82"));
    const r = env.call("validateSheet");
    expect(r.ok).toBe(true);
    expect(r.value.templateId).toBe("school-roadmap");
    expect(r.value.rows).toBeGreaterThan(5);
  });

  it.each([
    ["000_500b399dd1c1fd8e", "municipal-roadmap"],
    ["002_4851a492f0e147dc", "municipal-programme"],
    ["003_3ffaea0ad251f32c", "district-plan"],
    ["004_d0d44ac2c919aeb6", "institution-roadmap"],
  ])("checks seed %s as pasted, recognising %s", (seed, template) => {
    const env = addon();
    env.book.addSheet("Вставлено", seedSheet(seed));
    const r = env.call("validateSheet");
    expect(r.ok).toBe(true);
    expect(r.value.templateId).toBe(template);
    for (const g of r.value.groups) for (const f of g.findings) expect(f.message).toMatch(/[А-Яа-яЁё]/);
  });

  it("uses the template the add-on inserted into the sheet", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    env.call("insertTemplate", "municipal-roadmap", "");
    const r = env.call("validateSheet");
    expect(r.value.templateSource).toBe("inserted");
    expect(r.value.templateId).toBe("municipal-roadmap");
  });

  it("turns Date cells into ISO dates in the spreadsheet's zone before validating", () => {
    const env = addon();
    const grid = schoolSheet(3);
    // 1 June 2024 00:00 in Moscow is 31 May 21:00 UTC — the cell means 1 June
    grid[2]![3] = new Date(Date.UTC(2024, 4, 31, 21, 0));
    env.book.addSheet("Даты", grid);
    const r = env.call("validateSheet");
    const all = r.value.groups.flatMap((g: { findings: { cell: string; code: string }[] }) => g.findings);
    expect(
      all.filter((f: { cell: string }) => f.cell === "D3").map((f: { code: string }) => f.code),
    ).not.toContain("unknown-deadline");
  });

  it("makes the same number of Apps Script calls for 10 and for 1,000 rows", () => {
    const counts = [10, 1000].map((n) => {
      const env = addon();
      env.book.addSheet("Карта", schoolSheet(n));
      env.log.reset();
      const r = env.call("validateSheet");
      expect(r.ok).toBe(true);
      return { total: env.log.total(), calls: env.log.snapshot() };
    });
    expect(counts[1]!.calls).toEqual(counts[0]!.calls);
    expect(counts[0]!.calls["Range.getValues"]).toBe(1);
    expect(counts[0]!.total).toBeLessThan(15);
  });

  it("selectCell activates the finding's sheet and cell", () => {
    const env = addon();
    env.book.addSheet("Карта", schoolSheet(5));
    env.book.addSheet("Другой");
    expect(env.call("selectCell", "Карта", 4, "D")).toEqual({ ok: true, value: null });
    expect(env.book.activeSheet?.getName()).toBe("Карта");
    expect(env.book.activeRange?.getA1Notation()).toBe("D4");
    expect(env.call("selectCell", "Нет такого", 1, "A")).toMatchObject({
      ok: false,
      code: "sheet-not-found",
    });
  });

  it("says so in Russian when the sheet is empty", () => {
    const env = addon();
    env.book.addSheet("Пусто");
    expect(env.call("validateSheet")).toMatchObject({
      ok: false,
      code: "empty-sheet",
      message: expect.stringMatching(/пуст/),
    });
  });
});
