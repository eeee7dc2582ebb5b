import { describe, expect, it } from "vitest";
import type { Actual, Target } from "../../../shared/parse/target.ts";
import { isTargetMet, parseActual, parseTarget, targetValueFor } from "../../../shared/parse/target.ts";

describe("parseTarget", () => {
  it.each<[string, Partial<Target>]>([
    ["1", { kind: "count", value: 1, min: false, unit: "count" }],
    ["22", { kind: "count", value: 22, unit: "count" }],
    ["0", { kind: "count", value: 0 }],
    ["1 22", { kind: "levels", value: null, levels: [1, 22], unit: "count" }],
    ["1/22", { kind: "levels", levels: [1, 22] }],
    ["по факту", { kind: "fact", value: null, unit: null }],
    ["По факту проведения", { kind: "fact" }],
    ["Не менее 10 %", { kind: "percent", value: 10, min: true, unit: "percent" }],
    ["не менее 10% педагогов", { kind: "percent", value: 10, min: true }],
    ["не менее 2 мероприятий", { kind: "count", value: 2, min: true, unit: "count" }],
    ["≥ 5", { kind: "count", value: 5, min: true }],
    [">= 5", { kind: "count", value: 5, min: true }],
    ["от 3", { kind: "count", value: 3, min: true }],
    ["100%", { kind: "percent", value: 100, min: false }],
    ["40,5 %", { kind: "percent", value: 40.5 }],
    ["80-100%", { kind: "percent", value: 80, min: true }],
    ["5 шт.", { kind: "count", value: 5 }],
    ["22 (все ОУ)", { kind: "count", value: 22 }],
    ["100 процентов", { kind: "percent", value: 100 }],
    ["2021-1", { kind: "series", series: [{ year: 2021, value: 1, unit: "count" }], unit: "count" }],
    [
      "2021-1 2022-2 2023-2 2024-2",
      {
        kind: "series",
        series: [
          { year: 2021, value: 1, unit: "count" },
          { year: 2022, value: 2, unit: "count" },
          { year: 2023, value: 2, unit: "count" },
          { year: 2024, value: 2, unit: "count" },
        ],
      },
    ],
    [
      "2020 г.-20%; 2021 г.-40%",
      {
        kind: "series",
        unit: "percent",
        series: [
          { year: 2020, value: 20, unit: "percent" },
          { year: 2021, value: 40, unit: "percent" },
        ],
      },
    ],
    [
      "2021 г.-2; 2022 г.-2; 2023г-2 2024г-2",
      {
        kind: "series",
        series: [
          { year: 2021, value: 2, unit: "count" },
          { year: 2022, value: 2, unit: "count" },
          { year: 2023, value: 2, unit: "count" },
          { year: 2024, value: 2, unit: "count" },
        ],
      },
    ],
    [
      "2021 г. - 1 образовательное событие; 2022 г. - 2 образовательных события",
      {
        kind: "series",
        series: [
          { year: 2021, value: 1, unit: "count" },
          { year: 2022, value: 2, unit: "count" },
        ],
      },
    ],
    ["2021 г. – 5; 2022 г. – 50%", { kind: "series", unit: null }],
    ["Имеется / отсутствует", { kind: "boolean", value: null }],
    ["Имеется отсутствует", { kind: "boolean" }],
    ["да/нет", { kind: "boolean" }],
    ["Наличие", { kind: "boolean" }],
    ["", { kind: "empty", value: null }],
    ["  \u00a0 ", { kind: "empty" }],
    ["2020-2024", { kind: "unknown" }],
    ["не более 5", { kind: "unknown" }],
    ["100-80% 79-60% 59-40% 39% и ниже", { kind: "unknown" }],
    ["Приказ", { kind: "unknown" }],
    ["Имеется, доступно Имеется, недоступно", { kind: "unknown" }],
  ])("%j", (text, expected) => {
    const t = parseTarget(text);
    expect(t).toMatchObject(expected);
    expect(t.text).toBe(text.trim());
  });
});

describe("targetValueFor", () => {
  it("takes the year's point of a series", () => {
    const t = parseTarget("2021-0 2022-3 2023-3 2024-3");
    expect(targetValueFor(t, 2021)).toEqual({ value: 0, unit: "count" });
    expect(targetValueFor(t, 2022)).toEqual({ value: 3, unit: "count" });
    expect(targetValueFor(t, 2020)).toBeNull();
    expect(targetValueFor(t, null)).toEqual({ value: 3, unit: "count" });
  });

  it("takes the value, or the last level", () => {
    expect(targetValueFor(parseTarget("22"), 2021)).toEqual({ value: 22, unit: "count" });
    expect(targetValueFor(parseTarget("Не менее 10 %"), null)).toEqual({ value: 10, unit: "percent" });
    expect(targetValueFor(parseTarget("1 22"), 2021)).toEqual({ value: 22, unit: "count" });
  });

  it("has none for words", () => {
    for (const text of ["по факту", "Имеется / отсутствует", "", "Приказ"]) {
      expect(targetValueFor(parseTarget(text), 2021)).toBeNull();
    }
  });
});

