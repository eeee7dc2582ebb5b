import { beforeAll, describe, expect, it } from "vitest";
import { buildAddon, loadAddon } from "./fakes/load-addon.ts";
import { configure, respondAsSchool, review } from "./worker-fixtures.ts";

// The department's item remarks on the school's roadmap sheet, in the bundled add-on: each remark
// knows its item's row (found by the shared roadmap reader, not by scanning text), «Показать замечания
// на листе» paints those rows with the remark as a note, and «Снять подсветку» clears it with the
// findings' highlight.
let dist = "";
beforeAll(async () => {
  dist = await buildAddon();
});

const REMARK_COLOUR = "#e4d7f5";
const FORMULA = '=HYPERLINK("http://evil.example";"срок")';

const REMARKS = [
  { code: "3", comment: "уточните срок" },
  { code: "5.", comment: FORMULA },
  { code: "9.9", comment: "нет такого пункта" },
];

/** A school whose campaign returned the report with `items`; the roadmap inserted from the template. */
function school(items = REMARKS) {
  const env = loadAddon(dist);
  env.book.addSheet("Лист1");
  configure(env);
  respondAsSchool(env, [review({ state: "returned", comment: "Исправьте сроки", items })]);
  const inserted = env.call("insertTemplate", "school-roadmap", "2023-2024 учебный год");
  expect(inserted.ok, inserted.message).toBe(true);
  const sheet = env.book.getActiveSheet()!;
  return { env, sheet, name: sheet.getName() };
}

/** The row whose code cell (column A) holds `code`, worked out from the sheet as a person reads it. */
function rowOfCode(sheet: { dump(): unknown[][] }, code: string): number {
  const i = sheet.dump().findIndex((r) => String(r[0]).trim() === code);
  expect(i, `item ${code} on the sheet`).toBeGreaterThan(0);
  return i + 1;
}

