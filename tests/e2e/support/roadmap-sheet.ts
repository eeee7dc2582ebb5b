// A methodist's hands on the inserted roadmap template: find an item's row by its «№» and type into
// its cells by column header, as a person fills the sheet (values go through the fake's locale).
import { expect } from "vitest";
import type { FakeSheet } from "../../addon/fakes/spreadsheet.ts";

/** 1-based sheet row of the item numbered `code` (the header is row 2), 0 when absent. */
export function rowOf(sheet: FakeSheet, code: string): number {
  return sheet.dump().findIndex((r, i) => i > 1 && String(r[0]).replace(/\.$/, "") === code) + 1;
}

/** The methodist's edits: status, proof, comment… of the item with `code`, by header name. */
export function fillItem(sheet: FakeSheet, code: string, cells: Record<string, string>): void {
  const header = sheet.dump()[1]!.map(String);
  const row = rowOf(sheet, code);
  expect(row, `item ${code}`).toBeGreaterThan(2);
  for (const [name, value] of Object.entries(cells)) {
    const col = header.indexOf(name);
    expect(col, `column ${name}`).toBeGreaterThanOrEqual(0);
    sheet.getRange(row, col + 1).setValue(value);
  }
}