describe("parseActual", () => {
  it.each<[string | number, Actual | null]>([
    ["5", { kind: "number", value: 5, unit: null }],
    ["5 шт.", { kind: "number", value: 5, unit: "count" }],
    ["22 ОУ", { kind: "number", value: 22, unit: "count" }],
    ["40%", { kind: "number", value: 40, unit: "percent" }],
    ["40,5 %", { kind: "number", value: 40.5, unit: "percent" }],
    ["40.5%", { kind: "number", value: 40.5, unit: "percent" }],
    ["0", { kind: "number", value: 0, unit: null }],
    ["1 22", { kind: "number", value: 22, unit: null }],
    [7, { kind: "number", value: 7, unit: null }],
    ["да", { kind: "boolean", value: true }],
    ["Да", { kind: "boolean", value: true }],
    ["имеется", { kind: "boolean", value: true }],
    ["Имеется.", { kind: "boolean", value: true }],
    ["есть", { kind: "boolean", value: true }],
    ["нет", { kind: "boolean", value: false }],
    ["отсутствует", { kind: "boolean", value: false }],
    ["не имеется", { kind: "boolean", value: false }],
    ["", null],
    ["-", null],
    ["—", null],
    ["в работе", null],
    [Number.NaN, null],
  ])("%j", (text, expected) => {
    expect(parseActual(text)).toEqual(expected);
  });
});

describe("isTargetMet", () => {
  const n = (value: number, unit: "count" | "percent" | null = null): Actual => ({
    kind: "number",
    value,
    unit,
  });
  const yes: Actual = { kind: "boolean", value: true };
  const no: Actual = { kind: "boolean", value: false };

  it.each<[string, Actual | null, number | null, boolean | null]>([
    ["22", n(22), 2021, true],
    ["22", n(25), 2021, true],
    ["22", n(21), 2021, false],
    ["22", n(22, "count"), null, true],
    ["22", n(22, "percent"), null, null],
    ["22", null, 2021, null],
    ["1", yes, null, true],
    ["1", no, null, false],
    ["22", yes, null, null],
    ["1 22", n(22), null, true],
    ["1 22", n(1), null, false],
    ["Не менее 10 %", n(12, "percent"), null, true],
    ["Не менее 10 %", n(12), null, true],
    ["Не менее 10 %", n(8, "percent"), null, false],
    ["Не менее 10 %", n(12, "count"), null, null],
    ["2021-0 2022-3 2023-3 2024-3", n(0), 2021, true],
    ["2021-0 2022-3 2023-3 2024-3", no, 2021, true],
    ["2021-0 2022-3 2023-3 2024-3", n(2), 2022, false],
    ["2021-0 2022-3 2023-3 2024-3", n(3), 2023, true],
    ["2021-0 2022-3 2023-3 2024-3", n(3), 2019, null],
    ["2020 г.-20%; 2021 г.-40%", n(40, "percent"), 2021, true],
    ["2020 г.-20%; 2021 г.-40%", n(30, "percent"), 2021, false],
    ["Имеется / отсутствует", yes, null, true],
    ["Имеется / отсутствует", no, null, false],
    ["Имеется / отсутствует", n(1), null, true],
    ["Имеется / отсутствует", n(0), null, false],
    ["по факту", n(3), null, true],
    ["по факту", no, null, false],
    ["", n(3), null, null],
    ["Приказ", n(1), null, null],
  ])("target %j, actual %j, year %j → %j", (target, actual, year, met) => {
    expect(isTargetMet(parseTarget(target), actual, year)).toBe(met);
  });
});

// Written against the survivors of the mutation run (docs/QUALITY.md), each checked red on its mutant.
describe("targets and facts: rules a mutant could break unnoticed", () => {
  it.each<[string, Partial<Target>]>([
    // a number of four digits is a count unless a range makes it a span of years («2020-2024»)
    ["не менее 2000 человек", { kind: "count", value: 2000, min: true, unit: "count" }],
    // a count range asks for at least its lower bound, as «80-100%» does
    ["3-5 мероприятий", { kind: "count", value: 3, min: true, unit: "count" }],
    // a number that belongs to no year spoils a series: not a target we can read
    ["5 2021-1 2022-2", { kind: "unknown", series: null }],
  ])("%j", (text, expected) => {
    expect(parseTarget(text)).toMatchObject(expected);
  });

  it("reads non-string cells from untyped callers as empty, a fact as nothing", () => {
    expect(parseTarget(null as unknown as string)).toMatchObject({ text: "", kind: "empty" });
    expect(parseActual(null as unknown as string)).toBeNull();
    expect(parseActual(undefined as unknown as string)).toBeNull();
  });

  it("refuses a fact too long to be a number", () => {
    expect(parseActual(`1${"0".repeat(400)} шт.`)).toBeNull();
  });
});

