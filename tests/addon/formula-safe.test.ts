import { describe, expect, it } from "vitest";
import { asTextCell, safeRows, safeText } from "../../addon/src/server/plan/formula-safe.ts";

// What goes into a department's sheet through setValues is parsed as if typed (formula-safe.ts): a
// leading apostrophe keeps text as text. Expected values from the file's rules: text that starts with
// = + - @ a tab, a return or an apostrophe gets one; ids and codes always; numbers, booleans, Dates and
// empty cells are written as they are.
describe("formula-safe", () => {
  it("guards text that starts like a formula, and only at the start", () => {
    expect(["=HYPERLINK(1)", "+7 999", "-1", "@x", "\tx", "\rx", "'x"].map(safeText)).toEqual([
      "'=HYPERLINK(1)",
      "'+7 999",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      "''x",
    ]);
    expect(safeText("Итого: 5 = 5 + 0")).toBe("Итого: 5 = 5 + 0");
  });

  it("a block: every string guarded, numbers (even negative), booleans and dates as they are", () => {
    const when = new Date("2024-05-20T07:30:00Z");
    expect(safeRows<unknown>([[-1, "=1+1", true, when, "школа"]])).toEqual([
      [-1, "'=1+1", true, when, "школа"],
    ]);
  });

  it("ids and codes are text whatever they look like; an empty cell and a number stay", () => {
    expect(asTextCell("007")).toBe("'007");
    expect(asTextCell("1.1")).toBe("'1.1");
    expect(asTextCell("")).toBe("");
    expect(asTextCell(5)).toBe(5);
    expect(asTextCell(null)).toBeNull();
  });
});
