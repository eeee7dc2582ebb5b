import { describe, expect, it } from "vitest";
import { bundledAddon } from "./fakes/load-addon.ts";
import { schoolSheet } from "./sheets.ts";

const addon = bundledAddon();

function withProblems() {
  const env = addon();
  const grid = schoolSheet(6);
  grid[3]![3] = "когда-нибудь"; // D4: unknown deadline
  grid[4]![1] = ""; // B5: empty activity
  const sheet = env.book.addSheet("Карта", grid);
  // what the user had before: a yellow D4 with their own note, a note starting with "=" on B5
  sheet.getRange("D4").setBackground("#ffff00").setNote("уточнить у директора");
  sheet.getRange("B5").setNote("=не формула");
  sheet.getRange("A1").setBackground("#00ff00");
  return { env, sheet };
}

describe("highlight and restore", () => {
  it("colours problem cells and explains them in notes", () => {
    const { env, sheet } = withProblems();
    const r = env.call("highlightSheet");
    expect(r.ok).toBe(true);
    expect(r.value.cells).toBeGreaterThanOrEqual(2);
    expect(sheet.cell("D4").background).not.toBe("#ffff00");
    expect(sheet.cell("D4").note).toMatch(/^Сводка:/);
    expect(sheet.cell("B5").note).toMatch(/^Сводка:/);
    expect(sheet.cell("A1").background).toBe("#00ff00");
    // the backup lives in a hidden sheet
    expect(env.book.sheet("_svodka_highlight").isSheetHidden()).toBe(true);
  });

  it("«Снять подсветку» restores exactly the backgrounds and notes the user had", () => {
    const { env, sheet } = withProblems();
    const before = {
      bg: sheet.getRange(1, 1, 8, 9).getBackgrounds(),
      notes: sheet.getRange(1, 1, 8, 9).getNotes(),
    };
    env.call("highlightSheet");
    const r = env.call("clearSheetHighlight");
    expect(r.ok).toBe(true);
    expect(sheet.getRange(1, 1, 8, 9).getBackgrounds()).toEqual(before.bg);
    expect(sheet.getRange(1, 1, 8, 9).getNotes()).toEqual(before.notes);
    expect(sheet.cell("B5").note).toBe("=не формула");
    expect(env.call("clearSheetHighlight")).toMatchObject({ ok: false, code: "no-highlight" });
  });

  it("highlighting twice still restores the user's own colours, not the first highlight", () => {
    const { env, sheet } = withProblems();
    env.call("highlightSheet");
    env.call("highlightSheet");
    env.call("clearSheetHighlight");
    expect(sheet.cell("D4").background).toBe("#ffff00");
    expect(sheet.cell("D4").note).toBe("уточнить у директора");
  });

  it("keeps a colour the user set on a highlighted cell after highlighting", () => {
    const { env, sheet } = withProblems();
    env.call("highlightSheet");
    sheet.getRange("D4").setBackground("#0000ff");
    env.call("clearSheetHighlight");
    expect(sheet.cell("D4").background).toBe("#0000ff");
    expect(sheet.cell("D4").note).toBe("уточнить у директора");
  });

  it("still restores after the user deleted rows at the end of the sheet", () => {
    const { env, sheet } = withProblems();
    env.call("highlightSheet");
    sheet.maxRows = 6; // rows 7… deleted
    const r = env.call("clearSheetHighlight");
    expect(r.ok).toBe(true);
    expect(sheet.cell("D4").background).toBe("#ffff00");
  });

  it("keeps other sheets' highlights when one sheet is restored", () => {
    const { env } = withProblems();
    env.call("highlightSheet");
    const other = env.book.addSheet("Вторая", schoolSheet(4));
    other.getRange("B3").setValue("");
    env.call("highlightSheet");
    const otherNote = other.cell("B3").note;
    expect(otherNote).toMatch(/^Сводка:/);
    env.book.activeSheet = env.book.sheet("Карта");
    env.call("clearSheetHighlight");
    expect(other.cell("B3").note).toBe(otherNote);
    env.book.activeSheet = other;
    expect(env.call("clearSheetHighlight").ok).toBe(true);
    expect(other.cell("B3").note).toBe("");
  });

  it("paints with the same number of calls for 10 and 1,000 problem rows", () => {
    const totals = [10, 1000].map((n) => {
      const env = addon();
      const grid = schoolSheet(n);
      for (let r = 2; r < grid.length; r++) grid[r]![3] = "когда-нибудь";
      env.book.addSheet("Карта", grid);
      env.call("highlightSheet"); // creates the backup sheet
      env.log.reset();
      env.call("highlightSheet");
      const paint = env.log.snapshot();
      env.log.reset();
      env.call("clearSheetHighlight");
      return { paint, clear: env.log.snapshot() };
    });
    expect(totals[1]!.paint).toEqual(totals[0]!.paint);
    expect(totals[1]!.clear).toEqual(totals[0]!.clear);
  });
});
