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

describe("fake SpreadsheetApp types values like a ru_RU spreadsheet", () => {
  function typed(...values: unknown[]) {
    const book = new FakeSpreadsheet(new CallLog());
    const s = book.addSheet("Лист1");
    s.getRange(1, 1, 1, values.length).setValues([values]);
    return { book, s, row: s.getRange(1, 1, 1, values.length) };
  }

  it("turns 1.1 into 1 January of this year and 12.05.2024 into a date, at Moscow midnight", () => {
    const { row } = typed("1.1", "12.05.2024", "2024-05-12", "31.02.2024", "1.13");
    const [jan1, may12, iso, feb31, notDate] = row.getValues()[0]!;
    const year = Number(
      new Intl.DateTimeFormat("en", { timeZone: "Europe/Moscow", year: "numeric" }).format(),
    );
    expect(jan1).toEqual(new Date(Date.UTC(year, 0, 1) - 3 * 3_600_000));
    expect(may12).toEqual(new Date("2024-05-11T21:00:00Z"));
    expect(iso).toEqual(new Date("2024-05-11T21:00:00Z"));
    // not a real day or month: stays text
    expect(feb31).toBe("31.02.2024");
    expect(notDate).toBe("1.13");
    expect(row.getDisplayValues()[0]!.slice(0, 3)).toEqual(["01.01", "12.05.2024", "2024-05-12"]);
  });

  it("reads 1,5 and 15% as numbers, TRUE and ИСТИНА as booleans, and shows them the Russian way", () => {
    const { row } = typed("1,5", "15%", "TRUE", "ИСТИНА", "ложь", "007", "1.5.", "+7 школа");
    expect(row.getValues()[0]).toEqual([1.5, 0.15, true, true, false, 7, "1.5.", "+7 школа"]);
    expect(row.getDisplayValues()[0]!.slice(0, 6)).toEqual(["1,5", "15%", "ИСТИНА", "ИСТИНА", "ЛОЖЬ", "7"]);
  });

  it("keeps strings in text-formatted cells and after an apostrophe", () => {
    const book = new FakeSpreadsheet(new CallLog());
    const s = book.addSheet("Лист1");
    s.getRange("A1:B1").setNumberFormat("@");
    s.getRange("A1:C1").setValues([["1.1", "007", "'1,5"]]);
    expect(s.getRange("A1:C1").getValues()).toEqual([["1.1", "007", "1,5"]]);
  });

  it("follows the spreadsheet's own time zone and locale", () => {
    const book = new FakeSpreadsheet(new CallLog());
    book.setSpreadsheetTimeZone("Asia/Vladivostok");
    const s = book.addSheet("Лист1", [["12.05.2024"]]);
    expect(s.getRange("A1").getValue()).toEqual(new Date("2024-05-11T14:00:00Z"));
    book.setSpreadsheetLocale("en_US");
    s.getRange("A2:C2").setValues([["1.5", "5/12/2024", "1,5"]]);
    expect(s.getRange("A2:C2").getValues()).toEqual([[1.5, new Date("2024-05-11T14:00:00Z"), "1,5"]]);
  });

  it("computes formulas for getValues and keeps them for getFormulas", () => {
    const { s } = typed(10, "20", "=AVERAGE(A1:B1)", "=SUM(A1:B1)*2", "=A1/0", "=НЕИЗВЕСТНО(A1)");
    expect(s.getRange("A1:F1").getValues()).toEqual([[10, 20, 15, 60, "#DIV/0!", "#NAME?"]]);
    expect(s.getRange("C1:D1").getFormulas()).toEqual([["=AVERAGE(A1:B1)", "=SUM(A1:B1)*2"]]);
    expect(s.getRange("A1:B1").getFormulas()).toEqual([["", ""]]);
    s.getRange("A1").setValue(30);
    expect(s.getRange("C1").getValue()).toBe(25);
  });

  it("shows a Date written by the script in the sheet's zone through its number format", () => {
    const { s } = typed(new Date("2024-05-20T07:30:00Z"));
    s.getRange("A1").setNumberFormat("dd.mm.yyyy hh:mm");
    expect(s.getRange("A1").getDisplayValue()).toBe("20.05.2024 10:30");
    expect(s.getRange("A1").getValue()).toEqual(new Date("2024-05-20T07:30:00Z"));
  });
});
