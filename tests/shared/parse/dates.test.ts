import { describe, expect, it } from "vitest";
import {
  compareIso,
  dayBefore,
  daysFromCivil,
  daysFromIso,
  daysInMonth,
  isoDate,
  isoFromDays,
  isValidIso,
  isValidYmd,
  monthEnd,
  parseDateCell,
} from "../../../shared/parse/dates.ts";

describe("ISO helpers", () => {
  it("formats with zero padding", () => {
    expect(isoDate(2021, 6, 1)).toBe("2021-06-01");
    expect(isoDate(2021, 12, 31)).toBe("2021-12-31");
  });

  it.each([
    [2021, 2, "2021-02-28"],
    [2024, 2, "2024-02-29"],
    [1900, 2, "1900-02-28"],
    [2000, 2, "2000-02-29"],
    [2021, 4, "2021-04-30"],
    [2021, 12, "2021-12-31"],
  ])("monthEnd(%i, %i) = %s", (y, m, iso) => {
    expect(monthEnd(y, m)).toBe(iso);
  });

  it.each([
    ["2023-03-01", "2023-02-28"],
    ["2024-03-01", "2024-02-29"],
    ["2021-01-01", "2020-12-31"],
    ["2021-06-15", "2021-06-14"],
    ["2021-05-01", "2021-04-30"],
  ])("dayBefore(%s) = %s", (iso, before) => {
    expect(dayBefore(iso)).toBe(before);
  });

  it.each([
    ["2021-06-01", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2021-13-01", false],
    ["2021-00-10", false],
    ["2021-06-00", false],
    ["2021-6-1", false],
    ["01.06.2021", false],
    ["", false],
  ])("isValidIso(%j) = %s", (iso, ok) => {
    expect(isValidIso(iso)).toBe(ok);
  });

  it("compares as dates", () => {
    expect(compareIso("2020-12-31", "2021-01-01")).toBe(-1);
    expect(compareIso("2021-01-01", "2021-01-01")).toBe(0);
    expect(compareIso("2021-02-01", "2021-01-31")).toBe(1);
  });

  it("counts days like Date.UTC does", () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [1899, 12, 30],
      [2000, 2, 29],
      [2024, 12, 31],
      [1600, 3, 1],
    ] as const) {
      const days = Date.UTC(y, m - 1, d) / 86_400_000;
      expect(daysFromIso(isoDate(y, m, d))).toBe(days);
      expect(isoFromDays(days)).toBe(isoDate(y, m, d));
    }
    expect(daysInMonth(2021, 13)).toBe(0);
  });
});

describe("parseDateCell", () => {
  it.each([
    ["01.12.2021", "2021-12-01"],
    ["1.11.2022 г.", "2022-11-01"],
    ["1.11.2022г", "2022-11-01"],
    ["19.02.23", "2023-02-19"],
    ["1 июня 2021", "2021-06-01"],
    ["1 июня 2021 года", "2021-06-01"],
    ["31 декабря 2020 г.", "2020-12-31"],
    ["2021-06-01", "2021-06-01"],
    ["2021-06-01T00:00:00.000Z", "2021-06-01"],
    ["1. 12.2020", "2020-12-01"],
    ["01.12 .2020", "2020-12-01"],
    ["\u00a001.09.2023\u00a0", "2023-09-01"],
    ["29.02.2024", "2024-02-29"],
  ])("%j → %s", (text, iso) => {
    expect(parseDateCell(text)).toBe(iso);
  });

  it.each([
    "",
    "   ",
    "31.02.2021",
    "29.02.2023",
    "32.01.2021",
    "01.13.2021",
    "сентябрь 2020",
    "2020",
    "до 01.12.2021",
    "1 сентбря 2021",
    "12/01/2021",
    "1 constructor 2021",
  ])("%j → null", (text) => {
    expect(parseDateCell(text)).toBeNull();
  });

  it.each([
    [1, "1899-12-31"],
    [2, "1900-01-01"],
    [44197, "2021-01-01"],
    [44197.75, "2021-01-01"],
    [45292, "2024-01-01"],
  ])("serial %d → %s", (serial, iso) => {
    expect(parseDateCell(serial)).toBe(iso);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9])("serial %d → null", (serial) => {
    expect(parseDateCell(serial)).toBeNull();
  });
});

