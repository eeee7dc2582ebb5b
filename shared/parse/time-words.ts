// The vocabulary of deadline texts: which class each word belongs to («до» is a lead, «сентября» a
// month, «квартал» a unit, «года» a filler). The grammar (time-span.ts) works on these classes only.
import { monthFromWord, ordinalFromWord } from "./ru-words.ts";

const FILLER = new Set([
  "в",
  "во",
  "на",
  "за",
  "течение",
  "течении",
  "протяжении",
  "период",
  "периоде",
  "периода",
  "срок",
  "сроки",
  "срока",
  "не",
  "включительно",
  "месяц",
  "месяца",
  "месяце",
  "числа",
  "текущего",
  "календарного",
  "года",
  "год",
  "году",
  "годы",
  "годов",
  "годах",
  "г",
  "гг",
]);
// «до середины декабря»: the middle of the unit named (a work period is still the whole unit)
const MIDDLE = new Set(["середина", "середины", "середине", "середину"]);
export const YEAR_WORD = new Set(["г", "гг", "год", "года", "году", "годы", "годов", "годах", "годом"]);
export const SCHOOL_WORD_RE = /^(?:учебн[а-я]*|уч)$/;
const QUARTER_RE = /^(?:квартал[а-я]*|кв)$/;
const HALF_RE = /^полугод[а-я]*$/;
const TERM_RE = /^четверт(?:ь|и|ей|ям|ях|ью)$/;
const END_RE = /^(?:конец|конца|концу|конце|окончани[еяию]|завершени[еяию])$/;
const START_RE = /^(?:начало|начала|началу|начале)$/;
const ORD_SUFFIX = new Set([
  "й",
  "ый",
  "ий",
  "ой",
  "е",
  "ое",
  "ее",
  "го",
  "ого",
  "его",
  "м",
  "ом",
  "ем",
  "я",
  "ая",
]);

const W_UNKNOWN = 0;
export const W_FILLER = 1;
export const W_BEFORE = 2; // до, к
export const W_BY = 3; // по
export const W_LATE = 4; // позднее, позже
export const W_FROM = 5; // с, со, начиная
export const W_AND = 6;
export const W_END = 7; // конец, окончание
export const W_START = 8; // начало
export const W_QUARTER = 9;
export const W_HALF = 10;
export const W_TERM = 11;
export const W_IGNORED = 12; // year and school-year words away from a year
export const W_ORD_SUFFIX = 13; // the «й» of «1-й»
export const W_MIDDLE = 14; // середина
export const W_MONTH = 100; // + month
export const W_ORD = 200; // + 1..4

/** The month (1..12) a word code names, 0 when it is no month word. */
export function monthOfCode(code: number): number {
  return code > W_MONTH && code <= W_MONTH + 12 ? code - W_MONTH : 0;
}

const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ["до", W_BEFORE],
  ["к", W_BEFORE],
  ["ко", W_BEFORE],
  ["по", W_BY],
  ["позднее", W_LATE],
  ["позже", W_LATE],
  ["с", W_FROM],
  ["со", W_FROM],
  ["начиная", W_FROM],
  ["и", W_AND],
]);

function classifyWord(w: string): number {
  if (FILLER.has(w)) return W_FILLER;
  if (MIDDLE.has(w)) return W_MIDDLE;
  const key = KEYWORDS.get(w);
  if (key !== undefined) return key;
  if (ORD_SUFFIX.has(w)) return W_ORD_SUFFIX;
  if (END_RE.test(w)) return W_END;
  if (START_RE.test(w)) return W_START;
  const month = monthFromWord(w);
  if (month !== 0) return W_MONTH + month;
  if (QUARTER_RE.test(w)) return W_QUARTER;
  if (HALF_RE.test(w)) return W_HALF;
  if (TERM_RE.test(w)) return W_TERM;
  const ord = ordinalFromWord(w);
  if (ord !== 0) return W_ORD + ord;
  if (YEAR_WORD.has(w) || SCHOOL_WORD_RE.test(w)) return W_IGNORED;
  return W_UNKNOWN;
}

// Deadline columns use a small vocabulary; remembering each word's class skips a dozen regex tests.
const wordCodes = new Map<string, number>();

export function wordCode(w: string): number {
  let code = wordCodes.get(w);
  if (code === undefined) {
    code = classifyWord(w);
    if (wordCodes.size >= 4096) wordCodes.clear();
    wordCodes.set(w, code);
  }
  return code;
}
