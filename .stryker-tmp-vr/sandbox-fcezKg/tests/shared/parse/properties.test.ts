// Properties over arbitrary and grammar-shaped text: nothing throws, every date is real, ranges run forward,
// and texts built from known month/date/year pieces come back as the bounds they were built from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayBefore,
  daysFromIso,
  isoDate,
  isoFromDays,
  isValidIso,
  monthEnd,
  parseDateCell,
} from "../../../shared/parse/dates.ts";
import type { Deadline } from "../../../shared/parse/deadline.ts";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import type { Period } from "../../../shared/parse/period.ts";
import { findPeriod, parsePeriodOption } from "../../../shared/parse/period.ts";
import { parseResponsible } from "../../../shared/parse/responsible.ts";
import { isTargetMet, parseActual, parseTarget, targetValueFor } from "../../../shared/parse/target.ts";

const RUNS = { numRuns: 2000 };

const NOMINATIVE = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const PREPOSITIONAL = [
  "январе",
  "феврале",
  "марте",
  "апреле",
  "мае",
  "июне",
  "июле",
  "августе",
  "сентябре",
  "октябре",
  "ноябре",
  "декабре",
];

// Pieces of real deadlines, shuffled into mostly-nonsense that still exercises every branch of the grammar.
const PIECES = [
  ...NOMINATIVE,
  ...GENITIVE,
  "2019",
  "2020",
  "2021",
  "2024",
  "2099",
  "23",
  "1",
  "12",
  "31",
  "0",
  "99999",
  "01.09.2020",
  "1.11.2022",
  "19.02.23",
  "31.02.2021",
  "12.2021",
  "2021-06-01",
  "1. 12.2020",
  "01.12 .2020",
  "-",
  "–",
  "—",
  "/",
  ",",
  ";",
  "(",
  ")",
  ".",
  ":",
  "№",
  "до",
  "с",
  "по",
  "к",
  "не позднее",
  "в течение",
  "начиная",
  "и",
  "далее",
  "постоянно",
  "в дальнейшем",
  "г.",
  "гг",
  "года",
  "годы",
  "учебный год",
  "уч.",
  "квартал",
  "кв.",
  "полугодие",
  "четверть",
  "I",
  "II",
  "IV",
  "V",
  "первое",
  "второго",
  "-й",
  "конца",
  "начала",
  "ежегодно",
  "ежеквартально",
  "ежемесячно",
  "раз в",
  "по графику",
  "весь период",
  "всего периода реализации",
  "В соответствии",
  "после",
  "ЦМН",
  "Управление",
  "\u00a0",
  "ё",
];

const grammarText = fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  grammarText,
);

const period: fc.Arbitrary<Period | null> = fc.option(
  fc.oneof(
    fc
      .record({ a: fc.integer({ min: 1990, max: 2090 }), n: fc.integer({ min: 0, max: 6 }) })
      .map(({ a, n }) => ({
        start: isoDate(a, 1, 1),
        end: isoDate(a + n, 12, 31),
      })),
    fc
      .record({ a: fc.integer({ min: 1990, max: 2090 }), n: fc.integer({ min: 1, max: 4 }) })
      .map(({ a, n }) => ({
        start: isoDate(a, 9, 1),
        end: isoDate(a + n, 8, 31),
      })),
  ),
);

function checkDeadline(d: Deadline, text: string): void {
  expect(d.text).toBe(text.trim());
  for (const iso of [d.start, d.end]) if (iso !== null) expect(isValidIso(iso)).toBe(true);
  if (d.start !== null && d.end !== null) expect(d.start <= d.end).toBe(true);
  switch (d.kind) {
    case "due":
      expect(d.end).not.toBeNull();
      expect(d.start).toBeNull();
      break;
    case "period":
      expect(d.start).not.toBeNull();
      expect(d.end).not.toBeNull();
      break;
    case "ongoing":
      expect(d.end).toBeNull();
      break;
    case "unscheduled":
    case "unknown":
      expect([d.start, d.end]).toEqual([null, null]);
      break;
  }
  expect(d.every !== null).toBe(d.kind === "recurring");
}

const yearMonth = fc.record({ y: fc.integer({ min: 1990, max: 2090 }), m: fc.integer({ min: 1, max: 12 }) });
const dash = fc.constantFrom("-", " - ", "–", " – ", "—", " —", "- ", "\u00a0–\u00a0");
const yearSuffix = fc.constantFrom("", " г.", " г", "г.", " года", " год");
const capitalise = (s: string, on: boolean) => (on ? s[0]!.toUpperCase() + s.slice(1) : s);

