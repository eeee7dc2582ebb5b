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
    // preparation for a school year happens before it, in the year it starts (corpus 49)
    ["План мероприятий по подготовке учреждений к 2011/2012 учебному году", calendar(2011, 2011)],
    ["О плане мероприятий подготовки учреждений к началу 2012/2013 учебного года", calendar(2012, 2012)],
    ["План подготовки школ к новому 2014-2015 учебному году", calendar(2014, 2014)],
    ["План работы школы к приказу на 2011/2012 учебный год", school(2011, 2012)],
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

describe("period edges the mutation run found untested", () => {
  it("a title's range: at most 20 years, the second year after the first", () => {
    expect(findPeriod("Программа на 2000-2020 гг.")).toEqual({ start: "2000-01-01", end: "2020-12-31" });
    expect(findPeriod("Программа на 2000-2021 гг.")).toBeNull();
  });

  it("«2020/2021» is a school year even without «учебный год»", () => {
    expect(findPeriod("План на 2020/2021")).toEqual({ start: "2020-09-01", end: "2021-08-31" });
  });

  it("a range with no word of years around it (an order number) is no period", () => {
    expect(findPeriod("исх. № 2020-2024 от 12.03.2021")).toBeNull();
  });

  it("a cell that is not text is no period", () => {
    expect(findPeriod(null as never)).toBeNull();
    expect(parsePeriodOption(null as never)).toBeNull();
  });

  it("--period years start at year 1; a range may be one year", () => {
    expect(parsePeriodOption("0000")).toBeNull();
    expect(parsePeriodOption("0001")).toEqual({ start: "0001-01-01", end: "0001-12-31" });
    expect(parsePeriodOption("0000-2020")).toBeNull();
    expect(parsePeriodOption("0001-0002")).toEqual({ start: "0001-01-01", end: "0002-12-31" });
    expect(parsePeriodOption("2024-2024")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
  });
});

// The words around a title's years, as methodists type them (slips included); each row was checked
// red on a mutant of the regular expression it names (docs/QUALITY.md). The meaning is the title's:
// «гг.» / «годы» → calendar years, «учебный год» / «уч. г.» → a school year, a number of an order → none.
describe("findPeriod: the words around the years", () => {
  it.each([
    // «гг.» glued to the second year, or written «г.г.», still names calendar years (AFTER_YEARS_RE)
    ["Дорожная карта 2020-2024гг.", calendar(2020, 2024)],
    ["Программа наставничества 2020-2024 г.г.", calendar(2020, 2024)],
    // the years word must follow the pair: «учебной» further on does not make a school year (AFTER_SCHOOL_RE)
    ["План мероприятий на 2020-2024 годы по учебной работе", calendar(2020, 2024)],
    // «уч. год» glued to the second year, or after «г.г.» / «гг» — still a school year
    ["на 2021-2022уч. год", school(2021, 2022)],
    ["в 2020-2021 г.г. учебном году", school(2020, 2021)],
    ["на 2021-2022 гг учебный год", school(2021, 2022)],
    ["на 2021-2022 гг.учебный год", school(2021, 2022)],
    // «на» right before the pair with no years word after it (BEFORE_RE)
    ["Дорожная карта реализации ЦМН на 2020-2024", calendar(2020, 2024)],
    // «к» must stand right before the school year to mean preparation for it (TOWARDS_RE)
    ["Изменения к плану на 2021/2022 учебный год", school(2021, 2022)],
    ["К началу 2012/2013 учебного года", calendar(2012, 2012)],
    // a single year: «в»/«на» at the start of the text, «г» glued or without its full stop (SINGLE_RE)
    ["В 2021 году", calendar(2021, 2021)],
    ["План работы на 2022г.", calendar(2022, 2022)],
    ["План мероприятий (2021 г)", calendar(2021, 2021)],
    // «на период» / «на срок» right before a pair with no years word after it (BEFORE_RE's window)
    ["Программа наставничества на период 2021-2025", calendar(2021, 2025)],
    ["Дорожная карта на срок 2021-2024", calendar(2021, 2024)],
    // a school year cut to two digits across a century (bug found by the mutation work: «1999/00» was none)
    ["План работы на 1998/99 учебный год", school(1998, 1999)],
    ["План работы на 1999/00 учебный год", school(1999, 2000)],
  ])("%j", (text, period) => {
    expect(findPeriod(text)).toEqual(period);
  });

  it.each([
    // an order's number followed by its date «… г.»: the «г.» belongs to the date, not to the pair
    "исх. № 2020-2024 от 12.03.2021 г.",
    // «на» further back («ответ на исх. №») does not introduce the pair
    "ответ на исх. № 2020-2024 от 12.03.2021",
  ])("%j → null", (text) => {
    expect(findPeriod(text)).toBeNull();
  });
});

describe("parsePeriodOption: only the whole text is the option", () => {
  it.each(["с 2024-01-01..2024-12-31", "2024-01-01..2024-12-315", "12024"])("%j → null", (text) => {
    expect(parsePeriodOption(text)).toBeNull();
  });
});
