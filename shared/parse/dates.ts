// ISO calendar helpers on plain integers: shared/ also runs in Apps Script, so no Date objects
// (their time zone follows the script's settings) and no Intl.

import { normalizeText } from "../text.ts";
import { monthFromWord } from "./ru-words.ts";

export type IsoDate = string; // "YYYY-MM-DD"

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1..12) of year `y`; 0 for a month out of range. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? 0;
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

function pad4(n: number): string {
  return n < 10 ? "000" + n : n < 100 ? "00" + n : n < 1000 ? "0" + n : String(n);
}

/** m is 1..12. No validation: callers check with isValidYmd when the numbers come from text. */
export function isoDate(y: number, m: number, d: number): IsoDate {
  return pad4(y) + "-" + pad2(m) + "-" + pad2(d);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

export function monthEnd(y: number, m: number): IsoDate {
  return isoDate(y, m, daysInMonth(y, m));
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIso(iso: string): boolean {
  const m = ISO_RE.exec(iso);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayBefore(iso: IsoDate): IsoDate {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (d > 1) return isoDate(y, m, d - 1);
  if (m > 1) return monthEnd(y, m - 1);
  return isoDate(y - 1, 12, 31);
}

/** Fixed-width ISO strings sort like the dates they name. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic, day 0 = 1970-01-01.
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isoFromDays(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(era * 400 + yoe + (m <= 2 ? 1 : 0), m, d);
}

/** Days since 1970-01-01 of a valid ISO date. */
export function daysFromIso(iso: IsoDate): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

// Spreadsheet serials count days from 1899-12-30 (Lotus' leap-year bug baked into the epoch).
const SERIAL_EPOCH = daysFromCivil(1899, 12, 30);
const MAX_SERIAL = daysFromCivil(9999, 12, 31) - SERIAL_EPOCH;

const DMY_RE = /^(\d{1,2}) ?\. ?(\d{1,2}) ?\. ?(\d{4}|\d{2})(?: ?(?:гг|года?|г)\.?)?$/;
const DMY_WORD_RE = /^(\d{1,2}) ([а-я]+)\.? (\d{4})(?: ?(?:г|года?)\.?)?$/;
const ISO_CELL_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/;

/** Two-digit years are this century: roadmaps are about now, not 1923. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function checked(y: number, m: number, d: number): IsoDate | null {
  return isValidYmd(y, m, d) ? isoDate(y, m, d) : null;
}

/** Parse a date-ish cell: "01.12.2021", "1.11.2022 г.", "19.02.23", "1 июня 2021", "2021-06-01", also a spreadsheet serial number (days since 1899-12-30) → ISO or null. */
export function parseDateCell(text: string | number): IsoDate | null {
  if (typeof text === "number") {
    if (!Number.isFinite(text) || text < 1 || text >= MAX_SERIAL + 1) return null;
    return isoFromDays(SERIAL_EPOCH + Math.floor(text));
  }
  if (typeof text !== "string") return null;
  const s = normalizeText(text);
  if (s === "") return null;
  let m = DMY_RE.exec(s);
  if (m) return checked(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = ISO_CELL_RE.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_WORD_RE.exec(s);
  if (m) {
    const month = monthFromWord(m[2]!);
    return month === 0 ? null : checked(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
