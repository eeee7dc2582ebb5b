import { describe, it } from "vitest";
import type { Period } from "../../../shared/parse/period.ts";
import { check, type Row } from "./deadline-row.ts";

// The phrases of deadline.ts's word tables and regular expressions, one real-looking «Срок» cell each,
// so that dropping a phrase or a word from a table turns a row red. Expected values come from the
// contract (the product brief's deadline table, docs/DEADLINES.md) and from what the words mean to a
// department, never from the parser's own output.

const CAL: Period = { start: "2020-01-01", end: "2024-12-31" };
const SCHOOL: Period = { start: "2024-09-01", end: "2025-08-31" };
const YEARS_2022_2027: Period = { start: "2022-01-01", end: "2027-12-31" };
const YEARS_2010_2020: Period = { start: "2010-01-01", end: "2020-12-31" };
const YEAR_2012: Period = { start: "2012-01-01", end: "2012-12-31" };
const YEAR_2023: Period = { start: "2023-01-01", end: "2023-12-31" };
// a month-long campaign («месячник наставничества»)
const MONTH_CAMPAIGN: Period = { start: "2022-01-21", end: "2022-02-23" };

describe("recurrence: «ежегодно», «раз в учебный год» over the roadmap period (contract: ежегодно)", () => {
  it.each<Row>([
    ["один раз в учебный год", SCHOOL, "recurring", "2024-09-01", "2025-08-31", "year"],
    ["2 раза в учебный год", SCHOOL, "recurring", "2024-09-01", "2025-08-31", "year"],
    ["раз в календарный год", CAL, "recurring", "2020-01-01", "2024-12-31", "year"],
  ])("%j (period %j) → %s %s..%s every %s", (...row) => check(row));
});

describe("recurrence from a year on: «ежегодно, начиная с 2021 года» (contract row «Май, ежегодно с 2023 года»)", () => {
  it.each<Row>([
    // from 1 January of the year named to the end of the roadmap
    ["ежегодно, начиная с 2021 года", CAL, "recurring", "2021-01-01", "2024-12-31", "year"],
    ["Май, ежегодно с 2023", YEARS_2022_2027, "recurring", "2023-01-01", "2027-12-31", "year"],
    ["Ежегодно с 2021 года, в мае", CAL, "recurring", "2021-01-01", "2024-12-31", "year"],
    ["ежегодно, начиная с 2021 года, в мае", CAL, "recurring", "2021-01-01", "2024-12-31", "year"],
    [
      "С 2023 года - ежегодно в мае и октябре",
      YEARS_2022_2027,
      "recurring",
      "2023-01-01",
      "2027-12-31",
      "year",
    ],
  ])("%j (period %j) → %s %s..%s every %s", (...row) => check(row));
});

