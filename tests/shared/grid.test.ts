import { describe, expect, it } from "vitest";
import { cellFromWorkbook, cellText, columnIndex, columnLetter } from "../../shared/grid.ts";

describe("column letters", () => {
  it("name columns the way Sheets does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
    expect(["A", "z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  it("letters and indexes are inverse for the first 20,000 columns", () => {
    for (let i = 0; i < 20_000; i++) expect(columnIndex(columnLetter(i))).toBe(i);
  });

  it("anything that is not letters is no column", () => {
    expect(["", "1", "A1", "Ё", " A"].map(columnIndex)).toEqual([-1, -1, -1, -1, -1]);
  });
});

describe("cellText", () => {
  it("trims text, turns non-breaking spaces into spaces, writes numbers plainly", () => {
    expect(cellText("\u00a0 1.1\u00a0до\u00a0мая ")).toBe("1.1 до мая");
    expect([cellText(null), cellText(undefined), cellText(7), cellText(Number.NaN)]).toEqual([
      "",
      "",
      "7",
      "",
    ]);
    expect([cellText(true), cellText(false)]).toEqual(["true", "false"]);
  });

  it("is trim() of the text with non-breaking spaces as spaces, for every character at either end", () => {
    // it skips trim() when neither end may be white space: try every UTF-16 code unit at each end
    const plain = (s: string) => s.replace(/\u00a0/g, " ").trim();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}мая`, `мая${ch}`, `${ch}1.1${ch}`, `a${ch}b`])
        if (cellText(s) !== plain(s)) wrong.push(JSON.stringify(s));
    }
    expect(wrong).toEqual([]);
  });
});

describe("cells from a workbook reader (CLI and the invitation page's upload)", () => {
  it("keep text, numbers and booleans, turn dates into ISO days and blanks into null", () => {
    expect(cellFromWorkbook("1.1")).toBe("1.1");
    expect(cellFromWorkbook(22)).toBe(22);
    expect(cellFromWorkbook(false)).toBe(false);
    expect(cellFromWorkbook(new Date(Date.UTC(2024, 4, 12)))).toBe("2024-05-12");
    expect(cellFromWorkbook(new Date(Number.NaN))).toBeNull();
    expect(cellFromWorkbook(undefined)).toBeNull();
    expect(cellFromWorkbook(null)).toBeNull();
    expect(cellFromWorkbook(10n)).toBe("10");
  });
});
