import { describe, expect, it } from "vitest";
import { CallLog } from "./fakes/calls.ts";
import { FakeSpreadsheet } from "./fakes/spreadsheet.ts";

function sheet() {
  const book = new FakeSpreadsheet(new CallLog());
  return {
    book,
    sheet: book.addSheet("Лист1", [
      ["a", 1],
      ["b", 2],
    ]),
  };
}

describe("fake SpreadsheetApp follows the real conventions", () => {
  it("is 1-based and reads empty cells as empty strings", () => {
    const { sheet: s } = sheet();
    expect(s.getRange(1, 1, 2, 3).getValues()).toEqual([
      ["a", 1, ""],
      ["b", 2, ""],
    ]);
    expect(s.getRange("B2").getValue()).toBe(2);
    expect(s.getRange(2, 1, 1, 2).getA1Notation()).toBe("A2:B2");
  });

  it("throws like Sheets when setValues does not match the range", () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([["x", "y"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([["x"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => s.getRange(1, 1, 1, 2).setBackgrounds([["#fff"]])).toThrow("number of columns");
  });

  it("refuses ranges outside the sheet and names that already exist", () => {
    const { book, sheet: s } = sheet();
    expect(() => s.getRange(1001, 1)).toThrow("outside the dimensions");
    expect(() => s.getRange(0, 1)).toThrow("Range not found");
    expect(() => book.insertSheet("Лист1")).toThrow("already exists");
  });

  it("counts calls made through the service objects", () => {
    const log = new CallLog();
    const book = new FakeSpreadsheet(log);
    book.addSheet("Лист1", [["a"]]);
    const s = book.getActiveSheet()!;
    s.getRange(1, 1).setValue("b").setNote("n");
    expect(log.snapshot()).toEqual({
      "Range.setNote": 1,
      "Range.setValue": 1,
      "Sheet.getRange": 1,
    });
  });
});