describe("ongoing: «и далее», «по настоящее время», «в дальнейшем» (contract: «2020, далее постоянно»)", () => {
  it.each<Row>([
    // from the date named, no end
    ["2020 и далее", null, "ongoing", "2020-01-01", null],
    ["2020 г. - далее", null, "ongoing", "2020-01-01", null],
    ["с 2019 г. по настоящее время", null, "ongoing", "2019-01-01", null],
    ["2019 - по настоящее время", null, "ongoing", "2019-01-01", null],
    ["с 2021 года до настоящего времени", null, "ongoing", "2021-01-01", null],
    ["2021 г. - до настоящего времени", null, "ongoing", "2021-01-01", null],
    ["с 2021 г. и в дальнейшем", CAL, "ongoing", "2021-01-01", null],
    // the whole period, then kept up: from the roadmap's start
    ["В течение учебного года, далее постоянно", SCHOOL, "ongoing", "2024-09-01", null],
    ["В течение учебного года, - далее постоянно", SCHOOL, "ongoing", "2024-09-01", null],
    // no date of its own: kept up from the roadmap's start
    ["в дальнейшем", CAL, "ongoing", "2020-01-01", null],
    ["В дальнейшем", null, "ongoing", null, null],
    ["впоследствии", CAL, "ongoing", "2020-01-01", null],
    ["и в дальнейшем", CAL, "ongoing", "2020-01-01", null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("the whole roadmap period (contract: «В течение всего периода реализации ЦМН»)", () => {
  it.each<Row>([
    ["Период реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["Весь срок реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["весь срок", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в течение срока действия программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["В течение реализации программы наставничества", CAL, "period", "2020-01-01", "2024-12-31"],
    ["на протяжении реализации проекта", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в ходе реализации проекта", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в рамках реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в период реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в ходе учебного года", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["весь учебный год", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["весь год", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["систематически", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["круглогодично", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["непрерывно", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    // the plan of a month-long campaign: its own dates are the period
    ["в течение месячника наставничества", MONTH_CAMPAIGN, "period", "2022-01-21", "2022-02-23"],
    ["в рамках месячника", MONTH_CAMPAIGN, "period", "2022-01-21", "2022-02-23"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("hangs on an event (contract: «После утверждения региональных критериев» → unscheduled)", () => {
  it.each<Row>([
    ["в течение 10 рабочих дней после утверждения", SCHOOL, "unscheduled", null, null],
    ["в течение 3 календарных дней", SCHOOL, "unscheduled", null, null],
    ["в течение 5 дней после проведения", SCHOOL, "unscheduled", null, null],
    ["в сроки, установленные приказом управления образования", SCHOOL, "unscheduled", null, null],
    ["в установленные сроки", SCHOOL, "unscheduled", null, null],
    ["в рамках проведения конкурса", SCHOOL, "unscheduled", null, null],
    ["в зависимости от эпидемиологической ситуации", SCHOOL, "unscheduled", null, null],
    ["в случае необходимости", SCHOOL, "unscheduled", null, null],
    ["во время проведения олимпиады", SCHOOL, "unscheduled", null, null],
    ["в дни проведения мероприятий", SCHOOL, "unscheduled", null, null],
    ["в день проведения педсовета", SCHOOL, "unscheduled", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("a date with a remark or an hour (DEADLINES.md: «В 2011 году по графику», «31 августа 10:00»)", () => {
  it.each<Row>([
    ["в 2011 году по отдельному графику", YEARS_2010_2020, "period", "2011-01-01", "2011-12-31"],
    ["в 2011 году по утвержденному графику", YEARS_2010_2020, "period", "2011-01-01", "2011-12-31"],
    ["01 сентября 08:30-12:30", YEAR_2012, "period", "2012-09-01", "2012-09-01"],
    ["01 сентября 08:30 - 12:30, актовый зал", YEAR_2012, "period", "2012-09-01", "2012-09-01"],
    ["15 октября 14:00, актовый зал", YEAR_2012, "period", "2012-10-15", "2012-10-15"],
    // a range split over two lines of a cell lost its dash (DEADLINES.md: «20.04. 20.05.2011»)
    ["с 20.04. 20.05.2011", null, "period", "2011-04-20", "2011-05-20"],
    ["20.04. 20.05.21 г.", null, "period", "2021-04-20", "2021-05-20"],
    // the date first, then the place; another date after the comma is no deadline (DEADLINES.md)
    ["15.05.2011, перенос на 2012 год", null, "unknown", null, null],
    ["24.05.2011, повторно в 2012 году", null, "unknown", null, null],
    ["6 мая, перенос на июнь", YEAR_2023, "unknown", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("weeks and school holidays (DEADLINES.md: week k = days 7k-6…7k; holidays as their months)", () => {
  it.each<Row>([
    ["1 неделя сентября", SCHOOL, "period", "2024-09-01", "2024-09-07"],
    ["2 неделя октября 2024", null, "period", "2024-10-08", "2024-10-14"],
    ["осенние каникулы", SCHOOL, "period", "2024-10-01", "2024-11-30"],
    ["в период зимних каникул", SCHOOL, "period", "2024-12-01", "2025-01-31"],
    ["весенние каникулы", SCHOOL, "period", "2025-03-01", "2025-03-31"],
    ["в период весенних каникул", SCHOOL, "period", "2025-03-01", "2025-03-31"],
    ["весенние каникулы 2025", null, "period", "2025-03-01", "2025-03-31"],
    ["летние каникулы", SCHOOL, "period", "2025-06-01", "2025-08-31"],
    ["в период летних каникул", SCHOOL, "period", "2025-06-01", "2025-08-31"],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

// Phrases the parser read wrong before this file (each row was red on the code before the fix; the
// rows are in docs/DEADLINES.md too).
describe("phrases a department writes that were unknown or unscheduled", () => {
  it.each<Row>([
    // «к концу …» is «до конца …» (DEADLINES.md: «до конца года» only inside a one-year roadmap)
    ["к концу учебного года", SCHOOL, "due", null, "2025-08-31"],
    ["к окончанию учебного года", SCHOOL, "due", null, "2025-08-31"],
    ["к концу года", CAL, "unknown", null, null],
    ["до конца учебного года, по графику", SCHOOL, "due", null, "2025-08-31"],
    // week k of a month, with «в течение»
    ["в течение первой недели сентября", SCHOOL, "period", "2024-09-01", "2024-09-07"],
    ["в течении последней недели мая", SCHOOL, "period", "2025-05-25", "2025-05-31"],
    // «постоянно» before a whole-period phrase repeats it: the roadmap period
    ["Постоянно, в течение учебного года", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["систематически в течение года", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["регулярно в течение всего периода реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    // a remark after the whole period leaves it whole (DEADLINES.md: «В 2011 году по графику»)
    ["в течение года, по графику", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["постоянно (по плану)", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    ["систематически, по отдельному плану", SCHOOL, "period", "2024-09-01", "2025-08-31"],
    // … and before «в дальнейшем»: kept up from the roadmap's start
    ["постоянно и в дальнейшем", CAL, "ongoing", "2020-01-01", null],
    ["регулярно, в дальнейшем", CAL, "ongoing", "2020-01-01", null],
    // the holidays date the item; only «в каникулы» with no season, or «после …», waits for an event
    ["во время осенних каникул", SCHOOL, "period", "2024-10-01", "2024-11-30"],
    ["в дни весенних каникул", SCHOOL, "period", "2025-03-01", "2025-03-31"],
    ["после осенних каникул", SCHOOL, "unscheduled", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});
