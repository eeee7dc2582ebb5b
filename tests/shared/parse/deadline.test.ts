import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import type { Period } from "../../../shared/parse/period.ts";
import { check, type Row } from "./deadline-row.ts";

const CAL: Period = { start: "2020-01-01", end: "2024-12-31" };
const SCHOOL: Period = { start: "2023-09-01", end: "2024-08-31" };
const SCHOOL_2020: Period = { start: "2020-09-01", end: "2021-08-31" };

describe("parseDeadline: the contract table of the brief", () => {
  it.each<Row>([
    // month bounds
    ["сентябрь 2020", null, "period", "2020-09-01", "2020-09-30"],
    ["Апрель 2023", null, "period", "2023-04-01", "2023-04-30"],
    // first month start – last month end
    ["сентябрь-октябрь 2020", null, "period", "2020-09-01", "2020-10-31"],
    ["Октябрь-ноябрь 2022", null, "period", "2022-10-01", "2022-11-30"],
    ["сентябрь- 2020 г.", null, "period", "2020-09-01", "2020-09-30"],
    // no year: from the roadmap period
    ["октябрь–ноябрь", SCHOOL, "period", "2023-10-01", "2023-11-30"],
    ["октябрь–ноябрь", CAL, "period", "2020-10-01", "2020-11-30"],
    // due
    ["до 01.12.2021", null, "due", null, "2021-12-01"],
    ["До 1.11.2022 г.", null, "due", null, "2022-11-01"],
    ["До 19.02.23", null, "due", null, "2023-02-19"],
    ["до 1 июня 2021", null, "due", null, "2021-06-01"],
    ["до 1. 12.2020 г.", null, "due", null, "2020-12-01"],
    // years
    ["2020", null, "period", "2020-01-01", "2020-12-31"],
    ["2020-2024", null, "period", "2020-01-01", "2024-12-31"],
    ["2023-2024гг", null, "period", "2023-01-01", "2024-12-31"],
    // school years
    ["2020-2021 учебный год", null, "period", "2020-09-01", "2021-08-31"],
    ["2020/2021 уч. г.", null, "period", "2020-09-01", "2021-08-31"],
    // the day before the month named
    ["До марта 2023", null, "due", null, "2023-02-28"],
    ["С сентября по декабрь 2023-2024 гг", null, "period", "2023-09-01", "2024-12-31"],
    // ongoing
    ["2020, далее постоянно", null, "ongoing", "2020-01-01", null],
    ["До 01.12.2021 г., далее - регулярное обновление", CAL, "ongoing", "2020-01-01", null],
    // recurring over the roadmap period
    ["ежегодно", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["ежеквартально", SCHOOL, "recurring", "2023-09-01", "2024-08-31"],
    ["ежемесячно", CAL, "recurring", "2020-01-01", "2024-12-31"],
    // the whole period
    ["В течение всего периода реализации ЦМН", CAL, "period", "2020-01-01", "2024-12-31"],
    // unscheduled
    ["по графику", CAL, "unscheduled", null, null],
    ["по отдельному графику", CAL, "unscheduled", null, null],
    ["В соответствии со сроками реализации программ наставничества", CAL, "unscheduled", null, null],
    ["После утверждения региональных критериев", CAL, "unscheduled", null, null],
    // anything else
    ["когда-нибудь", CAL, "unknown", null, null],
    ["Управление образования", CAL, "unknown", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));

  it("tags recurrence", () => {
    expect(parseDeadline("ежегодно", CAL).every).toBe("year");
    expect(parseDeadline("ежеквартально", CAL).every).toBe("quarter");
    expect(parseDeadline("ежемесячно", CAL).every).toBe("month");
    expect(parseDeadline("2020", CAL).every).toBeNull();
  });
});

describe("parseDeadline: details from the documents", () => {
  it.each<Row>([
    ["Ноябрь 2021", null, "period", "2021-11-01", "2021-11-30"],
    ["октябрь –ноябрь 2020", null, "period", "2020-10-01", "2020-11-30"],
    ["сентябрь-октябрь", SCHOOL, "period", "2023-09-01", "2023-10-31"],
    ["апрель", SCHOOL, "period", "2024-04-01", "2024-04-30"],
    ["январь-май", SCHOOL, "period", "2024-01-01", "2024-05-31"],
    ["ноябрь", SCHOOL, "period", "2023-11-01", "2023-11-30"],
    ["ноябрь", CAL, "period", "2020-11-01", "2020-11-30"],
    ["май", SCHOOL_2020, "period", "2021-05-01", "2021-05-31"],
    ["ноябрь", null, "unknown", null, null],
    ["сентябрь-октябрь", null, "unknown", null, null],
    ["до 01.12 .2020 г.", null, "due", null, "2020-12-01"],
    ["До 01.12.2020 г.", null, "due", null, "2020-12-01"],
    ["до 1 декабря 2020", null, "due", null, "2020-12-01"],
    ["2021-2024", null, "period", "2021-01-01", "2024-12-31"],
    ["2020-2021, далее постоянно", null, "ongoing", "2020-01-01", null],
    ["До 01.12.2021 г., далее - регулярное обновление", null, "ongoing", null, null],
    ["Ежегодно", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["ежегодно", null, "recurring", null, null],
    ["В течение всего срока реализации ЦМН", CAL, "period", "2020-01-01", "2024-12-31"],
    ["В течение всего периода реализации ЦМН", null, "unscheduled", null, null],
    ["в течение года", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в течение учебного года", SCHOOL, "period", "2023-09-01", "2024-08-31"],
    ["В соответствии со сроками реализации", CAL, "unscheduled", null, null],
    ["по мере необходимости", CAL, "unscheduled", null, null],
    ["по запросу", null, "unscheduled", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));
});

describe("parseDeadline: the grammar beyond the seeds", () => {
  it.each<Row>([
    // months in every case, abbreviations, «в …»
    ["в сентябре 2021 г.", null, "period", "2021-09-01", "2021-09-30"],
    ["сент. 2021", null, "period", "2021-09-01", "2021-09-30"],
    ["Февраль 2024", null, "period", "2024-02-01", "2024-02-29"],
    ["май-июнь 2021 г.", null, "period", "2021-05-01", "2021-06-30"],
    ["мая 2022 года", null, "period", "2022-05-01", "2022-05-31"],
    ["декабрь 2020 – январь 2021", null, "period", "2020-12-01", "2021-01-31"],
    ["сентябрь 2020 г. — май 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    ["сентябрь, октябрь 2021", null, "period", "2021-09-01", "2021-10-31"],
    ["сентябрь и декабрь 2021", null, "period", "2021-09-01", "2021-12-31"],
    ["декабрь-январь", SCHOOL, "period", "2023-12-01", "2024-01-31"],
    ["ноябрь-январь", CAL, "period", "2020-11-01", "2021-01-31"],
    ["декабрь-январь 2021", null, "period", "2020-12-01", "2021-01-31"],
    ["12.2021", null, "period", "2021-12-01", "2021-12-31"],
    ["Сентябрь, 2020", null, "period", "2020-09-01", "2020-09-30"],
    ["сентябрь, октябрь, 2020 г.", null, "period", "2020-09-01", "2020-10-31"],
    ["Май 2021, май 2022", null, "period", "2021-05-01", "2022-05-31"],
    ["4 квартал 2020 года – 1 квартал 2021 года", null, "period", "2020-10-01", "2021-03-31"],
    ["с 01.09.2021г. по 31.05.2022г.", null, "period", "2021-09-01", "2022-05-31"],
    // quarters, halves, school terms
    ["I квартал 2021", null, "period", "2021-01-01", "2021-03-31"],
    ["1 квартал 2022 г.", null, "period", "2022-01-01", "2022-03-31"],
    ["IV кв. 2021", null, "period", "2021-10-01", "2021-12-31"],
    ["3-й квартал 2021 года", null, "period", "2021-07-01", "2021-09-30"],
    ["в III квартале 2022", null, "period", "2022-07-01", "2022-09-30"],
    ["1-2 квартал 2021", null, "period", "2021-01-01", "2021-06-30"],
    ["III-IV кварталы 2021 года", null, "period", "2021-07-01", "2021-12-31"],
    ["II полугодие 2021", null, "period", "2021-07-01", "2021-12-31"],
    ["первое полугодие 2022 года", null, "period", "2022-01-01", "2022-06-30"],
    ["2 полугодие 2023-2024 учебного года", null, "period", "2024-01-01", "2024-08-31"],
    ["I полугодие", SCHOOL, "period", "2023-09-01", "2023-12-31"],
    ["I полугодие", CAL, "period", "2020-01-01", "2020-06-30"],
    ["I квартал", SCHOOL, "period", "2024-01-01", "2024-03-31"],
    ["II четверть", SCHOOL, "period", "2023-11-01", "2023-12-31"],
    ["I четверть 2021-2022 учебного года", null, "period", "2021-09-01", "2021-10-31"],
    // dates and date ranges
    ["01.09.2020 – 31.05.2021", null, "period", "2020-09-01", "2021-05-31"],
    ["с 01.09.2021 по 31.12.2021", null, "period", "2021-09-01", "2021-12-31"],
    ["с 01.09.2021 г. до 31.12.2021 г.", null, "period", "2021-09-01", "2021-12-31"],
    ["01.09-30.09.2021", null, "period", "2021-09-01", "2021-09-30"],
    ["01.12-31.01.2021", null, "period", "2020-12-01", "2021-01-31"],
    ["с 1 по 15 сентября 2021", null, "period", "2021-09-01", "2021-09-15"],
    ["1-15 сентября 2021 г.", null, "period", "2021-09-01", "2021-09-15"],
    ["15.09.2021", null, "period", "2021-09-15", "2021-09-15"],
    ["2021-09-15", null, "period", "2021-09-15", "2021-09-15"],
    ["01.09", SCHOOL, "period", "2023-09-01", "2023-09-01"],
    ["с сентября по май", SCHOOL, "period", "2023-09-01", "2024-05-31"],
    ["сентябрь - май 2020/2021 уч.г.", null, "period", "2020-09-01", "2021-05-31"],
    ["сентябрь 2023-2024 гг.", null, "period", "2023-09-01", "2024-09-30"],
    ["2021 г. сентябрь", null, "period", "2021-09-01", "2021-09-30"],
    // years and school years
    ["в течение 2021 года", null, "period", "2021-01-01", "2021-12-31"],
    ["2021 год", null, "period", "2021-01-01", "2021-12-31"],
    ["2020 – 2024 годы", null, "period", "2020-01-01", "2024-12-31"],
    ["2020-2024 г.г.", null, "period", "2020-01-01", "2024-12-31"],
    ["2020, 2022", null, "period", "2020-01-01", "2022-12-31"],
    ["2021/2022", null, "period", "2021-09-01", "2022-08-31"],
    ["в 2020-2021 учебном году", null, "period", "2020-09-01", "2021-08-31"],
    ["2020-2021 уч.год", null, "period", "2020-09-01", "2021-08-31"],
    ["2020/2022 учебные годы", null, "period", "2020-09-01", "2022-08-31"],
    // due
    ["до конца 2021 года", null, "due", null, "2021-12-31"],
    ["до конца I квартала 2022", null, "due", null, "2022-03-31"],
    ["до начала 2022 года", null, "due", null, "2021-12-31"],
    ["до 2024 года", null, "due", null, "2024-12-31"],
    ["не позднее 1 марта 2023", null, "due", null, "2023-03-01"],
    ["не позднее марта 2023", null, "due", null, "2023-03-31"],
    ["по 31.12.2021", null, "due", null, "2021-12-31"],
    ["к 1 сентября 2021 г.", null, "due", null, "2021-09-01"],
    ["до 1-го сентября 2021", null, "due", null, "2021-09-01"],
    ["до 25 декабря", SCHOOL, "due", null, "2023-12-25"],
    ["до 31 мая", SCHOOL, "due", null, "2024-05-31"],
    ["до 01.06", CAL, "due", null, "2020-06-01"],
    ["до конца года", SCHOOL, "due", null, "2024-08-31"],
    ["до конца года", CAL, "unknown", null, null],
    ["до 15.12.2021 включительно", null, "due", null, "2021-12-15"],
    ["до 29.02.2024", null, "due", null, "2024-02-29"],
    // ongoing
    ["с 2021 года и далее", null, "ongoing", "2021-01-01", null],
    ["с сентября 2021", null, "ongoing", "2021-09-01", null],
    ["начиная с 01.09.2021", null, "ongoing", "2021-09-01", null],
    ["2021 г. и в дальнейшем", null, "ongoing", "2021-01-01", null],
    ["сентябрь 2020 - постоянно", null, "ongoing", "2020-09-01", null],
    ["в течение года, далее постоянно", CAL, "ongoing", "2020-01-01", null],
    ["далее постоянно", CAL, "ongoing", "2020-01-01", null],
    // recurring
    ["2020-2024 гг. (ежегодно)", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["ежегодно, 2021-2023", CAL, "recurring", "2021-01-01", "2023-12-31"],
    ["ежегодно в мае", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["ежегодно до 1 сентября", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["2021, далее ежегодно", CAL, "recurring", "2021-01-01", "2024-12-31"],
    ["1 раз в квартал", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["каждый месяц", SCHOOL, "recurring", "2023-09-01", "2024-08-31"],
    ["ежеквартально по графику", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["до 20 числа каждого месяца", CAL, "recurring", "2020-01-01", "2024-12-31"],
    ["январь 2021 г., далее ежегодно", CAL, "recurring", "2021-01-01", "2024-12-31"],
    ["май 2021 (далее ежегодно)", CAL, "recurring", "2021-05-01", "2024-12-31"],
    // the whole period and phrases without dates
    ["постоянно", CAL, "period", "2020-01-01", "2024-12-31"],
    ["постоянно", null, "unscheduled", null, null],
    ["весь период", SCHOOL, "period", "2023-09-01", "2024-08-31"],
    ["на протяжении всего периода реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в период реализации программы", CAL, "period", "2020-01-01", "2024-12-31"],
    ["в течение 10 дней после утверждения", CAL, "unscheduled", null, null],
    ["в течение месяца", CAL, "unscheduled", null, null],
    ["при необходимости", CAL, "unscheduled", null, null],
    ["согласно плану работы", CAL, "unscheduled", null, null],
    ["по итогам года", CAL, "unscheduled", null, null],
    ["сентябрь 2021 (по графику)", null, "period", "2021-09-01", "2021-09-30"],
    ["2020-2024 (по отдельному плану)", null, "period", "2020-01-01", "2024-12-31"],
    ["по мере поступления", CAL, "unscheduled", null, null],
    // spaces, dashes and dots of every kind
    [
      "\u00a0Сентябрь\u00a0—\u00a0октябрь\u00a02020\u00a0г.\u00a0",
      null,
      "period",
      "2020-09-01",
      "2020-10-31",
    ],
    ["СЕНТЯБРЬ 2020.", null, "period", "2020-09-01", "2020-09-30"],
    ["2020 ‒ 2024 гг.", null, "period", "2020-01-01", "2024-12-31"],
    ["сентябрь  \n 2020", null, "period", "2020-09-01", "2020-09-30"],
    // not deadlines
    ["", CAL, "unknown", null, null],
    ["   ", null, "unknown", null, null],
    ["31.02.2021", null, "unknown", null, null],
    ["до 31.02.2021", null, "unknown", null, null],
    ["2024-2020", null, "unknown", null, null],
    ["декабрь 2021 - январь 2021", null, "unknown", null, null],
    ["2020-2021-2022", null, "unknown", null, null],
    ["в период каникул", CAL, "unscheduled", null, null], // no season: hangs on the school calendar (docs/DEADLINES.md)
    ["№ 5", CAL, "unknown", null, null],
    ["V квартал 2021", null, "unknown", null, null],
    ["3 полугодие 2021", null, "unknown", null, null],
    ["квартал 2021", null, "unknown", null, null],
    ["1 22", CAL, "unknown", null, null],
    ["до", CAL, "unknown", null, null],
    ["с", CAL, "unknown", null, null],
    ["-", CAL, "unknown", null, null],
    ["сентябрь 1850", null, "unknown", null, null],
    ["constructor 2021", CAL, "unknown", null, null],
    ["1 constructor 2021", CAL, "unknown", null, null],
  ])("%j (period %j) → %s %s..%s", (...row) => check(row));

  it("keeps the trimmed original text", () => {
    expect(parseDeadline("  Ноябрь 2021 \n", null).text).toBe("Ноябрь 2021");
  });

  it("returns a fresh object every time (callers may mutate it)", () => {
    const a = parseDeadline("сентябрь 2020", null);
    a.start = "1999-01-01";
    expect(parseDeadline("сентябрь 2020", null).start).toBe("2020-09-01");
  });

  it("treats a malformed period as none", () => {
    for (const bad of [
      { start: "2024-12-31", end: "2024-01-01" },
      { start: "2024-02-30", end: "2024-12-31" },
      { start: "", end: "" },
      { start: 2020, end: 2024 },
    ] as unknown as Period[]) {
      expect(parseDeadline("ноябрь", bad)).toMatchObject({ kind: "unknown", start: null, end: null });
      expect(parseDeadline("ежегодно", bad)).toMatchObject({ kind: "recurring", start: null, end: null });
      expect(parseDeadline("сентябрь 2020", bad)).toMatchObject({ kind: "period", start: "2020-09-01" });
    }
    expect(parseDeadline("ноябрь", undefined as unknown as null).kind).toBe("unknown");
  });

  it("answers each period with its own years (per-period memo)", () => {
    expect(parseDeadline("апрель", SCHOOL).start).toBe("2024-04-01");
    expect(parseDeadline("апрель", CAL).start).toBe("2020-04-01");
    expect(parseDeadline("апрель", { ...SCHOOL }).start).toBe("2024-04-01");
    expect(parseDeadline("апрель", null).kind).toBe("unknown");
  });

  it("survives non-string input from untyped callers", () => {
    expect(parseDeadline(undefined as unknown as string, null).kind).toBe("unknown");
    expect(parseDeadline(2020 as unknown as string, null).kind).toBe("unknown");
  });
});

// Written against the survivors of the mutation run (docs/QUALITY.md); each expectation follows the
// contract in docs/DEADLINES.md and the BRIEF, and each was checked red on the mutant made by hand.
describe("parseDeadline: rules a mutant could break unnoticed", () => {
  it.each<Row>([
    // «в течение N дней/недели после …» hangs on an event, even with the word «недели» in it
    ["в течение недели после проведения мероприятия", CAL, "unscheduled", null, null],
    // a week of a month only: a week of a year is no rule of the contract
    ["первая неделя 2024", null, "unknown", null, null],
    // the year in brackets is the year of «в течение года», not the roadmap's whole period
    ["в течение года (2024)", null, "period", "2024-01-01", "2024-12-31"],
    ["в течение года (2024)", CAL, "period", "2024-01-01", "2024-12-31"],
    // «далее …» with nothing before it and no roadmap period: ongoing from an unknown start
    ["далее постоянно", null, "ongoing", null, null],
    // «постоянно (2013-2015 г.г.)» typed without the space
    [
      "постоянно(2013-2015 г.г.)",
      { start: "2013-01-01", end: "2015-12-31" },
      "period",
      "2013-01-01",
      "2015-12-31",
    ],
    // a year then a yearless month names that month's year; the bracket is no remark to drop
    ["2021 (сентябрь)", null, "period", "2021-09-01", "2021-09-30"],
  ])("%j (period %j) → %s %s..%s", (text, period, kind, start, end) => {
    check([text, period, kind, start, end]);
  });

  it.each<[string, Period | null, string | null, string | null]>([
    // recurring from the item's own start; the roadmap's end only when it is not before that start
    ["2026, далее ежегодно", CAL, "2026-01-01", null],
    ["2021, далее ежегодно", null, "2021-01-01", null],
    ["31.12.2024, далее ежегодно", CAL, "2024-12-31", "2024-12-31"],
    // «ежегодно с N года»: the later of the year named and the roadmap's start
    ["Май, ежегодно с 2019 года", CAL, "2020-01-01", "2024-12-31"],
    ["Май, ежегодно с 2026 года", CAL, "2026-01-01", null],
    ["Май, ежегодно с 2023 года", null, "2023-01-01", null],
  ])("%j (period %j) → recurring yearly %s..%s", (text, period, start, end) => {
    expect(parseDeadline(text, period)).toEqual({ text, kind: "recurring", start, end, every: "year" });
  });

  it("answers two periods that share a start or an end each with its own dates", () => {
    expect(parseDeadline("сентябрь", { start: "2014-01-01", end: "2014-12-31" }).start).toBe("2014-09-01");
    expect(parseDeadline("сентябрь", { start: "2013-09-01", end: "2014-12-31" }).start).toBe("2013-09-01");
    expect(parseDeadline("ежегодно", { start: "2020-01-01", end: "2024-12-31" }).end).toBe("2024-12-31");
    expect(parseDeadline("ежегодно", { start: "2020-01-01", end: "2022-12-31" }).end).toBe("2022-12-31");
  });

  it("takes a one-day roadmap period as a period", () => {
    const day: Period = { start: "2024-05-01", end: "2024-05-01" };
    expect(parseDeadline("ежегодно", day)).toMatchObject({ start: "2024-05-01", end: "2024-05-01" });
  });

  it("gives non-string input an empty text", () => {
    expect(parseDeadline(null as unknown as string, CAL)).toEqual({
      text: "",
      kind: "unknown",
      start: null,
      end: null,
      every: null,
    });
  });
});

// Written against the survivors of the time-span family's mutation run (docs/QUALITY.md).
describe("parseDeadline: the date grammar's edges a mutant could break unnoticed", () => {
  it.each<Row>([
    // no 30th of February, no year past the grammar's range: not a date
    ["30.02.2024", null, "unknown", null, null],
    ["01.09.2200", null, "unknown", null, null],
    // a month of the second half of an abbreviated school year lies in its second year
    ["май 2024-25 уч. г.", null, "period", "2025-05-01", "2025-05-31"],
    // «2024-26» is no school year (25 would follow 2024), and 26 is no day of a month named
    ["2024-26", null, "unknown", null, null],
    // «по» between two months is the range's end, as in «С сентября по декабрь»
    ["сентябрь по декабрь 2024", null, "period", "2024-09-01", "2024-12-31"],
    // the Cyrillic «І» typed for a Roman I
    ["І квартал 2025", null, "period", "2025-01-01", "2025-03-31"],
    // «учебного года» away from a year names no date of its own
    ["в сентябре учебного года", SCHOOL, "period", "2023-09-01", "2023-09-30"],
    // ISO dates as a sheet's date cells show them
    ["до 2021-12-31", null, "due", null, "2021-12-31"],
    ["с 2021-09-01 по 2021-12-31", null, "period", "2021-09-01", "2021-12-31"],
    // «сентябрь- 2020 г.» (a dash typed before the year) in a list of months
    ["сентябрь- 2020 г., октябрь- 2021 г.", null, "period", "2020-09-01", "2021-10-31"],
    ["сентябрь- 2020 г.; май- 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    // the same dash with the year last in the cell, or closed by a full stop (as the contract's row)
    ["сентябрь- 2020", null, "period", "2020-09-01", "2020-09-30"],
    ["сентябрь- 2020.", null, "period", "2020-09-01", "2020-09-30"],
    // …and then a range on to another month (the dash before the year still joins nothing)
    ["сентябрь- 2020 г. - май 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    ["сентябрь- 2020 - май 2021", null, "period", "2020-09-01", "2021-05-31"],
    // a slash typed before the year is the same typo: the month of that year, not the whole year
    ["сентябрь/ 2020 г.", null, "period", "2020-09-01", "2020-09-30"],
    ["сентябрь/2020", null, "period", "2020-09-01", "2020-09-30"],
    ["сентябрь/ 2020 г. - май/ 2021 г.", null, "period", "2020-09-01", "2021-05-31"],
    // …while a slash between two months still lists them
    ["сентябрь/октябрь 2020", null, "period", "2020-09-01", "2020-10-31"],
  ])("%j (period %j) → %s %s..%s", (text, period, kind, start, end) => {
    check([text, period, kind, start, end]);
  });
});
