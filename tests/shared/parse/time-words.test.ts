// The vocabulary of the deadline grammar (shared/parse/time-words.ts), word by word, through
// parseDeadline: every filler, lead, ordinal ending and year word a methodist types is named by one
// roadmap cell here, so dropping it from its table turns a row red. Expected values are what the
// phrase means to a department, in the terms of the contract (BRIEF.md, docs/DEADLINES.md): a month is
// its first to last day, «до <дата>» is due that day, «с <дата>» is ongoing from it.
import { describe, it } from "vitest";
import type { Period } from "../../../shared/parse/period.ts";
import { check, type Row } from "./deadline-row.ts";

const SCHOOL: Period = { start: "2023-09-01", end: "2024-08-31" };

describe("time words: fillers around a date change nothing", () => {
  // «в течение …», «на протяжении …», «за …», «в период …»: the span is the unit named.
  it.each<Row>([
    ["во II квартале 2021 г.", null, "period", "2021-04-01", "2021-06-30"],
    ["за I полугодие 2022 г.", null, "period", "2022-01-01", "2022-06-30"],
    ["в течении 2021 года", null, "period", "2021-01-01", "2021-12-31"],
    ["на протяжении 2021-2022 гг.", null, "period", "2021-01-01", "2022-12-31"],
    ["в течение периода 2021-2022 гг.", null, "period", "2021-01-01", "2022-12-31"],
    ["в периоде 2021-2022 гг.", null, "period", "2021-01-01", "2022-12-31"],
    ["Сроки: сентябрь - октябрь 2021 г.", null, "period", "2021-09-01", "2021-10-31"],
    // «I квартал календарного года» in a 2023/24 school-year roadmap: January–March 2024
    ["I квартал календарного года", SCHOOL, "period", "2024-01-01", "2024-03-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: fillers before a due date", () => {
  // «до <дата>» is due that day whatever words stand before the date.
  it.each<Row>([
    ["в срок до 1 июня 2021 г.", null, "due", null, "2021-06-01"],
    ["до окончания срока 31.12.2021", null, "due", null, "2021-12-31"],
    // «текущего года» in a 2023/24 roadmap: the June of that school year
    ["до 1 июня текущего года", SCHOOL, "due", null, "2024-06-01"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: «числа» after a day", () => {
  // «с 1 числа по 15 сентября»: the first number is a day of the month named after it.
  // «до 10 числа сентября»: the day of the month named after «числа»
  it.each<Row>([
    ["с 1 числа по 15 сентября 2021 г.", null, "period", "2021-09-01", "2021-09-15"],
    ["до 10 числа сентября 2021 г.", null, "due", null, "2021-09-10"],
    ["до 5-го числа декабря 2021 г.", null, "due", null, "2021-12-05"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: a place after the date is no second date", () => {
  // DEADLINES.md «24.05.2011, общеобразовательные учреждения города, …»: the date before the comma is
  // the deadline unless a month, quarter, half-year or term follows; «Кванториум» (a children's
  // technopark, a usual venue) starts like «кв.» but names no quarter.
  it.each<Row>([["15.03.2022, детский технопарк «Кванториум»", null, "period", "2022-03-15", "2022-03-15"]])(
    "%j (period %j) → %s %s..%s",
    (...row) => check(row),
  );
});

describe("time words: «середина» and «месяц» name the month itself", () => {
  // A work period is read to the month: «в середине октября» is done in October, overdue after it.
  it.each<Row>([
    ["середина октября 2021 г.", null, "period", "2021-10-01", "2021-10-31"],
    ["в середине октября 2021 г.", null, "period", "2021-10-01", "2021-10-31"],
    ["на середину ноября 2021 г.", null, "period", "2021-11-01", "2021-11-30"],
    ["с середины сентября по декабрь 2021 г.", null, "period", "2021-09-01", "2021-12-31"],
    // «сентябрь месяц», «в октябре месяце»: the bureaucratic pleonasm is still that month
    ["сентябрь месяц 2021 г.", null, "period", "2021-09-01", "2021-09-30"],
    ["в октябре месяце 2021 г.", null, "period", "2021-10-01", "2021-10-31"],
    ["с сентября месяца 2021 г.", null, "ongoing", "2021-09-01", null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: «до середины …» is due in the middle of the unit, not before it", () => {
  // «до середины декабря» is due on 15 December; read as «до декабря» it would fall overdue two weeks
  // early. The middle of a month is its 15th (of a quarter, its middle month's 15th); of an even number
  // of months, the last day of the first half: «до середины 2022 года» is due on 30 June.
  it.each<Row>([
    ["до середины декабря 2021 г.", null, "due", null, "2021-12-15"],
    ["к середине мая 2022 г.", null, "due", null, "2022-05-15"],
    ["не позднее середины октября 2021 г.", null, "due", null, "2021-10-15"],
    ["до середины II квартала 2022 г.", null, "due", null, "2022-05-15"],
    ["до середины 2022 года", null, "due", null, "2022-06-30"],
    ["до середины 2023-2024 учебного года", null, "due", null, "2024-02-29"],
    ["до середины I полугодия", SCHOOL, "due", null, "2023-10-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: leads «ко», «не позже», «со»", () => {
  // «до/к <дата>», «не позднее <дата>» are due that day; «с <дата>» is ongoing from it (DEADLINES.md)
  it.each<Row>([
    ["ко 2 сентября 2021 г.", null, "due", null, "2021-09-02"],
    ["не позже 1 июня 2021 г.", null, "due", null, "2021-06-01"],
    ["со 2 сентября 2021 г.", null, "ongoing", "2021-09-02", null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: «до окончания», «до завершения» end with the unit named", () => {
  // DEADLINES.md: «До конца …» ends with the unit named; «окончание», «завершение» say the same.
  it.each<Row>([
    ["до окончания 2021 года", null, "due", null, "2021-12-31"],
    ["до завершения I полугодия 2022 г.", null, "due", null, "2022-06-30"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: ordinal endings typed after a digit", () => {
  // «1-ый квартал», «2-ое полугодие», «1-ого сентября»: the ending is the ordinal's, the number counts.
  it.each<Row>([
    ["1-ый квартал 2021 г.", null, "period", "2021-01-01", "2021-03-31"],
    ["3-ий квартал 2021 г.", null, "period", "2021-07-01", "2021-09-30"],
    ["2-ой квартал 2022 г.", null, "period", "2022-04-01", "2022-06-30"],
    ["1-е полугодие 2022 г.", null, "period", "2022-01-01", "2022-06-30"],
    ["2-ое полугодие 2021 г.", null, "period", "2021-07-01", "2021-12-31"],
    ["3-ее сентября 2021 г.", null, "period", "2021-09-03", "2021-09-03"],
    ["до 1-ого сентября 2021 г.", null, "due", null, "2021-09-01"],
    ["до 3-его сентября 2021 г.", null, "due", null, "2021-09-03"],
    ["в 1-м квартале 2022 г.", null, "period", "2022-01-01", "2022-03-31"],
    ["во 2-ом квартале 2022 г.", null, "period", "2022-04-01", "2022-06-30"],
    ["в 3-ем квартале 2021 г.", null, "period", "2021-07-01", "2021-09-30"],
    // school terms in a 2023/24 roadmap: I четверть is September–October, II November–December
    ["1-я четверть", SCHOOL, "period", "2023-09-01", "2023-10-31"],
    ["2-ая четверть", SCHOOL, "period", "2023-11-01", "2023-12-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("time words: a year word after «месяц- 2020» closes the month's year", () => {
  // The contract's «сентябрь- 2020 г.» (a dash typed before the year) with the year word written out.
  it.each<Row>([
    ["сентябрь- 2020 год", null, "period", "2020-09-01", "2020-09-30"],
    ["май- 2021 года", null, "period", "2021-05-01", "2021-05-31"],
    ["в мае- 2021 году", null, "period", "2021-05-01", "2021-05-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});
