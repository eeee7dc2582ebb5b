// The date grammar of deadlines: «сентябрь-октябрь 2020», «до 1 июня 2021», «I квартал 2021»,
// «с 01.09.2021 по 31.12.2021», «С сентября по декабрь 2023-2024 гг», «2020/2021 уч. г.» …
// Tokens become calendar items (day, month, quarter, half-year, school term, year, school year) joined by
// range and list separators; missing years come from a later item, else from the roadmap period.
// The vocabulary is in time-words.ts, the calendar items in time-items.ts.
import type { IsoDate } from "./dates.ts";
import { dayBefore } from "./dates.ts";
import type { Period } from "./period.ts";
import { isSchoolPeriod } from "./period.ts";
import {
  endOf,
  firstMonth,
  type Item,
  iso,
  item,
  MAX_YEAR,
  MIN_YEAR,
  middleOf,
  SRC_NEXT,
  SRC_PERIOD,
  SRC_TEXT,
  startOf,
  U_DAY,
  U_HALF,
  U_MONTH,
  U_ORD,
  U_QUARTER,
  U_SCHOOL_YEAR,
  U_TERM,
  U_YEAR,
  valid,
} from "./time-items.ts";
import type { Token } from "./time-tokens.ts";
import { tokenize } from "./time-tokens.ts";
import {
  monthOfCode,
  SCHOOL_WORD_RE,
  W_AND,
  W_BEFORE,
  W_BY,
  W_END,
  W_FILLER,
  W_FROM,
  W_HALF,
  W_IGNORED,
  W_LATE,
  W_MIDDLE,
  W_ORD,
  W_ORD_SUFFIX,
  W_QUARTER,
  W_START,
  W_TERM,
  wordCode,
  YEAR_WORD,
} from "./time-words.ts";

export interface Span {
  kind: "period" | "due" | "ongoing";
  start: IsoDate | null;
  end: IsoDate | null;
  /** every year was written in the text (none inferred from the roadmap period) */
  explicit: boolean;
}

const RANGE = 1;
const LIST = 2;
type Node = Item | number;

const LEAD_FROM = 1;
const LEAD_BEFORE = 2; // «до марта» ends the day before March
const LEAD_BY = 3; // «по март», «не позднее марта» end with March

function isItem(node: Node | undefined): node is Item {
  return typeof node === "object";
}

function isYearToken(t: Token | undefined): boolean {
  return t !== undefined && t.k === "num" && t.b === 4 && t.a >= MIN_YEAR && t.a <= MAX_YEAR;
}

/** 1..12 when toks[k] is a month word, else 0. */
function monthAt(toks: Token[], k: number): number {
  const t = toks[k];
  return t?.k === "word" ? monthOfCode(wordCode(t.w)) : 0;
}

function isFillerCode(code: number): boolean {
  return code === W_FILLER || code === W_IGNORED;
}