describe("school: the department's item remarks on the roadmap", () => {
  it("lists each remark with its item's row; one no longer on the sheet has none", () => {
    const { env, sheet, name } = school();
    const r = env.call("loadMyReview");
    expect(r.ok, r.message).toBe(true);
    const row3 = rowOfCode(sheet, "3");
    const row5 = rowOfCode(sheet, "5");
    expect(r.value.sheetName).toBe(name);
    expect(r.value.items).toEqual([
      { code: "3", comment: "уточните срок", row: row3, column: "A", cell: `A${row3}` },
      { code: "5.", comment: FORMULA, row: row5, column: "A", cell: `A${row5}` },
      { code: "9.9", comment: "нет такого пункта", row: null, column: null, cell: null },
    ]);
  });

  it("follows the item when the roadmap sits lower on another sheet (the reader, not a fixed row)", () => {
    const { env, sheet } = school();
    const before = rowOfCode(sheet, "3");
    const moved = env.book.addSheet("Карта 2", [["Утверждаю"], ["директор"], ...sheet.dump()]);
    env.book.setActiveSheet(moved);
    const r = env.call("loadMyReview");
    expect(r.value.sheetName).toBe("Карта 2");
    expect(r.value.items[0]).toMatchObject({ code: "3", row: before + 2, cell: `A${before + 2}` });
  });

  it("a remark's cell is selected by the sidebar's selectCell (as findings are)", () => {
    const { env, name } = school();
    const r = env.call("loadMyReview");
    const item = r.value.items[0];
    expect(env.call("selectCell", name, item.row, item.column).ok).toBe(true);
    expect(env.book.getActiveRange()!.getA1Notation()).toBe(item.cell);
  });

  it("«Показать замечания на листе» paints the rows in one batch, the remark as the code cell's note, never a formula", () => {
    const { env, sheet } = school();
    const row3 = rowOfCode(sheet, "3");
    const row5 = rowOfCode(sheet, "5");
    const width = sheet.getLastColumn();
    env.call("loadMyReview"); // the receipt log exists, so only the highlight is counted below
    env.log.reset();
    const r = env.call("highlightMyRemarks");
    expect(r.ok, r.message).toBe(true);
    expect(r.value.rows).toBe(2);
    expect(r.value.cells).toBe(2 * width);
    expect(r.value.message).toContain("Подсвечено строк с замечаниями: 2");
    expect(r.value.items[2]).toMatchObject({ code: "9.9", row: null });
    for (const row of [row3, row5]) {
      const backgrounds = sheet.getRange(row, 1, 1, width).getBackgrounds()[0];
      expect(backgrounds).toEqual(new Array(width).fill(REMARK_COLOUR));
    }
    expect(sheet.getRange(row3 - 1, 1).getBackground()).not.toBe(REMARK_COLOUR);
    expect(sheet.cell(`A${row3}`).note).toBe("Сводка: Замечания по пунктам\n• 3: уточните срок");
    expect(sheet.cell(`A${row5}`).note).toBe(`Сводка: Замечания по пунктам\n• 5.: ${FORMULA}`);
    // the backup keeps the remark's note as text: nothing the department wrote becomes a formula
    const backup = env.book.sheet("_svodka_highlight");
    expect(backup.getRange(1, 1, backup.getLastRow(), 7).getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(backup.dump().some((row) => String(row[6]).includes(FORMULA))).toBe(true);
    // one read and one write of the roadmap's decor, whatever the number of remarks
    expect(env.log.count("Range.setBackgrounds")).toBe(1);
    expect(env.log.count("Range.setNotes")).toBe(1);
    expect(env.log.count("Range.getNotes")).toBe(1);
  });

  it("«Снять подсветку» clears the remarks and the findings' highlight together, back to the user's own", () => {
    const { env, sheet } = school();
    const row3 = rowOfCode(sheet, "3");
    sheet.getRange(`B${row3}`).setBackground("#00ff00").setNote("моя заметка");
    const before = {
      bg: sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getBackgrounds(),
      notes: sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getNotes(),
    };
    expect(env.call("highlightSheet").ok).toBe(true); // an empty template has findings of its own
    const findingNotes = sheet
      .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
      .getNotes()
      .flat()
      .filter((n) => n.startsWith("Сводка:")).length;
    expect(findingNotes).toBeGreaterThan(0);
    expect(env.call("highlightMyRemarks").ok).toBe(true);
    // the remarks did not undo the findings: their notes are still there beside the remarks'
    const both = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getNotes().flat();
    expect(both.filter((n) => n.startsWith("Сводка: Замечания")).length).toBe(2);
    expect(both.filter((n) => n.startsWith("Сводка:")).length).toBeGreaterThanOrEqual(findingNotes);
    expect(sheet.cell(`B${row3}`).background).toBe(REMARK_COLOUR);
    // showing the remarks twice does not save our own paint as the user's
    expect(env.call("highlightMyRemarks").ok).toBe(true);
    expect(env.call("clearSheetHighlight").ok).toBe(true);
    const range = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
    expect(range.getBackgrounds()).toEqual(before.bg);
    expect(range.getNotes()).toEqual(before.notes);
    expect(sheet.cell(`B${row3}`).note).toBe("моя заметка");
  });

  it("says so when the active sheet is no roadmap, or the review has no item remarks", () => {
    const { env } = school();
    env.book.setActiveSheet(env.book.sheet("Лист1"));
    const r = env.call("loadMyReview");
    expect(r.value.sheetName).toBeNull();
    expect(r.value.items.map((i: { row: unknown }) => i.row)).toEqual([null, null, null]);
    expect(env.call("highlightMyRemarks")).toMatchObject({
      ok: false,
      message: "Откройте лист с дорожной картой, чтобы перейти к пунктам с замечаниями.",
    });
    const none = school([]);
    expect(none.env.call("highlightMyRemarks")).toMatchObject({
      ok: false,
      message: "В последней проверке нет замечаний по пунктам.",
    });
  });
});
