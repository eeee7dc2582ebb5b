// Calendar items of the deadline grammar (a day, month, quarter, half-year, school term, year or school
// year) and where each begins and ends.
import type { IsoDate } from "./dates.ts";
import { daysInMonth, isoDate } from "./dates.ts";

export const U_DAY = 1;
export const U_MONTH = 2;
export const U_QUARTER = 3;
export const U_HALF = 4;
export const U_TERM = 5; // school «четверть»
export const U_YEAR = 6;
export const U_SCHOOL_YEAR = 7;
export const U_ORD = 8; // a bare «1», «II», «первый» waiting for «квартал» or a month

export const SRC_TEXT = 1;
export const SRC_NEXT = 2; // taken from a later item («сентябрь-октябрь 2020»)
export const SRC_PERIOD = 3;

export interface Item {
  /** U_DAY … U_ORD */
  unit: number;
  /** day (U_DAY), month (U_MONTH), index (quarter, half, term, ord) */
  value: number;
  /** month of a U_DAY */
  month: number;
  /** calendar year of the item's first month; first year of a school year; 0 = unknown yet */
  year: number;
  /** half-years and terms counted in a school year */
  school: boolean;
  /** where the year came from: SRC_TEXT, SRC_NEXT, SRC_PERIOD */
  source: number;
  /** 1 «начало», 2 «конец», 3 «середина» */
  edge: number;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const TERM_FIRST = [9, 11, 1, 4];
const TERM_LAST = [10, 12, 3, 5];

export function item(unit: number, value: number, month: number, year: number): Item {
  return { unit, value, month, year, school: false, source: year > 0 ? SRC_TEXT : 0, edge: 0 };
}

export function valid(it: Item): boolean {
  if (it.year < MIN_YEAR || it.year > MAX_YEAR) return false;
  return it.unit !== U_DAY || (it.value >= 1 && it.value <= daysInMonth(it.year, it.month));
}

export function firstMonth(it: Item): number {
  switch (it.unit) {
    case U_DAY:
      return it.month;
    case U_MONTH:
      return it.value;
    case U_QUARTER:
      return 3 * it.value - 2;
    case U_HALF:
      return it.school ? (it.value === 1 ? 9 : 1) : it.value === 1 ? 1 : 7;
    case U_TERM:
      return TERM_FIRST[it.value - 1] ?? 1;
    case U_SCHOOL_YEAR:
      return 9;
    default:
      return 1;
  }
}

export function lastMonth(it: Item): number {
  switch (it.unit) {
    case U_DAY:
      return it.month;
    case U_MONTH:
      return it.value;
    case U_QUARTER:
      return 3 * it.value;
    case U_HALF:
      return it.school ? (it.value === 1 ? 12 : 8) : it.value === 1 ? 6 : 12;
    case U_TERM:
      return TERM_LAST[it.value - 1] ?? 12;
    case U_SCHOOL_YEAR:
      return 8;
    default:
      return 12;
  }
}

// Dates as yyyymmdd numbers while comparing; ISO strings only for the answer.
export function startOf(it: Item): number {
  return it.year * 10000 + (it.unit === U_DAY ? it.month * 100 + it.value : firstMonth(it) * 100 + 1);
}

export function endOf(it: Item): number {
  if (it.unit === U_DAY) return it.year * 10000 + it.month * 100 + it.value;
  const y = it.unit === U_SCHOOL_YEAR ? it.year + 1 : it.year;
  const m = lastMonth(it);
  return y * 10000 + m * 100 + daysInMonth(y, m);
}

/** The middle of an item, for «до середины …»: the 15th of a month, or of the middle month of an odd
 *  number of months (a quarter); the last day of the first half of an even number (30 June of a year). */
export function middleOf(it: Item): number {
  if (it.unit === U_DAY) return endOf(it);
  const first = firstMonth(it);
  const count = ((lastMonth(it) - first + 12) % 12) + 1;
  const month = first + (count % 2 === 1 ? (count - 1) / 2 : count / 2 - 1);
  const y = it.year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return y * 10000 + m * 100 + (count % 2 === 1 ? 15 : daysInMonth(y, m));
}

export function iso(key: number): IsoDate {
  return isoDate(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100);
}