describe("edges the mutation run found untested", () => {
  it("years before 1000 are written with four digits", () => {
    expect([9, 10, 99, 100, 999, 1000].map((y) => isoDate(y, 1, 2))).toEqual([
      "0009-01-02",
      "0010-01-02",
      "0099-01-02",
      "0100-01-02",
      "0999-01-02",
      "1000-01-02",
    ]);
  });

  it("a date needs whole numbers and a year from 1 to 9999", () => {
    expect(isValidYmd(2024.5, 1, 1)).toBe(false);
    expect(isValidYmd(2024, 1, 1.5)).toBe(false);
    expect(isValidYmd(0, 1, 1)).toBe(false);
    expect(isValidYmd(1, 1, 1)).toBe(true);
    expect(isValidYmd(9999, 12, 31)).toBe(true);
    expect(isValidYmd(10000, 1, 1)).toBe(false);
  });

  it("day numbers and dates agree across century years (2100 is not leap, 2000 is)", () => {
    for (const [y, m, d] of [
      [2100, 2, 28],
      [2100, 3, 1],
      [2000, 2, 29],
      [2000, 3, 1],
      [1900, 3, 1],
      [2200, 12, 31],
    ] as const) {
      expect(isoFromDays(daysFromCivil(y, m, d))).toBe(isoDate(y, m, d));
    }
    expect(daysFromCivil(2100, 3, 1) - daysFromCivil(2100, 2, 28)).toBe(1);
    expect(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28)).toBe(2);
  });

  it("the last spreadsheet serial is 31 December 9999 (2,958,465); one more is no date", () => {
    expect(parseDateCell(2958465)).toBe("9999-12-31");
    expect(parseDateCell(2958465.75)).toBe("9999-12-31");
    expect(parseDateCell(2958466)).toBeNull();
  });

  it("a cell that is neither text nor a number is no date", () => {
    for (const v of [null, undefined, true, {}]) expect(parseDateCell(v as never)).toBeNull();
  });
});

// A date cell is one date, written as people write it; each row was checked red on a mutant of the
// regular expression or table entry it names (docs/QUALITY.md).
describe("parseDateCell: one date, as people write it", () => {
  it.each([
    // the month abbreviated before its full stop (ru-words.ts MONTH_ABBR), every abbreviation
    ["15 янв. 2022", "2022-01-15"],
    ["1 фев. 2022", "2022-02-01"],
    ["10 мар. 2022", "2022-03-10"],
    ["30 апр. 2022", "2022-04-30"],
    ["31 авг. 2022", "2022-08-31"],
    ["1 сен. 2022", "2022-09-01"],
    ["15 окт. 2022", "2022-10-15"],
    ["1 ноя. 2022", "2022-11-01"],
    // «г.» / «год» glued to the year or in the nominative (a common slip) — still that day
    ["1 сентября 2021г.", "2021-09-01"],
    ["1 июня 2021 год", "2021-06-01"],
    ["31.05.2022 год", "2022-05-31"],
  ])("%j → %s", (text, iso) => {
    expect(parseDateCell(text)).toBe(iso);
  });

  it.each([
    // a deadline phrase or a range is no single date
    "до 1 июня 2021",
    "до 2021-06-01",
    "01.12.2021-15.12.2021",
    "1 июня 2021 – 30 июня 2021",
    "2021-06-01/2021-06-30",
  ])("%j → null", (text) => {
    expect(parseDateCell(text)).toBeNull();
  });

  // the CLI's --as-of reaches isValidIso with the text as typed
  it.each(["2021-06-011", "12021-06-01"])("isValidIso(%j) = false", (iso) => {
    expect(isValidIso(iso)).toBe(false);
  });
});
