import { describe, it } from "vitest";
import type { Period } from "../../../shared/parse/period.ts";
import { check, type Row } from "./deadline-row.ts";

// The joints of the deadline grammar (shared/parse/time-span.ts): how months, days, quarters,
// half-years and years are joined by ranges and lists, which year a unit gets, and how «с … по …»
// and «до …» close the span. Each row is a real-looking «Срок» cell; the expected dates come from the
// contract (the product brief's deadline table, docs/DEADLINES.md) and from what the words say,
// never from the parser's own output.

const CAL: Period = { start: "2020-01-01", end: "2024-12-31" };
const SCHOOL: Period = { start: "2024-09-01", end: "2025-08-31" };

describe("lists of ranges: each group is its own range (contract: first month start – last month end)", () => {
  it.each<Row>([
    // a comma, a semicolon or a line break (a space once normalised) closes a range
    ["сентябрь-октябрь 2020 г., март-апрель 2021 г.", null, "period", "2020-09-01", "2021-04-30"],
    ["сентябрь-октябрь 2020 г. март-апрель 2021 г.", null, "period", "2020-09-01", "2021-04-30"],
    ["декабрь–январь, апрель–май 2022 г.", null, "period", "2021-12-01", "2022-05-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("lists of months out of calendar order: the span runs from the earliest to the latest", () => {
  it.each<Row>([
    // in the 2024/25 school year May is 2025 and September 2024
    ["май, сентябрь", SCHOOL, "period", "2024-09-01", "2025-05-31"],
    // in a calendar roadmap 2020–2024 a yearless month is in its first year
    ["май, сентябрь", CAL, "period", "2020-05-01", "2020-09-30"],
    // a slash between months is a range: «декабрь/январь 2021» is the winter of 2020/21
    ["декабрь/январь 2021 г.", null, "period", "2020-12-01", "2021-01-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("days of a month named once: «с 1 по 15 сентября», «1 и 15 сентября»", () => {
  it.each<Row>([
    ["1, 15 и 30 сентября 2021 г.", null, "period", "2021-09-01", "2021-09-30"],
    ["1 и 15 сентября, 1 и 15 октября 2021 г.", null, "period", "2021-09-01", "2021-10-15"],
    ["с 1 по 15 сентября 2024/2025 уч. г.", null, "period", "2024-09-01", "2024-09-15"],
    // one day written as a range is that day
    ["01.09.2021 - 01.09.2021", null, "period", "2021-09-01", "2021-09-01"],
    ["1 сентября - 1 сентября 2021 г.", null, "period", "2021-09-01", "2021-09-01"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("years of a school year land on the yearless months only (contract: school year 1 Sep – 31 Aug)", () => {
  it.each<Row>([
    // April has its own year; only September–December take the school year's
    ["апрель 2024, сентябрь - декабрь 2024/2025 уч. г.", null, "period", "2024-04-01", "2024-12-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("quarters and half-years after other units (contract: quarter, half-year)", () => {
  it.each<Row>([
    ["декабрь 2023, I полугодие 2024 г.", null, "period", "2023-12-01", "2024-06-30"],
    ["1-й квартал 2025 г.", null, "period", "2025-01-01", "2025-03-31"],
    ["1-2 кварталы 2025 г.", null, "period", "2025-01-01", "2025-06-30"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("not a date: a month 13 or two due dates stay unknown (contract: anything else → unknown)", () => {
  it.each<Row>([
    ["до 01.13.2021", null, "unknown", null, null],
    ["13.2021", null, "unknown", null, null],
    ["до 1 июня, до 1 декабря 2021 г.", null, "unknown", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("months written as numbers: «01.2021» is January 2021 (contract: month bounds)", () => {
  it.each<Row>([
    ["01.2021 - 05.2021", null, "period", "2021-01-01", "2021-05-31"],
    ["12.2021", null, "period", "2021-12-01", "2021-12-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("«по …», «до …» after a date without «с» still close the range (contract: С сентября по декабрь …)", () => {
  it.each<Row>([
    ["01.09.2021 по 31.05.2022", null, "period", "2021-09-01", "2022-05-31"],
    // «до 01.12.2021» is due on that day (contract), so «… до 31.05.2022» runs through it
    ["01.09.2021 до 31.05.2022", null, "period", "2021-09-01", "2022-05-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("«до <year>» runs through that year (the «на период до 2024 года» of these documents)", () => {
  it.each<Row>([
    ["до 2024 года", null, "due", null, "2024-12-31"],
    ["до 2024/2025 учебного года", null, "due", null, "2025-08-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("«с …» alone is ongoing, «с … по …» a period (contract: С сентября по декабрь 2023-2024 гг)", () => {
  it.each<Row>([
    ["с 01.09.2021 г.;", null, "ongoing", "2021-09-01", null],
    ["с сентября 2021 г. -", null, "ongoing", "2021-09-01", null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("a dash or slash typed before the year joins nothing (contract: «сентябрь- 2020 г.» is September)", () => {
  it.each<Row>([
    // fixed 2026-12-02: a trailing dash read as «September – all of 2020»; the school year, the slash,
    // «и», «по» and a year range after the dash as unknown or as all of 2020
    ["сентябрь- 2020 г. -", null, "period", "2020-09-01", "2020-09-30"],
    ["сентябрь- 2020 г.,", null, "period", "2020-09-01", "2020-09-30"],
    ["сентябрь- 2020/2021 уч. г.", null, "period", "2020-09-01", "2020-09-30"],
    ["апрель- 2024/25 уч. г.", null, "period", "2025-04-01", "2025-04-30"],
    ["сентябрь- 2020 г./ май 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    ["сентябрь- 2020 - май 2021", null, "period", "2020-09-01", "2021-05-31"],
    ["сентябрь- 2020 г. и май 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    ["сентябрь- 2020 г. по май 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    // the month in each year of the range, as without the dash (contract: «2020-2024» are years)
    ["сентябрь 2020-2021", null, "period", "2020-09-01", "2021-09-30"],
    ["сентябрь- 2020-2021", null, "period", "2020-09-01", "2021-09-30"],
    // fixed 2026-12-02: the year in brackets read as all of 2020
    ["сентябрь (2020 г.)", null, "period", "2020-09-01", "2020-09-30"],
    ["апрель (2024/2025 уч. г.)", null, "period", "2025-04-01", "2025-04-30"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});
