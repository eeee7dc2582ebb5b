// The date grammar of deadlines: «сентябрь-октябрь 2020», «до 1 июня 2021», «I квартал 2021»,
// «с 01.09.2021 по 31.12.2021», «С сентября по декабрь 2023-2024 гг», «2020/2021 уч. г.» …
// Tokens become calendar items (day, month, quarter, half-year, school term, year, school year) joined by
// range and list separators; missing years come from a later item, else from the roadmap period.
import type { IsoDate } from "./dates.ts";
import { dayBefore, daysInMonth, isoDate } from "./dates.ts";
import type { Period } from "./period.ts";
import { isSchoolPeriod } from "./period.ts";
import { monthFromWord, ordinalFromWord } from "./ru-words.ts";
import type { Token } from "./time-tokens.ts";
import { tokenize } from "./time-tokens.ts";

export interface Span {
  kind: "period" | "due" | "ongoing";
  start: IsoDate | null;
  end: IsoDate | null;
  /** every year was written in the text (none inferred from the roadmap period) */
  explicit: boolean;
}

const U_DAY = 1;
const U_MONTH = 2;
const U_QUARTER = 3;
const U_HALF = 4;
const U_TERM = 5; // school «четверть»
const U_YEAR = 6;
const U_SCHOOL_YEAR = 7;
const U_ORD = 8; // a bare «1», «II», «первый» waiting for «квартал» or a month

const SRC_TEXT = 1;
const SRC_NEXT = 2; // taken from a later item («сентябрь-октябрь 2020»)
const SRC_PERIOD = 3;

interface Item {
  u: number;
  /** day (U_DAY), month (U_MONTH), index (quarter, half, term, ord) */
  n: number;
  /** month of a U_DAY */
  m: number;
  /** calendar year of the item's first month; first year of a school year; 0 = unknown yet */
  y: number;
  /** half-years and terms counted in a school year */
  school: boolean;
  src: number;
  /** 1 «начало», 2 «конец» */
  mod: number;
}

const RANGE = 1;
const LIST = 2;
type Node = Item | number;

const LEAD_FROM = 1;
const LEAD_BEFORE = 2; // «до марта» ends the day before March
const LEAD_BY = 3; // «по март», «не позднее марта» end with March

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const TERM_FIRST = [9, 11, 1, 4];
const TERM_LAST = [10, 12, 3, 5];

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
  "середина",
  "середины",
  "середине",
  "середину",
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
const YEAR_WORD = new Set(["г", "гг", "год", "года", "году", "годы", "годов", "годах", "годом"]);
const SCHOOL_WORD_RE = /^(?:учебн[а-я]*|уч)$/;
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
const W_FILLER = 1;
const W_BEFORE = 2; // до, к
const W_BY = 3; // по
const W_LATE = 4; // позднее, позже
const W_FROM = 5; // с, со, начиная
const W_AND = 6;
const W_END = 7; // конец, окончание
const W_START = 8; // начало
const W_QUARTER = 9;
const W_HALF = 10;
const W_TERM = 11;
const W_IGNORED = 12; // year and school-year words away from a year
const W_ORD_SUFFIX = 13; // the «й» of «1-й»
const W_MONTH = 100; // + month
const W_ORD = 200; // + 1..4

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

function wordCode(w: string): number {
  let code = wordCodes.get(w);
  if (code === undefined) {
    code = classifyWord(w);
    if (wordCodes.size >= 4096) wordCodes.clear();
    wordCodes.set(w, code);
  }
  return code;
}

function item(u: number, n: number, m: number, y: number): Item {
  return { u, n, m, y, school: false, src: y > 0 ? SRC_TEXT : 0, mod: 0 };
}

function isItem(node: Node | undefined): node is Item {
  return typeof node === "object";
}

function isYearToken(t: Token | undefined): boolean {
  return t !== undefined && t.k === "num" && t.b === 4 && t.a >= MIN_YEAR && t.a <= MAX_YEAR;
}

function isWord(t: Token | undefined, re: RegExp): boolean {
  return t !== undefined && t.k === "word" && re.test(t.w);
}

