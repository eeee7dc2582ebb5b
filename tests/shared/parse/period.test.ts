import { describe, expect, it } from "vitest";
import { findPeriod, isSchoolPeriod, parsePeriodOption } from "../../../shared/parse/period.ts";
import { SEEDS, seedText } from "./seed-cells.ts";

const calendar = (a: number, b: number) => ({ start: `${a}-01-01`, end: `${b}-12-31` });
const school = (a: number, b: number) => ({ start: `${a}-09-01`, end: `${b}-08-31` });

describe("findPeriod", () => {
  it.each([
    ["Дорожная карта … на 2020-2024 гг.", calendar(2020, 2024)],
    ["Дорожная карта … (2020-2024 гг.)", calendar(2020, 2024)],
    ["«Город Кедровый» на 2020-2024 годы»", calendar(2020, 2024)],
    ["в МУДО «Детско-юношеский центр» на 2022 – 2024 гг.", calendar(2022, 2024)],
    ["на 2020- 2024 годы» согласно приложению 1", calendar(2020, 2024)],
    ["на 2020 — 2024 годы", calendar(2020, 2024)],
    ["на 2020-2024", calendar(2020, 2024)],
    ["ПЛАН НА 2021-2025 ГГ.", calendar(2021, 2025)],
    ["на 2023-2024 учебный год", school(2023, 2024)],
    ["на 2020/2021 учебный год", school(2020, 2021)],
    ["2020/2021 уч. г.", school(2020, 2021)],
    ["в 2020-2021 учебном году", school(2020, 2021)],
    ["на 2021-2022 уч.год", school(2021, 2022)],
    ["на 2021 год", calendar(2021, 2021)],
    ["Дорожная карта организации ГИА в Краснодарском крае в 2016 году", calendar(2016, 2016)],
    ["План-график подготовки ЕГЭ в 2009 году", calendar(2009, 2009)],
    ["План работы на 2022 г.", calendar(2022, 2022)],
    ["2020-2024", calendar(2020, 2024)],
    ["План на 2023/24 учебный год", school(2023, 2024)],
    ["на 2024-25 уч. год", school(2024, 2025)],
  ])("%j", (text, period) => {
    expect(findPeriod(text)).toEqual(period);
  });

  it.each([
    "от 10.06.2020 № 202",
    "Приказ №80/8 от 01.09.2023г",
    "от 30.09. 2020 года № 153-А",
    "Распоряжение от 13.04.2020 года № 305-р",
    "к приказу министерства от 13 ноября 2015 г. N 5976",
    "",
    "Дорожная карта",
    "2024-2020 гг.",
    "на период до 2024 года",
    "на 2023/25 учебный год",
  ])("%j → null", (text) => {
    expect(findPeriod(text)).toBeNull();
  });

  it("takes the first period of a document, skipping dates of orders", () => {
    const expected = [
      calendar(2020, 2024),
      school(2023, 2024),
      calendar(2020, 2024),
      school(2020, 2021),
      calendar(2022, 2024),
    ];
    SEEDS.forEach((seed, i) => {
      expect(findPeriod(seedText(seed.file))).toEqual(expected[i]);
      expect(seed.period).toEqual(expected[i]);
    });
  });

  it("tells school-year periods", () => {
    expect(isSchoolPeriod(school(2023, 2024))).toBe(true);
    expect(isSchoolPeriod(calendar(2020, 2024))).toBe(false);
  });
});

describe("parsePeriodOption", () => {
  it.each([
    ["2024-01-01..2024-12-31", { start: "2024-01-01", end: "2024-12-31" }],
    [" 2023-09-01 .. 2024-08-31 ", { start: "2023-09-01", end: "2024-08-31" }],
    ["2024-03-05..2024-03-05", { start: "2024-03-05", end: "2024-03-05" }],
    ["2024", calendar(2024, 2024)],
    ["2020-2024", calendar(2020, 2024)],
    ["2023/2024", school(2023, 2024)],
  ])("%j", (text, period) => {
    expect(parsePeriodOption(text)).toEqual(period);
  });

  it.each([
    "",
    "2024-12-31..2024-01-01",
    "2024-02-30..2024-12-31",
    "2024-01-01",
    "2024-01-01...2024-12-31",
    "01.01.2024..31.12.2024",
    "2024-2020",
    "2024/2024",
    "abc",
  ])("%j → null", (text) => {
    expect(parsePeriodOption(text)).toBeNull();
  });
});