// Written against the survivors of the mutation run on f74bbbc (docs/QUALITY.md): each row names a way
// people write a target or a fact that no other test names, and was checked red on its mutant.
describe("targets as schools write them", () => {
  it.each<[string, Partial<Target>]>([
    // «по факту» only at the start: a number asked for stays the target
    ["1 отчет о фактическом исполнении", { kind: "count", value: 1, min: false }],
    // «Факт.» with a full stop is still «по факту»
    ["Факт", { kind: "fact", value: null }],
    ["Факт.", { kind: "fact", value: null }],
    // levels (municipal / school), with spaces around the slash, and three levels (region too)
    ["10 150", { kind: "levels", levels: [10, 150] }],
    ["1 / 22", { kind: "levels", levels: [1, 22] }],
    ["1/5/22", { kind: "levels", levels: [1, 5, 22] }],
    // «не меньше», «≥» without a space: at least; a word that merely contains «от» is no «от N»
    ["не меньше 5", { kind: "count", value: 5, min: true, unit: "count" }],
    ["≥5", { kind: "count", value: 5, min: true }],
    ["2 отчета", { kind: "count", value: 2, min: false, unit: "count" }],
    // percent ranges and fractions: a range asks for at least its lower bound
    ["80 - 100 %", { kind: "percent", value: 80, min: true, unit: "percent" }],
    ["12,75 %", { kind: "percent", value: 12.75, min: false }],
    ["12,25-15,75 %", { kind: "percent", value: 12.25, min: true }],
    ["95-99,5 %", { kind: "percent", value: 95, min: true }],
    ["31 процент", { kind: "percent", value: 31, unit: "percent" }],
    // yearly series with fractions, the word «процент», and «г.г.» typed after a single year
    [
      "2021 г. - 12,5%; 2022 г. - 15,75%",
      {
        kind: "series",
        unit: "percent",
        series: [
          { year: 2021, value: 12.5, unit: "percent" },
          { year: 2022, value: 15.75, unit: "percent" },
        ],
      },
    ],
    [
      "2021 г. - 21 процент; 2022 г. - 30 процентов",
      {
        kind: "series",
        unit: "percent",
        series: [
          { year: 2021, value: 21, unit: "percent" },
          { year: 2022, value: 30, unit: "percent" },
        ],
      },
    ],
    [
      "2021 г.г. - 1; 2022 г.г. - 2",
      {
        kind: "series",
        series: [
          { year: 2021, value: 1, unit: "count" },
          { year: 2022, value: 2, unit: "count" },
        ],
      },
    ],
  ])("%j", (text, expected) => {
    expect(parseTarget(text)).toMatchObject(expected);
  });
});

describe("facts as schools write them", () => {
  it.each<[string, Actual | null]>([
    ["в наличии", { kind: "boolean", value: true }],
    ["не имеются", { kind: "boolean", value: false }],
    ["не выполнено", { kind: "boolean", value: false }],
    // «да…», «нет…» only as whole words: no data is no answer, not a yes or a no
    ["Данные уточняются", null],
    ["нет данных", null],
    // a word ending in «нет» is no «нет»; a number inside an order reference is no fact
    ["1 кабинет", { kind: "number", value: 1, unit: "count" }],
    ["Приказ № 15 от 01.09.2021", null],
    // approximately: the number
    ["около 50", { kind: "number", value: 50, unit: null }],
    ["~50", { kind: "number", value: 50, unit: null }],
    ["~ 50", { kind: "number", value: 50, unit: null }],
    ["≈50", { kind: "number", value: 50, unit: null }],
    ["≈ 50", { kind: "number", value: 50, unit: null }],
    ["12,75 %", { kind: "number", value: 12.75, unit: "percent" }],
    ["31 процент", { kind: "number", value: 31, unit: "percent" }],
    // both levels: the last number
    ["10 150", { kind: "number", value: 150, unit: null }],
    ["1 5 22", { kind: "number", value: 22, unit: null }],
  ])("%j", (text, expected) => {
    expect(parseActual(text)).toEqual(expected);
  });
});