describe("properties", () => {
  it("parseDeadline never throws; dates are valid ISO and ranges run forward", () => {
    fc.assert(
      fc.property(anyText, period, (text, p) => {
        checkDeadline(parseDeadline(text, p), text);
      }),
      RUNS,
    );
  });

  it("parseDeadline keeps dated items of a period text in place regardless of case and spaces", () => {
    fc.assert(
      fc.property(grammarText, period, (text, p) => {
        const a = parseDeadline(text, p);
        const b = parseDeadline(`  ${text.toUpperCase()}\u00a0`, p);
        expect([b.kind, b.start, b.end, b.every]).toEqual([a.kind, a.start, a.end, a.every]);
      }),
      RUNS,
    );
  });

  it("month round trip: «сентябрь 2020»", () => {
    fc.assert(
      fc.property(yearMonth, fc.boolean(), yearSuffix, ({ y, m }, cap, suffix) => {
        const d = parseDeadline(`${capitalise(NOMINATIVE[m - 1]!, cap)} ${y}${suffix}`, null);
        expect([d.kind, d.start, d.end]).toEqual(["period", isoDate(y, m, 1), monthEnd(y, m)]);
      }),
      RUNS,
    );
  });

  it("month range round trip: «сентябрь-октябрь 2020», «декабрь 2020 – январь 2021», «с сентября 2020 по май 2021»", () => {
    fc.assert(
      fc.property(yearMonth, yearMonth, dash, fc.boolean(), yearSuffix, (a, b, sep, cap, suffix) => {
        const [from, to] = a.y * 12 + a.m <= b.y * 12 + b.m ? [a, b] : [b, a];
        const bounds = ["period", isoDate(from.y, from.m, 1), monthEnd(to.y, to.m)];
        const name = (x: { m: number }) => NOMINATIVE[x.m - 1]!;
        const texts =
          from.y === to.y
            ? [`${capitalise(name(from), cap)}${sep}${name(to)} ${to.y}${suffix}`]
            : [`${capitalise(name(from), cap)} ${from.y}${sep}${name(to)} ${to.y}${suffix}`];
        texts.push(`с ${GENITIVE[from.m - 1]} ${from.y} по ${name(to)} ${to.y}`);
        for (const text of texts) {
          const d = parseDeadline(text, null);
          expect([d.kind, d.start, d.end], text).toEqual(bounds);
        }
      }),
      RUNS,
    );
  });

  it("yearless months land in the roadmap period: its first such month on or after the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (y, m, school) => {
          const p = school
            ? { start: isoDate(y, 9, 1), end: isoDate(y + 1, 8, 31) }
            : { start: isoDate(y, 1, 1), end: isoDate(y + 2, 12, 31) };
          const year = school && m < 9 ? y + 1 : y;
          for (const text of [NOMINATIVE[m - 1]!, `в ${PREPOSITIONAL[m - 1]}`]) {
            const d = parseDeadline(text, p);
            expect([d.kind, d.start, d.end], text).toEqual([
              "period",
              isoDate(year, m, 1),
              monthEnd(year, m),
            ]);
            expect(d.start! >= p.start && d.end! <= p.end).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("date round trip: «до 01.12.2021», «до 1 декабря 2021 г.», «с … по …»", () => {
    const day = fc.integer({ min: daysFromIso("1990-01-01"), max: daysFromIso("2090-12-31") });
    fc.assert(
      fc.property(day, day, fc.boolean(), (x, z, pad) => {
        const iso = isoFromDays(x);
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        const dd = pad ? String(d).padStart(2, "0") : String(d);
        const mm = pad ? String(m).padStart(2, "0") : String(m);
        const texts = [`до ${dd}.${mm}.${y}`, `До ${d} ${GENITIVE[m - 1]} ${y} г.`];
        // two-digit years are read as 20yy
        if (y >= 2000 && y <= 2099) texts.push(`до ${dd}.${mm}.${String(y).slice(2)}`);
        for (const text of texts) {
          expect(parseDeadline(text, null), text).toMatchObject({ kind: "due", start: null, end: iso });
        }
        const [lo, hi] = x <= z ? [iso, isoFromDays(z)] : [isoFromDays(z), iso];
        const hiText = hi.split("-").reverse().join(".");
        const loText = lo.split("-").reverse().join(".");
        expect(parseDeadline(`с ${loText} по ${hiText}`, null)).toMatchObject({
          kind: "period",
          start: lo,
          end: hi,
        });
        expect(parseDeadline(`${loText} – ${hiText}`, null)).toMatchObject({
          kind: "period",
          start: lo,
          end: hi,
        });
      }),
      RUNS,
    );
  });

  it("«До марта 2023» ends the day before the month; years and school years round trip", () => {
    fc.assert(
      fc.property(yearMonth, fc.integer({ min: 0, max: 6 }), ({ y, m }, n) => {
        expect(parseDeadline(`До ${GENITIVE[m - 1]} ${y}`, null)).toMatchObject({
          kind: "due",
          end: dayBefore(isoDate(y, m, 1)),
        });
        expect(parseDeadline(n === 0 ? `${y}` : `${y}-${y + n} гг.`, null)).toMatchObject({
          kind: "period",
          start: isoDate(y, 1, 1),
          end: isoDate(y + n, 12, 31),
        });
        expect(parseDeadline(`${y}/${y + 1} уч. г.`, null)).toMatchObject({
          kind: "period",
          start: isoDate(y, 9, 1),
          end: isoDate(y + 1, 8, 31),
        });
      }),
      RUNS,
    );
  });

  it("findPeriod / parsePeriodOption never throw and give ordered valid periods", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const p of [findPeriod(text), parsePeriodOption(text)]) {
          if (p === null) continue;
          expect(isValidIso(p.start) && isValidIso(p.end)).toBe(true);
          expect(p.start <= p.end).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("parseDateCell gives valid dates or null; serials round trip", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const iso = parseDateCell(text);
        if (iso !== null) expect(isValidIso(iso)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80_000 }), (serial) => {
        const iso = parseDateCell(serial)!;
        expect(daysFromIso(iso) - daysFromIso("1899-12-30")).toBe(serial);
        const [y, m, d] = iso.split("-");
        expect(parseDateCell(`${d}.${m}.${y}`)).toBe(iso);
        expect(parseDateCell(iso)).toBe(iso);
      }),
      RUNS,
    );
  });

  it("parseTarget / parseActual / isTargetMet never throw and stay consistent", () => {
    const targetText = fc.oneof(
      anyText,
      fc
        .array(
          fc.constantFrom(
            "не менее",
            "2021",
            "-",
            "1",
            "22",
            "%",
            "г.",
            ";",
            "10",
            "по факту",
            "Имеется",
            "/",
            "отсутствует",
            ",5",
          ),
          {
            maxLength: 8,
          },
        )
        .map((p) => p.join(" ")),
    );
    fc.assert(
      fc.property(targetText, anyText, fc.option(fc.integer({ min: 2015, max: 2030 })), (t, a, year) => {
        const target = parseTarget(t);
        expect(target.text).toBe(t.trim());
        if (target.kind === "count" || target.kind === "percent")
          expect(Number.isFinite(target.value)).toBe(true);
        else expect(target.value).toBeNull();
        expect(target.levels !== null).toBe(target.kind === "levels");
        expect(target.series !== null).toBe(target.kind === "series");
        const want = targetValueFor(target, year);
        if (want !== null) expect(Number.isFinite(want.value)).toBe(true);
        const actual = parseActual(a);
        const met = isTargetMet(target, actual, year);
        expect([true, false, null]).toContain(met);
        if (actual === null) expect(met).toBeNull();
      }),
      RUNS,
    );
  });

  it("parseResponsible never throws; parts are trimmed, non-empty, without trailing commas", () => {
    const people = fc.array(
      fc.constantFrom(
        "Бондарь О.И.",
        "зам. директора по УВР",
        "учителя",
        "Управление образования",
        "Руководители ОО",
        ",",
        ";",
        ":",
        "«",
        "»",
        "(",
        ")",
        "И.И. Иванова",
        "-",
        "\n",
        "1.",
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          people.map((p) => p.join(" ")),
        ),
        (text) => {
          for (const part of parseResponsible(text)) {
            expect(part).not.toBe("");
            expect(part).toBe(part.trim());
            expect(part).not.toMatch(/[,;]$/);
          }
        },
      ),
      RUNS,
    );
  });
});
