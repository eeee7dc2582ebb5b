// Free-text deadlines → date ranges, per the contract table in the product brief.
// Order matters: recurrence words win («2020-2024 гг. (ежегодно)»), then «…, далее постоянно»,
// then whole-period and «по графику»-like phrases, then the date grammar (time-span.ts).

import { normalizeText } from "../text.ts";
import type { IsoDate } from "./dates.ts";
import { compareIso, daysFromIso, daysInMonth, isoDate, isValidIso } from "./dates.ts";
import type { Period } from "./period.ts";
import { parseSpan, type Span } from "./time-span.ts";
import { monthOfCode, W_HALF, W_QUARTER, W_TERM, wordCode } from "./time-words.ts";

export type DeadlineKind = "period" | "due" | "ongoing" | "recurring" | "unscheduled" | "unknown";
export type Every = "year" | "quarter" | "month";
export interface Deadline {
  text: string;
  kind: DeadlineKind;
  start: IsoDate | null;
  end: IsoDate | null;
  every: Every | null;
}

interface Core {
  kind: DeadlineKind;
  start: IsoDate | null;
  end: IsoDate | null;
  /** the dates came from the text itself, not from the roadmap period */
  explicit: boolean;
}

const UNKNOWN: Core = { kind: "unknown", start: null, end: null, explicit: false };
const UNSCHEDULED: Core = { kind: "unscheduled", start: null, end: null, explicit: false };

const EVERY_RE =
  /(?:ежегодн|ежеквартальн|поквартальн|ежемесячн|помесячн|еженедельн|ежедневн|ежепол|(?:кажд(?:ый|ого|ое|ую|ом)|раза?\s+в|по)\s+(?:(?:календарн|учебн)[а-я]*\s+)?(?:год|квартал|полугод|месяц|недел|четверт))[а-я]*/;
const EVERY_QUARTER_RE = /квартал|четверт/;
const EVERY_MONTH_RE = /месяц|месяч|недел|дневн/;
const FROM_YEAR_RE = /(?:^|\s)(?:с|начиная\s+с)\s+((?:19|20|21)\d\d)(?:\s?(?:г|год)[а-я]*\.?)?(?![\d.])/;

