// Text from schools goes into the department's sheet through setValues, which parses strings as if
// typed: "=HYPERLINK(…)" would become a live formula and "-1" a number. A leading apostrophe makes
// Sheets keep the text as typed (and is not shown or returned by getValues).
import type { Cell } from "../../../../shared/grid.ts";

const TRIGGERS = /^[=+\-@\t\r']/;

export function safeText(text: string): string {
  return TRIGGERS.test(text) ? `'${text}` : text;
}

/** Every string of a block made safe; numbers, booleans and Dates are written as they are. */
export function safeRows<T>(rows: T[][]): T[][] {
  return rows.map((r) => r.map((c) => (typeof c === "string" ? (safeText(c) as T) : c)));
}

/**
 * Text that must stay exactly as sent — ids, item codes, school names: an apostrophe in front of
 * every one, because "007" would become 7 and "1.1" a date, not only "=…" a formula.
 */
export function asText(text: string): string {
  return `'${text}`;
}

export function asTextCell(cell: Cell): Cell {
  return typeof cell === "string" && cell !== "" ? asText(cell) : cell;
}