function firstMonth(it: Item): number {
  switch (it.u) {
    case U_DAY:
      return it.m;
    case U_MONTH:
      return it.n;
    case U_QUARTER:
      return 3 * it.n - 2;
    case U_HALF:
      return it.school ? (it.n === 1 ? 9 : 1) : it.n === 1 ? 1 : 7;
    case U_TERM:
      return TERM_FIRST[it.n - 1] ?? 1;
    case U_SCHOOL_YEAR:
      return 9;
    default:
      return 1;
  }
}

function lastMonth(it: Item): number {
  switch (it.u) {
    case U_DAY:
      return it.m;
    case U_MONTH:
      return it.n;
    case U_QUARTER:
      return 3 * it.n;
    case U_HALF:
      return it.school ? (it.n === 1 ? 12 : 8) : it.n === 1 ? 6 : 12;
    case U_TERM:
      return TERM_LAST[it.n - 1] ?? 12;
    case U_SCHOOL_YEAR:
      return 8;
    default:
      return 12;
  }
}

// Dates as yyyymmdd numbers while comparing; ISO strings only for the answer.
function startOf(it: Item): number {
  return it.y * 10000 + (it.u === U_DAY ? it.m * 100 + it.n : firstMonth(it) * 100 + 1);
}

function endOf(it: Item): number {
  if (it.u === U_DAY) return it.y * 10000 + it.m * 100 + it.n;
  const y = it.u === U_SCHOOL_YEAR ? it.y + 1 : it.y;
  const m = lastMonth(it);
  return y * 10000 + m * 100 + daysInMonth(y, m);
}

function iso(key: number): IsoDate {
  return isoDate(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100);
}

/** The year a month falls in: its first occurrence on or after the period start
 *  (school year 2023-2024: сентябрь → 2023, апрель → 2024; calendar 2020-2024: any month → 2020). */
function inferYear(month: number, period: Period): number {
  const y = Number(period.start.slice(0, 4));
  return month >= Number(period.start.slice(5, 7)) ? y : y + 1;
}

interface YearSpec {
  y1: number;
  y2: number;
  slash: boolean;
  school: boolean;
  next: number;
}

function skipYearWords(toks: Token[], j: number): number {
  let k = j;
  for (let t = toks[k]; t !== undefined && t.k === "word" && YEAR_WORD.has(t.w); t = toks[++k]);
  return k;
}

/** «2020», «2020 г.», «2020-2024 гг.», «2020/2021 уч. г.», «2023-2024 учебного года» starting at toks[j]. */
function readYearSpec(toks: Token[], j: number): YearSpec {
  const y1 = toks[j]?.a ?? 0;
  let k = skipYearWords(toks, j + 1);
  let y2 = 0;
  let slash = false;
  const sep = toks[k];
  const second = toks[k + 1];
  if (sep?.k === "punct" && (sep.w === "-" || sep.w === "/") && isYearToken(second)) {
    const y = second!.a;
    if (y > y1 && y - y1 <= 20) {
      y2 = y;
      slash = sep.w === "/";
      k = skipYearWords(toks, k + 2);
    }
  }
  let school = false;
  if (isWord(toks[k], SCHOOL_WORD_RE)) {
    school = true;
    k = skipYearWords(toks, k + 1);
  }
  return { y1, y2, slash, school, next: k };
}

/** Builds the node list; null on anything outside the grammar. */
class Builder {
  readonly toks: Token[];
  nodes: Node[] = [];
  lead = 0;
  mod = 0;

  constructor(toks: Token[]) {
    this.toks = toks;
  }

  sep(kind: number): void {
    if (isItem(this.nodes[this.nodes.length - 1])) this.nodes.push(kind);
  }

  push(it: Item): void {
    const prev = this.nodes[this.nodes.length - 1];
    // «2021 г. сентябрь»: a lone year right before a yearless unit names that unit's year.
    if (it.y === 0 && isItem(prev) && prev.u === U_YEAR && this.nodes[this.nodes.length - 2] !== RANGE) {
      this.nodes.pop();
      it.y = prev.y;
      it.src = SRC_TEXT;
    } else if (isItem(prev)) {
      this.nodes.push(LIST);
    }
    it.mod = this.mod;
    this.mod = 0;
    this.nodes.push(it);
  }