function isWord(t: Token | undefined, re: RegExp): boolean {
  return t !== undefined && t.k === "word" && re.test(t.w);
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
  // «2024-25 уч. г.», «2024/25»: a school year with its second year cut to two digits
  if (
    y2 === 0 &&
    sep?.k === "punct" &&
    (sep.w === "-" || sep.w === "/") &&
    second?.k === "num" &&
    second.b === 2
  ) {
    if (second.a === (y1 + 1) % 100) {
      y2 = y1 + 1;
      school = true;
      k = skipYearWords(toks, k + 2);
    }
  }
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
  edge = 0;

  constructor(toks: Token[]) {
    this.toks = toks;
  }

  sep(kind: number): void {
    if (isItem(this.nodes[this.nodes.length - 1])) this.nodes.push(kind);
  }

  push(it: Item): void {
    const prev = this.nodes[this.nodes.length - 1];
    // «2021 г. сентябрь»: a lone year right before a yearless unit names that unit's year.
    if (
      it.year === 0 &&
      isItem(prev) &&
      prev.unit === U_YEAR &&
      this.nodes[this.nodes.length - 2] !== RANGE
    ) {
      this.nodes.pop();
      it.year = prev.year;
      it.source = SRC_TEXT;
    } else if (isItem(prev)) {
      this.nodes.push(LIST);
    }
    it.edge = this.edge;
    this.edge = 0;
    this.nodes.push(it);
  }

  /** The item just pushed takes the year(s) written after it; returns the next token index. */
  attachYears(it: Item, j: number): number {
    const toks = this.toks;
    const nodes = this.nodes;
    if (it.year !== 0) return j;
    // «сентябрь месяц 2021 г.», «в октябре месяце 2021 года»: a filler word before the year still
    // leaves the year to the unit (read alone, the year would be a second item of the list).
    let y = j;
    for (let t = toks[y]; t?.k === "word" && isFillerCode(wordCode(t.w)); t = toks[++y]);
    if (y > j && isYearToken(toks[y])) j = y;
    if (isYearToken(toks[j])) {
      const spec = readYearSpec(toks, j);
      const partner = nodes[nodes.length - 2] === RANGE ? nodes[nodes.length - 3] : undefined;
      const mate = isItem(partner) && partner.year === 0 ? partner : undefined;
      if (spec.y2 === 0) {
        it.year = spec.y1;
      } else if (spec.school || spec.slash) {
        // «сентябрь – май 2020/2021 уч. г.», «сентябрь, январь, май 2024-2025 уч. г.»: each month
        // lands in its half of the school year.
        for (const x of this.yearless(it)) {
          x.school = true;
          x.year = firstMonth(x) >= 9 ? spec.y1 : spec.y2;
          x.source = SRC_TEXT;
        }
      } else if (mate) {
        // «С сентября по декабрь 2023-2024 гг»: the first unit in the first year, the last in the last.
        mate.year = spec.y1;
        mate.source = SRC_TEXT;
        it.year = spec.y2;
      } else {
        // «сентябрь 2023-2024 гг.»: the unit in every year of the range.
        it.year = spec.y1;
        nodes.push(RANGE, { ...it, year: spec.y2, edge: 0 });
      }
      it.source = SRC_TEXT;
      return spec.next;
    }
    // «сентябрь- 2020 г.», «сентябрь/ 2020 г.», «сентябрь- 2020/2021 уч. г.», «сентябрь (2020 г.)»: a
    // dash, a slash or a bracket typed before the year (or school year) joins nothing.
    const dash = toks[j];
    if (
      dash?.k === "punct" &&
      (dash.w === "-" || dash.w === "/" || dash.w === "(") &&
      isYearToken(toks[j + 1])
    ) {
      const spec = readYearSpec(toks, j + 1);
      const after = toks[spec.next];
      // …and ends the item, unless a dash and a year follow («сентябрь- 2020 г. - май 2021 г.» goes on
      // to a month, «сентябрь- 2020 г. -» is September with a stray dash, «сентябрь- 2020 г. по май
      // 2021 г.» a range of months, «сентябрь- 2020-2021» September in both years like «сентябрь 2020-2021»)
      const ends = after?.w !== "-" || !isYearToken(toks[spec.next + 1]);
      if (ends) return this.attachYears(it, j + 1);
    }
    return j;
  }

  /** `last` and the yearless items joined to it by ranges and lists before it. */
  yearless(last: Item): Item[] {
    const out: Item[] = [last];
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const node = this.nodes[i];
      if (!isItem(node) || node === last) continue;
      if (node.year !== 0 || node.unit === U_ORD) break;
      out.push(node);
    }
    return out;
  }

  /** A lone year after «<yearless unit>,» is that unit's year. */
  yearAfterComma(y: number): boolean {
    const nodes = this.nodes;
    const unit = nodes[nodes.length - 2];
    if (nodes[nodes.length - 1] !== LIST || !isItem(unit) || unit.year !== 0) return false;
    if (unit.unit === U_ORD || unit.unit === U_YEAR || unit.unit === U_SCHOOL_YEAR) return false;
    nodes.pop();
    unit.year = y;
    unit.source = SRC_TEXT;
    return true;
  }

  /** «1-2 квартал», «I и II полугодие»: the bare numbers before the unit word become that unit. */
  convertOrds(unit: number, max: number): Item | null {
    const nodes = this.nodes;
    let lastConverted: Item | null = null;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (!isItem(node)) continue;
      if (node.unit !== U_ORD) break;
      if (node.value < 1 || node.value > max) return null;
      node.unit = unit;
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
        this.edge = 2;
        return j + 1;
      case W_START:
        this.edge = 1;
        return j + 1;
      case W_MIDDLE:
        this.edge = 3;
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
    const month = monthOfCode(code);
    if (month !== 0) {
      const it = item(U_MONTH, month, 0, 0);
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
    // «до 10 числа сентября»: «числа» between the day and its month
    const numberWord = toks[k];
    const at = numberWord?.k === "word" && numberWord.w === "числа" && monthAt(toks, k + 1) !== 0 ? k + 1 : k;
    const month = monthAt(toks, at);
    if (month !== 0) {
      const it = item(U_DAY, t.a, month, 0);
      this.push(it);
      return this.attachYears(it, at + 1);
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
    if (!isItem(it) || it.unit !== U_ORD) continue;
    let day: Item | undefined;
    for (let k = i + 1; k < nodes.length && day === undefined; k++) {
      const next = nodes[k];
      if (isItem(next) && next.unit !== U_ORD) day = next;
    }
    if (day === undefined || day.unit !== U_DAY || it.value < 1) return false;
    it.unit = U_DAY;
    it.month = day.month;
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
    if (b.source === movable && movable === SRC_PERIOD) b.year++;
    else if (a.source === movable) a.year--;
  }
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
    if (it.year !== 0) carry = it.unit === U_SCHOOL_YEAR ? 0 : it.year;
    else if (carry !== 0) {
      it.year = carry;
      it.source = SRC_NEXT;
    }
  }
  orderRanges(nodes, SRC_NEXT);

  let explicit = true;
  for (const it of nodes) {
    if (!isItem(it) || it.year !== 0) continue;
    if (period === null) return null;
    if (it.unit === U_HALF) it.school = isSchoolPeriod(period);
    it.year = inferYear(firstMonth(it), period);
    it.source = SRC_PERIOD;
    explicit = false;
  }
  if (!explicit) orderRanges(nodes, SRC_PERIOD);
  for (const it of nodes) if (isItem(it) && !valid(it)) return null;

  if (b.lead === LEAD_BEFORE || b.lead === LEAD_BY) {
    const it = nodes[0];
    if (nodes.length !== 1 || !isItem(it)) return null;
    let end: IsoDate;
    if (it.edge === 1) end = dayBefore(iso(startOf(it)));
    else if (it.edge === 3) end = iso(middleOf(it));
    else if (it.edge === 2 || b.lead === LEAD_BY || it.unit === U_DAY) end = iso(endOf(it));
    // «до 2024 года» reads as «through 2024» in these documents («на период до 2024 года»),
    // while «До марта 2023» is the day before March.
    else if (it.unit === U_YEAR || it.unit === U_SCHOOL_YEAR) end = iso(endOf(it));
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
