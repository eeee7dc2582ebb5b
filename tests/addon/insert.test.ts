import { describe, expect, it } from "vitest";
import { getTemplate } from "../../shared/templates/registry.ts";
import { bundledAddon } from "./fakes/load-addon.ts";

const addon = bundledAddon();

describe("insertTemplate", () => {
  it("creates a finished-looking sheet from a built-in roadmap template", () => {
    const env = addon();
    env.book.addSheet("Лист1", [["моё"]]);
    const r = env.call("insertTemplate", "school-roadmap", "2023-2024 учебный год");
    expect(r.ok).toBe(true);
    const t = getTemplate("school-roadmap")!;
    const sheet = env.book.sheet(r.value.sheetName);
    expect(r.value.sheetName).toBe(t.name);
    expect(env.book.activeSheet?.getName()).toBe(t.name);

    const values = sheet.dump();
    expect(String(values[0]![0])).toContain("на 2023-2024 учебный год");
    expect(values[1]).toEqual(t.columns.map((c) => c.header));
    const codes = values.slice(2).map((r) => String(r[0]));
    for (const item of t.items.filter((i) => i.required)) expect(codes).toContain(item.code);

    expect(sheet.frozenRows).toBe(2);
    t.columns.forEach((c, i) => {
      expect(sheet.getColumnWidth(i + 1)).toBe(c.width ?? 120);
    });
    expect(sheet.cell("A2").fontWeight).toBe("bold");
    expect(sheet.cell("B3").wrap || sheet.cell("B4").wrap).toBe(true);
    // codes stay text so "1.1" never becomes 1 January
    expect(sheet.cell("A3").format).toBe("@");

    const statusCol = t.columns.findIndex((c) => c.role === "status") + 1;
    const rule = sheet.cellAt(3, statusCol).validation;
    expect(rule?.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(rule?.getCriteriaValues()[0]).toEqual(t.statuses);
    expect(rule?.getHelpText()).toContain("выполнено");
    // the dropdown also covers rows the school adds below the template
    expect(sheet.cellAt(values.length + 50, statusCol).validation).not.toBeNull();

    expect(sheet.protections.length).toBeGreaterThan(0);
    for (const p of sheet.protections) {
      expect(p.isWarningOnly()).toBe(true);
      expect(p.getRange().getColumn() + p.getRange().getNumColumns() - 1).toBeLessThan(statusCol);
    }
    // the user's own sheet is untouched
    expect(env.book.sheet("Лист1").dump()).toEqual([["моё"]]);
  });

  it("inserting twice makes a second sheet and leaves the first one as the user filled it", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    const first = env.call("insertTemplate", "municipal-roadmap", "");
    env.book.sheet(first.value.sheetName).getRange(3, 7).setValue("выполнено");
    const second = env.call("insertTemplate", "municipal-roadmap", "");
    expect(second.ok).toBe(true);
    expect(second.value.sheetName).toBe(`${first.value.sheetName} (2)`);
    expect(env.book.sheet(first.value.sheetName).cellAt(3, 7).value).toBe("выполнено");
    expect(env.book.sheets).toHaveLength(3);
  });

  it("inserts the indicator table template too", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    const r = env.call("insertTemplate", "efficiency-criteria", "");
    expect(r.ok).toBe(true);
    expect(env.book.sheet(r.value.sheetName).getLastRow()).toBeGreaterThan(3);
  });

  it("answers an unknown template with a Russian error, not an exception", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    const r = env.call("insertTemplate", "no-such", "");
    expect(r).toMatchObject({ ok: false, code: "template-not-found" });
    expect(r.message).toContain("no-such");
  });

  it("applies formats with a fixed number of calls whatever the template size", () => {
    const env = addon();
    env.book.addSheet("Лист1");
    env.call("insertTemplate", "district-plan", "");
    expect(env.log.count("Range.setValues")).toBe(1);
    expect(env.log.count("Range.setBackgrounds")).toBe(1);
    expect(env.log.count("Range.setValue")).toBe(0);
  });
});