  /** The item just pushed takes the year(s) written after it; returns the next token index. */
  attachYears(it: Item, j: number): number {
    const toks = this.toks;
    const nodes = this.nodes;
    if (it.y !== 0) return j;
    if (isYearToken(toks[j])) {
      const spec = readYearSpec(toks, j);
      const partner = nodes[nodes.length - 2] === RANGE ? nodes[nodes.length - 3] : undefined;
      const mate = isItem(partner) && partner.y === 0 ? partner : undefined;
      if (spec.y2 === 0) {
        it.y = spec.y1;
      } else if (spec.school || spec.slash) {
        // «сентябрь – май 2020/2021 уч. г.»: each month lands in its half of the school year.
        for (const x of mate ? [mate, it] : [it]) {
          x.school = true;
          x.y = firstMonth(x) >= 9 ? spec.y1 : spec.y2;
          x.src = SRC_TEXT;
        }
      } else if (mate) {
        // «С сентября по декабрь 2023-2024 гг»: the first unit in the first year, the last in the last.
        mate.y = spec.y1;
        mate.src = SRC_TEXT;
        it.y = spec.y2;
      } else {
        // «сентябрь 2023-2024 гг.»: the unit in every year of the range.
        it.y = spec.y1;
        nodes.push(RANGE, { ...it, y: spec.y2, mod: 0 });
      }
      it.src = SRC_TEXT;
      return spec.next;
    }
    // «сентябрь- 2020 г.»: a dash typed before the year joins nothing.
    const dash = toks[j];
    if (dash?.k === "punct" && dash.w === "-" && isYearToken(toks[j + 1])) {
      const spec = readYearSpec(toks, j + 1);
      const after = toks[spec.next];
      const ends = after === undefined || (after.k === "punct" && after.w !== "-" && after.w !== "/");
      if (spec.y2 === 0 && ends) {
        it.y = spec.y1;
        it.src = SRC_TEXT;
        return spec.next;
      }
    }
    return j;
  }

  /** A lone year after «<yearless unit>,» is that unit's year. */
  yearAfterComma(y: number): boolean {
    const nodes = this.nodes;
    const unit = nodes[nodes.length - 2];
    if (nodes[nodes.length - 1] !== LIST || !isItem(unit) || unit.y !== 0) return false;
    if (unit.u === U_ORD || unit.u === U_YEAR || unit.u === U_SCHOOL_YEAR) return false;
    nodes.pop();
    unit.y = y;
    unit.src = SRC_TEXT;
    return true;
  }

