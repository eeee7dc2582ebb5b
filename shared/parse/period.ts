// The roadmap's own period, read from its title («…на 2020-2024 гг.», «…на 2023-2024 учебный год»).

import { normalizeText } from "../text.ts";
import type { IsoDate } from "./dates.ts";
import { compareIso, isoDate, isValidIso } from "./dates.ts";

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

// Two years joined by a dash or slash. The look-behind skips the year of a date («от 10.06.2020»).
const RANGE_RE = /(?<![\d.])((?:19|20|21)\d\d) ?([-/]) ?((?:19|20|21)\d\d)(?!\d)/g;
// «2023/24»: a school year with the second year cut to two digits.
const SHORT_RANGE_RE = /(?<![\d.])((?:19|20|21)\d\d) ?([-/]) ?(\d\d)(?![\d.])/g;
// What may follow the pair: «гг.», «годы», «учебный год», «уч. г.».
const AFTER_YEARS_RE = /^ ?(?:г\.? ?г|гг|годы|годов|годах|года|год|г)(?![а-я])/;
const AFTER_SCHOOL_RE = /^ ?(?:(?:г\.? ?г|гг|г)\.? ?)?(?:учебн|уч(?![а-я]))/;
const BEFORE_RE = /(?:(?:^|[^а-я])(?:на|в|период|срок)|\()$/;
// «к 2011/2012 учебному году», «к началу 2012/2013 учебного года»: the school year a plan prepares
// for; the plan itself runs before it, in the calendar year that school year starts.
const TOWARDS_RE = /(?:^|[^а-я])к(?: (?:началу|новому))?$/;
// «на 2021 год», «(2021 г.)», «в 2016 году» (a campaign year: ГИА, summer rest); a single year needs «на», «в» or «(».
const SINGLE_RE = /(?:(?:^|[^а-я])(?:на|в) |\()((?:19|20|21)\d\d) ?(?:год|г\.|г(?![а-я]))/;

function schoolYears(y1: number, y2: number): Period {
  return { start: isoDate(y1, 9, 1), end: isoDate(y2, 8, 31) };
}

function calendarYears(y1: number, y2: number): Period {
  return { start: isoDate(y1, 1, 1), end: isoDate(y2, 12, 31) };
}

/** The roadmap period named in a title/heading text, or null.
 *  «на 2020-2024 гг.», «(2020-2024 гг.)», «на 2020-2024 годы», «на 2022 – 2024 гг.», «на 2020- 2024 годы» → 2020-01-01..2024-12-31;
 *  «на 2023-2024 учебный год», «на 2020/2021 учебный год», «2020/2021 уч. г.» → 2023-09-01..2024-08-31 / 2020-09-01..2021-08-31;
 *  «на 2021 год», «в 2016 году» → that calendar year;
 *  «к 2011/2012 учебному году», «к началу 2012/2013 учебного года» (preparation) → 2011 / 2012. Ignore dates of orders like «от 10.06.2020 № 202» (return null for such text). */
export function findPeriod(text: string): Period | null {
  if (typeof text !== "string" || text === "") return null;
  const s = normalizeText(text).replace(SHORT_RANGE_RE, (whole, y1: string, sep: string, yy: string) => {
    // the year after y1, cut to two digits: «1999/00» is 1999/2000
    const y2 = Number(y1) + 1;
    return y2 % 100 === Number(yy) ? `${y1}${sep}${y2}` : whole;
  });
  let found: Period | null = null;
  let at = s.length;
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(s); m !== null; m = RANGE_RE.exec(s)) {
    const y1 = Number(m[1]);
    const y2 = Number(m[3]);
    if (y2 <= y1 || y2 - y1 > 20) continue;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (AFTER_SCHOOL_RE.test(after) || m[2] === "/") {
      const towards = TOWARDS_RE.test(s.slice(Math.max(0, m.index - 12), m.index).trimEnd());
      found = towards ? calendarYears(y1, y1) : schoolYears(y1, y2);
    } else if (
      AFTER_YEARS_RE.test(after) ||
      BEFORE_RE.test(s.slice(Math.max(0, m.index - 10), m.index).trimEnd()) ||
      m[0].length === s.length // the whole text is «2020-2024»
    ) {
      found = calendarYears(y1, y2);
    } else {
      continue;
    }
    at = m.index;
    break;
  }
  const single = SINGLE_RE.exec(s);
  if (single !== null && single.index < at) {
    const y = Number(single[1]);
    return calendarYears(y, y);
  }
  return found;
}

const OPTION_RE = /^(\d{4}-\d{2}-\d{2}) ?\.\. ?(\d{4}-\d{2}-\d{2})$/;
const OPTION_YEARS_RE = /^(\d{4})(?: ?([-/]) ?(\d{4}))?$/;

/** "2024-01-01..2024-12-31" (CLI --period syntax) → Period | null.
 *  Shorthands for people typing it: "2024", "2020-2024" (calendar years), "2023/2024" (a school year). */
export function parsePeriodOption(text: string): Period | null {
  if (typeof text !== "string") return null;
  const s = normalizeText(text);
  const m = OPTION_RE.exec(s);
  if (m) {
    const start = m[1]!;
    const end = m[2]!;
    return isValidIso(start) && isValidIso(end) && compareIso(start, end) <= 0 ? { start, end } : null;
  }
  const y = OPTION_YEARS_RE.exec(s);
  if (!y) return null;
  const y1 = Number(y[1]);
  if (y[3] === undefined) return y1 >= 1 ? calendarYears(y1, y1) : null;
  const y2 = Number(y[3]);
  if (y1 < 1 || y2 < y1) return null;
  return y[2] === "/" ? (y2 > y1 ? schoolYears(y1, y2) : null) : calendarYears(y1, y2);
}

/** Does the period run school years (1 Sep – 31 Aug)? Month names then land in the right calendar year. */
export function isSchoolPeriod(period: Period): boolean {
  return period.start.slice(5) === "09-01";
}