// «…, далее постоянно», «2020 и далее», «с 2021 г. и в дальнейшем», «… – по настоящее время».
const ONGOING_RE =
  /(?:^|[\s,;(-])(?:и\s+)?(?:далее|в\s+дальнейшем|впоследствии|постоянно|бессрочно|регулярно|по\s+настоящее\s+время|до\s+настоящего\s+времени)(?![а-я])/;
const ONGOING_ALONE_RE = /^(?:и\s+)?(?:далее|в\s+дальнейшем|впоследствии)/;
const HEAD_TAIL_RE = /[\s,;(-]+$/;

// «В течение всего периода реализации ЦМН», «в течение года», «весь период», «постоянно» (no digits);
// «в течение месячника» in the plan of a month-long campaign.
const WHOLE_RE =
  /^(?:(?:в\s+течени[еия]|на\s+протяжении|в\s+ходе|в\s+период|в\s+рамках|за|на|весь)\s+)?(?:(?:всего|весь|всей|целого|текущего|календарного|учебного|отчетного)\s+)*(?:(?:года?|году|учебный\s+год|месячника|декады)(?:\s|$)|(?:периода?|срока?)(?:$|\s+(?:реализ|действ|внедр|проект|программ|дорожн|цмн|план|работ|наставн|модел|обучен|функцион))|(?<=^(?:в\s+течени[еия]|на\s+протяжении|в\s+ходе|в\s+рамках|в\s+период)\s+)(?:реализации|действия|проекта|программы))/;
const ADVERBS = "постоянно|регулярно|систематически|круглогодично|непрерывно";
const WHOLE_ADVERB_RE = new RegExp(`^(?:${ADVERBS}|бессрочно)$`);
// «Постоянно, в течение учебного года», «постоянно и в дальнейшем»: the adverb only repeats the rest
const ADVERB_HEAD_RE = new RegExp(`^(?:${ADVERBS})[\\s,]+`);
const DIGIT_RE = /\d/;
// Dates that hang on an event, not on the calendar.
const UNSCHEDULED_RE =
  /^(?:по\s+(?:мере|необходимости|запрос|требовани|согласовани|график|отдельн|утвержд|план|расписани|приглашени|итогам|окончании|завершении|факту|результатам|указани|распоряжени|срокам|поручени|готовности)|при\s+(?:необходимости|наличии|поступлении|получении|условии|проведении)|в\s+соответствии|согласно|соответственно|после(?=\s|$)|в\s+сроки|в\s+установленн|в\s+рамках|в\s+зависимости|в\s+случае|определя|будет|устанавлива|в\s+(?:период|ходе)\s+проведения|во\s+время|в\s+дни|в\s+день|накануне|перед|в\s+течени[еи]\s+(?:\d+\s+)?(?:(?:рабоч|календарн)[а-я]*\s+)?(?:дн|день|недел|месяц|час|сут))/;
const END_OF_YEAR_RE =
  /^(?:до\s+(?:конца|окончания)|к\s+(?:концу|окончанию))\s+(?:(?:текущего|учебного|календарного)\s+)?года$/;
const PARENS_RE = /\([^()]*\)/g;
const TRAILING_REMARK_RE =
  /[\s,;]+по\s+(?:отдельному\s+|утвержденному\s+)?(?:графику|плану|согласованию|расписанию)$/;
const TIME_OF_DAY_RE = /(?<![\d.:])\d{1,2}:\d{2}(?:\s?-\s?\d{1,2}:\d{2})?(?![\d:])/g;
const SPLIT_RANGE_RE = /(?<![\d.])(\d{1,2}\.\d{1,2}\.)\s+(?=\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d))/g;
const CONTENT_RE = /[^\s,;()\-.:]/;
const YEAR_NUMBER_RE = /(?<!\d)(?:19|20|21)\d\d(?!\d)/;
const WORD_RE = /[а-я]+/g;

// «первая неделя сентября», «2-я неделя октября 2024», «последняя неделя мая»
const WEEK_RE =
  /^(?:(?:на|в|в\s+течени[еи])\s+)?(перв|втор|трет|четверт|последн|[1-4])(?:-?[а-я]{1,3})?\s+недел[а-я]*\s+(.+)$/;
const WEEK_INDEX: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4, последн: 5 };
// School holidays by season, as the months they fall in; «в каникулы» names no season.
// «во время осенних каникул»: the holidays are the date, not an event to wait for
const HOLIDAY_PREP_RE = /^(?:во\s+время|в\s+дни)\s+/;
const HOLIDAYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/осенн[а-я]*\s+каникул[а-я]*/, "октябрь-ноябрь"],
  [/зимн[а-я]*\s+каникул[а-я]*/, "декабрь-январь"],
  [/весенн[а-я]*\s+каникул[а-я]*/, "март"],
  [/летн[а-я]*\s+каникул[а-я]*/, "июнь-август"],
];

/** Week k of a month: days 7k-6 … 7k; the last week is the month's last seven days. */
function week(s: string, period: Period | null): Core | null {
  const m = WEEK_RE.exec(s);
  if (m === null) return null;
  const k = WEEK_INDEX[m[1]!] ?? Number(m[1]);
  const month = parseSpan(m[2]!, period);
  if (month === null || month.kind !== "period" || month.start === null || month.end === null) return null;
  if (month.start.slice(0, 7) !== month.end.slice(0, 7)) return null;
  const y = Number(month.start.slice(0, 4));
  const mo = Number(month.start.slice(5, 7));
  const last = daysInMonth(y, mo);
  const first = k === 5 ? last - 6 : 7 * k - 6;
  const end = k === 5 ? last : 7 * k;
  return { kind: "period", start: isoDate(y, mo, first), end: isoDate(y, mo, end), explicit: month.explicit };
}

function everyOf(word: string): Every {
  if (EVERY_QUARTER_RE.test(word)) return "quarter";
  if (EVERY_MONTH_RE.test(word)) return "month";
  // half-yearly is reported at least yearly: never a false «missing» for the odd quarter
  return "year";
}