  /** «1-2 квартал», «I и II полугодие»: the bare numbers before the unit word become that unit. */
  convertOrds(unit: number, max: number): Item | null {
    const nodes = this.nodes;
    let lastConverted: Item | null = null;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (!isItem(node)) continue;
      if (node.u !== U_ORD) break;
      if (node.n < 1 || node.n > max) return null;
      node.u = unit;
      lastConverted ??= node;
    }
    return lastConverted;
  }

  word(w: string, j: number): number {
    const code = wordCode(w);
    if (code === W_FILLER) return j + 1;
    const empty = this.nodes.length === 0;
    switch (code) {
      case W_BEFORE:
        if (empty && this.lead === 0) this.lead = LEAD_BEFORE;
        else if (empty) return -1;
        else this.sep(RANGE);
        return j + 1;
      case W_BY:
        if (empty && this.lead === 0) this.lead = LEAD_BY;
        else if (empty) return -1;
        else this.sep(RANGE);
        return j + 1;
      case W_LATE:
        if (!empty || this.lead !== 0) return -1;
        this.lead = LEAD_BY;
        return j + 1;
      case W_FROM:
        if (!empty || (this.lead !== 0 && this.lead !== LEAD_FROM)) return -1;
        this.lead = LEAD_FROM;
        return j + 1;
      case W_AND:
        this.sep(LIST);
        return j + 1;
      case W_END:
        this.mod = 2;
        return j + 1;
      case W_START:
        this.mod = 1;
        return j + 1;
      case W_QUARTER:
      case W_HALF:
      case W_TERM: {
        const unit = code === W_QUARTER ? U_QUARTER : code === W_HALF ? U_HALF : U_TERM;
        const it = this.convertOrds(unit, unit === U_HALF ? 2 : 4);
        if (it === null) return -1;
        return this.attachYears(it, j + 1);
      }
      case W_IGNORED:
        return j + 1;
    }
    if (code > W_MONTH && code <= W_MONTH + 12) {
      const it = item(U_MONTH, code - W_MONTH, 0, 0);
      this.push(it);
      return this.attachYears(it, j + 1);
    }
    if (code > W_ORD && code <= W_ORD + 4) {
      this.push(item(U_ORD, code - W_ORD, 0, 0));
      return j + 1;
    }
    return -1;
  }

  num(t: Token, j: number): number {
    const toks = this.toks;
    if (isYearToken(t)) {
      const spec = readYearSpec(toks, j);
      if (spec.y2 !== 0 && (spec.school || spec.slash)) {
        this.push(item(U_SCHOOL_YEAR, 0, 0, spec.y1));
        if (spec.y2 > spec.y1 + 1) this.nodes.push(RANGE, item(U_SCHOOL_YEAR, 0, 0, spec.y2 - 1));
      } else if (spec.y2 === 0 && this.yearAfterComma(spec.y1)) {
        // «Сентябрь, 2020»: the comma does not make the year a second item
      } else {
        this.push(item(U_YEAR, 0, 0, spec.y1));
        if (spec.y2 !== 0) this.nodes.push(RANGE, item(U_YEAR, 0, 0, spec.y2));
      }
      return spec.next;
    }
    if (t.b > 2 || t.a > 31) return -1;
    let k = j + 1;
    // «1-й квартал», «1-го сентября»
    const dash = toks[k];
    const suffix = toks[k + 1];
    if (dash?.k === "punct" && dash.w === "-" && suffix?.k === "word" && wordCode(suffix.w) === W_ORD_SUFFIX)
      k += 2;
    const next = toks[k];
    const code = next?.k === "word" ? wordCode(next.w) : 0;
    const month = code > W_MONTH && code <= W_MONTH + 12 ? code - W_MONTH : 0;
    if (month !== 0) {
      const it = item(U_DAY, t.a, month, 0);
      this.push(it);
      return this.attachYears(it, k + 1);
    }
    this.push(item(U_ORD, t.a, 0, 0));
    return k;
  }

  run(): boolean {
    const toks = this.toks;
    let j = 0;
    while (j < toks.length && j >= 0) {
      const t = toks[j]!;
      switch (t.k) {
        case "date": {
          if (t.b < 1 || t.b > 12) return false;
          const it = item(U_DAY, t.a, t.b, t.c);
          this.push(it);
          j = this.attachYears(it, j + 1);
          break;
        }
        case "my":
          if (t.a < 1 || t.a > 12) return false;
          this.push(item(U_MONTH, t.a, 0, t.b));
          j++;
          break;
        case "num":
          j = this.num(t, j);
          break;
        case "word":
          j = this.word(t.w, j);
          break;
        default:
          if (t.w === "-" || t.w === "/") this.sep(RANGE);
          else if (t.w === "," || t.w === ";") this.sep(LIST);
          j++;
      }
    }
    if (j < 0) return false;
    while (this.nodes.length > 0 && !isItem(this.nodes[this.nodes.length - 1])) this.nodes.pop();
    return this.nodes.length > 0;
  }
}

/** Bare numbers left over are days of the month named later: «с 1 по 15 сентября». */
function resolveOrds(nodes: Node[]): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const it = nodes[i];
    if (!isItem(it) || it.u !== U_ORD) continue;
    let day: Item | undefined;
    for (let k = i + 1; k < nodes.length && day === undefined; k++) {
      const next = nodes[k];
      if (isItem(next) && next.u !== U_ORD) day = next;
    }
    if (day === undefined || day.u !== U_DAY || it.n < 1) return false;
    it.u = U_DAY;
    it.m = day.m;
  }
  return true;
}

