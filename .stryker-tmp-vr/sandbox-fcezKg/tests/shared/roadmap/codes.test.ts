import { describe, expect, it } from "vitest";
import { compareCodes, parseCode, splitCodeAndText } from "../../../shared/roadmap/codes.ts";

describe("item codes", () => {
  it.each([
    ["1.", "1"],
    ["1.2.", "1.2"],
    ["5.1.1", "5.1.1"],
    ["3.6", "3.6"],
    ["1", "1"],
    ["1. 2", "1.2"],
    ["1,2", null],
    ["п.3", null],
    ["", null],
    ["2020 год", null],
  ])("parseCode(%j) = %j", (text, code) => {
    expect(parseCode(text)).toBe(code);
  });

  it.each([
    ["1. Разработка документов", false, { code: "1", rest: "Разработка документов" }],
    ["5.1.1 на уровне", false, { code: "5.1.1", rest: "на уровне" }],
    ["1.2 Утвердить положение", true, { code: "1.2", rest: "Утвердить положение" }],
    ["1.2. Утвердить", true, { code: "1.2", rest: "Утвердить" }],
    ["3) Отчёт", true, { code: "3", rest: "Отчёт" }],
    ["2 семинара", true, null],
    ["10.06.2020 приказ", false, null],
    ["2020 год", false, null],
  ] as const)("splitCodeAndText(%j, dotted=%j)", (text, dotted, expected) => {
    expect(splitCodeAndText(text, dotted)).toEqual(expected);
  });

  it("orders codes part by part as numbers", () => {
    const codes = ["1.10", "1.2", "2", "1", "1.9.1", "10.1", "1.9"];
    expect([...codes].sort(compareCodes)).toEqual(["1", "1.2", "1.9", "1.9.1", "1.10", "2", "10.1"]);
    expect(compareCodes("3.6", "3.6")).toBe(0);
  });
});
