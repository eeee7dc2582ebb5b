import { normalizeText } from "../text.ts";
import { daysFromIso, isoDate, isValidYmd } from "./dates.ts";
import { findPeriod, type Period } from "./period.ts";
import { parseSpan } from "./time-span.ts";

// The period of a roadmap as its title block states it: «на 2023-2024 учебный год» (findPeriod), or a
// span of months or dates in parentheses or on a line of its own — «(сентябрь 2022 г. - май 2024 г.)»,
// «на период с 01.09.2023 по 31.05.2024».

const PARENS = /\(([^()]{4,80})\)/g;
const MIN_DAYS = 60; // a roadmap runs months; «Сентябрь 2023» under a title is the date it was signed

function spanPeriod(text: string): Period | null {
  const span = parseSpan(normalizeText(text), null);
  if (span === null || span.kind !== "period" || !span.explicit || !span.start || !span.end) return null;
  return daysFromIso(span.end) - daysFromIso(span.start) + 1 >= MIN_DAYS
    ? { start: span.start, end: span.end }
    : null;
}

// «План … месячника … с 20 апреля по 20 мая 2011 г.»: in a title, two dates with their days are the
// period however short
const FROM_TO =
  /(?:^|[\s(])с\s+(\d{1,2}(?:\s+[а-яё]+|\.\d{1,2}\.)(?:\s?\d{4})?\s+по\s+\d{1,2}(?:\s+[а-яё]+\s+|\.\d{1,2}\.)\d{4})/;

// only in a line that names the document: prose that mentions two dates is no title
const TITLE_WORD = /^(?:план|дорожная карта|комплекс мер|календарный план|график)/;

function fromToPeriod(text: string): Period | null {
  const s = normalizeText(text);
  if (!TITLE_WORD.test(s)) return null;
  const m = FROM_TO.exec(s);
  if (m === null) return null;
  const span = parseSpan(`с ${m[1]}`, null);
  if (span === null || span.kind !== "period" || !span.explicit || !span.start || !span.end) return null;
  return { start: span.start, end: span.end };
}

export function titlePeriod(text: string): Period | null {
  const years = findPeriod(text);
  if (years) return years;
  for (const m of text.matchAll(PARENS)) {
    const p = spanPeriod(m[1]!);
    if (p) return p;
  }
  return (text.length <= 80 ? spanPeriod(text) : null) ?? fromToPeriod(text);
}

const SIGNED = /(?:^|\s)от\s+«?(\d{1,2})»?\s?\.?\s?(\d{1,2})\.\s?(\d{4})/g;

/** The latest date of an order in the title block («Приложение к приказу от 28.04.2008 г № 717»). */
export function signedOn(text: string): string | null {
  let latest: string | null = null;
  for (const m of normalizeText(text).matchAll(SIGNED)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidYmd(y, mo, d)) continue;
    const iso = isoDate(y, mo, d);
    if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}

/** A roadmap is not approved years after its period ended: «…Победы в войне 1941 — 1945 годов» under
 *  an order of 2008 names the war, not the plan's period. */
export function plausiblePeriod(period: Period | null, signed: string | null): Period | null {
  if (period === null || signed === null) return period;
  return daysFromIso(signed) - daysFromIso(period.end) > 2 * 366 ? null : period;
}
