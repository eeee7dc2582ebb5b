import { describe, expect, it } from "vitest";
import { cellText, columnIndex, columnLetter } from "../../shared/grid.ts";

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
});