/** Shift one end of «декабрь – январь 2021» so the range runs forward. */
function orderRanges(nodes: Node[], movable: number): void {
  for (let i = 1; i + 1 < nodes.length; i++) {
    if (nodes[i] !== RANGE) continue;
    const a = nodes[i - 1];
    const b = nodes[i + 1];
    if (!isItem(a) || !isItem(b) || startOf(a) <= endOf(b)) continue;
    if (b.src === movable && movable === SRC_PERIOD) b.y++;
    else if (a.src === movable) a.y--;
  }
}

function valid(it: Item): boolean {
  if (it.y < MIN_YEAR || it.y > MAX_YEAR) return false;
  return it.u !== U_DAY || (it.n >= 1 && it.n <= daysInMonth(it.y, it.m));
}

/** Parse a normalised deadline text into a date span, or null when it is not one. */
export function parseSpan(s: string, period: Period | null): Span | null {
  const toks = tokenize(s);
  if (toks === null || toks.length === 0) return null;
  const b = new Builder(toks);
  if (!b.run()) return null;
  const nodes = b.nodes;
  if (!resolveOrds(nodes)) return null;

  // Years written later cover the units before them: «сентябрь-октябрь 2020», «01.09-30.09.2021».
  let carry = 0;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const it = nodes[i];
    if (!isItem(it)) continue;
    if (it.y !== 0) carry = it.u === U_SCHOOL_YEAR ? 0 : it.y;
    else if (carry !== 0) {
      it.y = carry;
      it.src = SRC_NEXT;
    }
  }
  orderRanges(nodes, SRC_NEXT);

  let explicit = true;
  for (const it of nodes) {
    if (!isItem(it) || it.y !== 0) continue;
    if (period === null) return null;
    if (it.u === U_HALF) it.school = isSchoolPeriod(period);
    it.y = inferYear(firstMonth(it), period);
    it.src = SRC_PERIOD;
    explicit = false;
  }
  if (!explicit) orderRanges(nodes, SRC_PERIOD);
  for (const it of nodes) if (isItem(it) && !valid(it)) return null;

  if (b.lead === LEAD_BEFORE || b.lead === LEAD_BY) {
    const it = nodes[0];
    if (nodes.length !== 1 || !isItem(it)) return null;
    let end: IsoDate;
    if (it.mod === 1) end = dayBefore(iso(startOf(it)));
    else if (it.mod === 2 || b.lead === LEAD_BY || it.u === U_DAY) end = iso(endOf(it));
    // «до 2024 года» reads as «through 2024» in these documents («на период до 2024 года»),
    // while «До марта 2023» is the day before March.
    else if (it.u === U_YEAR || it.u === U_SCHOOL_YEAR) end = iso(endOf(it));
    else end = dayBefore(iso(startOf(it)));
    return { kind: "due", start: null, end, explicit };
  }

  let start = 0;
  let end = 0;
  let groupStart: Item | null = null;
  let ranged = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node === RANGE) {
      if (ranged) return null; // «2020-2021-2022»
      ranged = true;
      continue;
    }
    if (node === LIST) {
      ranged = false;
      groupStart = null;
      continue;
    }
    if (!isItem(node)) continue;
    const s0 = startOf(node);
    const e0 = endOf(node);
    if (ranged && groupStart !== null && startOf(groupStart) > e0) return null;
    if (!ranged) groupStart = node;
    if (start === 0 || s0 < start) start = s0;
    if (e0 > end) end = e0;
  }
  if (start === 0) return null;
  if (b.lead === LEAD_FROM) {
    // «с 01.09.2021» alone has no end; «с … по …» is a plain range.
    if (nodes.length === 1) return { kind: "ongoing", start: iso(start), end: null, explicit };
    if (nodes.length !== 3 || nodes[1] !== RANGE) return null;
  }
  return { kind: "period", start: iso(start), end: iso(end), explicit };
}
