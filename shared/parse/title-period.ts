import { normalizeText } from "../text.ts";
import { daysFromIso } from "./dates.ts";
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

export function titlePeriod(text: string): Period | null {
  const years = findPeriod(text);
  if (years) return years;
  for (const m of text.matchAll(PARENS)) {
    const p = spanPeriod(m[1]!);
    if (p) return p;
  }
  return text.length <= 80 ? spanPeriod(text) : null;
}