/** Phrases without recurrence or «далее»: whole period, event-bound, or the date grammar. */
function plain(text: string, period: Period | null): Core {
  let s = text;
  if (s.includes("каникул")) {
    for (const [re, months] of HOLIDAYS) s = s.replace(re, months);
    if (s.includes("каникул")) return UNSCHEDULED;
    s = s.replace(HOLIDAY_PREP_RE, "");
  }
  if (s.includes("недел")) {
    const w = week(s, period);
    if (w !== null) return w;
  }
  if (!DIGIT_RE.test(s)) {
    // «в течение года, по графику», «постоянно (по плану)»: a remark after the period leaves it whole
    const t = s.replace(PARENS_RE, " ").replace(TRAILING_REMARK_RE, "").trim();
    if (WHOLE_RE.test(t.replace(ADVERB_HEAD_RE, "")) || WHOLE_ADVERB_RE.test(t)) {
      return period ? { kind: "period", start: period.start, end: period.end, explicit: false } : UNSCHEDULED;
    }
    if (END_OF_YEAR_RE.test(t)) {
      // Only one year to end inside a one-year roadmap.
      const oneYear = period !== null && daysFromIso(period.end) - daysFromIso(period.start) < 366;
      return oneYear ? { kind: "due", start: null, end: period.end, explicit: false } : UNKNOWN;
    }
  }
  if (UNSCHEDULED_RE.test(s)) return UNSCHEDULED;
  // «31 августа 10:00», «01 сентября 08:30 - 12:30»: the hour is not part of the deadline;
  // «20.04. 20.05.2011»: a range of dates split over two lines of a cell lost its dash
  s = s.replace(TIME_OF_DAY_RE, " ").replace(SPLIT_RANGE_RE, "$1-").trim();
  let span = parseSpan(s, period);
  if (span === null && s.includes("(")) {
    // «сентябрь 2021 (по графику)»: the remark in brackets is not part of the date
    const bare = s.replace(PARENS_RE, " ").trim();
    if (WHOLE_ADVERB_RE.test(bare)) {
      // «постоянно (2013-2015 г.г.)»: all through the years in brackets
      const inner = s.slice(s.indexOf("(") + 1, s.lastIndexOf(")"));
      span = parseSpan(inner, period);
    } else if (CONTENT_RE.test(bare)) span = parseSpan(bare, period);
  }
  if (span === null && TRAILING_REMARK_RE.test(s)) {
    // «В 2011 году по графику»: the date, and a schedule to be set within it
    const bare = s.replace(TRAILING_REMARK_RE, "").trim();
    if (CONTENT_RE.test(bare)) span = parseSpan(bare, period);
  }
  if (span === null && s.includes(",")) span = datedHead(s, period);
  return span === null ? UNKNOWN : span;
}

/** «24.05.2011, общеобразовательные учреждения города, 10.00 - 12.00 ч» (a «Сроки и место
 *  проведения» column): the date first, then the place and the hour. The head is the deadline when
 *  nothing after it names another date (a month, quarter, half-year, term or year). */
function datedHead(s: string, period: Period | null): Span | null {
  const comma = s.indexOf(",");
  const tail = s.slice(comma + 1);
  if (YEAR_NUMBER_RE.test(tail)) return null;
  for (const w of tail.match(WORD_RE) ?? []) {
    const c = wordCode(w);
    if (monthOfCode(c) !== 0 || c === W_QUARTER || c === W_HALF || c === W_TERM) return null;
  }
  return parseSpan(s.slice(0, comma).trim(), period);
}

/** Everything but recurrence: «…, далее постоянно» then plain phrases. */
function core(s: string, period: Period | null): Core {
  const on = ONGOING_RE.exec(s);
  if (on !== null) {
    const head = s.slice(0, on.index).replace(HEAD_TAIL_RE, "");
    if (CONTENT_RE.test(head)) {
      const r = plain(head, period);
      switch (r.kind) {
        case "period":
        case "ongoing":
          return { kind: "ongoing", start: r.start, end: null, explicit: r.explicit };
        case "due":
          // «До 01.12.2021 г., далее - регулярное обновление»: running since the roadmap began
          return { kind: "ongoing", start: period?.start ?? null, end: null, explicit: false };
        default:
          return r;
      }
    }
    if (ONGOING_ALONE_RE.test(s.replace(ADVERB_HEAD_RE, ""))) {
      return { kind: "ongoing", start: period?.start ?? null, end: null, explicit: false };
    }
  }
  return plain(s, period);
}

function classify(s: string, period: Period | null): Deadline {
  const every = EVERY_RE.exec(s);
  if (every === null) {
    const r = core(s, period);
    return { text: "", kind: r.kind, start: r.start, end: r.end, every: null };
  }
  let start = period?.start ?? null;
  let end = period?.end ?? null;
  const rest = s.slice(0, every.index) + " " + s.slice(every.index + every[0].length);
  if (CONTENT_RE.test(rest)) {
    // «2020-2024 гг. (ежегодно)» recurs over its own years; «ежегодно в мае» over the roadmap's.
    const r = core(rest.trim(), null);
    if (r.kind === "period" && r.explicit) {
      start = r.start;
      end = r.end;
    } else if (r.kind === "ongoing" && r.explicit && r.start !== null) {
      start = r.start;
      end = end !== null && compareIso(end, r.start) >= 0 ? end : null;
    } else {
      // «Май, ежегодно с 2023 года»: the month of each year, starting with the year named
      const from = FROM_YEAR_RE.exec(rest);
      if (from !== null) {
        const y = isoDate(Number(from[1]), 1, 1);
        if (start === null || compareIso(y, start) > 0) start = y;
        if (end !== null && compareIso(end, y) < 0) end = null;
      }
    }
  }
  return { text: "", kind: "recurring", start, end, every: everyOf(every[0]) };
}

// Roadmaps repeat a handful of deadline texts over thousands of rows, all under one period.
// One map per period (the last one looked up is kept at hand), text → answer.
interface PeriodCache {
  period: Period | null; // null also for a malformed period: it cannot place a month
  answers: Map<string, Deadline>;
}
const caches = new Map<string, PeriodCache>();
let lastStart: unknown = null;
let lastEnd: unknown = null;
let last: PeriodCache | null = null;
const CACHE_LIMIT = 4096;

function cacheFor(period: Period | null | undefined): PeriodCache {
  const start: unknown = period ? period.start : null;
  const end: unknown = period ? period.end : null;
  if (last !== null && start === lastStart && end === lastEnd) return last;
  const ok =
    typeof start === "string" &&
    typeof end === "string" &&
    isValidIso(start) &&
    isValidIso(end) &&
    compareIso(start, end) <= 0;
  const key = ok ? start + end : "";
  let cache = caches.get(key);
  if (cache === undefined) {
    if (caches.size >= 16) caches.clear();
    cache = { period: ok ? { start, end } : null, answers: new Map() };
    caches.set(key, cache);
  }
  lastStart = start;
  lastEnd = end;
  last = cache;
  return cache;
}

const EMPTY: Deadline = { text: "", kind: "unknown", start: null, end: null, every: null };

/** text → Deadline per the BRIEF contract table; `period` is the roadmap period (from the title, campaign or an option) used for year inference, «ежегодно» and «В течение всего периода…». Never throws. `text` in the result is the trimmed original. Empty text → kind "unknown" with start/end null (the validator reports empty deadlines itself). */
export function parseDeadline(text: string, period: Period | null): Deadline {
  const trimmed = typeof text === "string" ? text.trim() : "";
  const cache = cacheFor(period);
  let d = cache.answers.get(trimmed);
  if (d === undefined) {
    const s = normalizeText(trimmed);
    try {
      d = s === "" ? EMPTY : classify(s, cache.period);
    } catch {
      d = EMPTY; // a bug here must not stop a whole sheet from validating
    }
    if (cache.answers.size >= CACHE_LIMIT) cache.answers.clear();
    cache.answers.set(trimmed, d);
  }
  return { text: trimmed, kind: d.kind, start: d.start, end: d.end, every: d.every };
}
