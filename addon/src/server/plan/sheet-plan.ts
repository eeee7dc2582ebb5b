// A sheet described as data: what insert-template and the summary want written, before any
// SpreadsheetApp call. Keeping it pure lets tests check the layout without a spreadsheet, and lets
// sheet-io apply it with a fixed number of calls whatever the number of rows.
import type { Cell } from "../../../../shared/grid.ts";

export interface ColumnRun {
  /** 1-based first column */
  col: number;
  /** 1-based first row */
  row: number;
  numRows: number;
  numCols: number;
}

export interface SheetPlan {
  /** rectangular block written at A1 with one setValues */
  values: Cell[][];
  /** same shape as values; null keeps the default */
  backgrounds: (string | null)[][];
  fontWeights: ("bold" | "normal")[][];
  frozenRows: number;
  /** pixels, from column A */
  columnWidths: number[];
  /** number formats per column run, e.g. "@" for text that must not turn into a date */
  formats: { range: ColumnRun; format: string }[];
  /** dropdowns; `help` is shown next to a value that is not in the list */
  lists: { range: ColumnRun; values: string[]; help: string }[];
  /** warning-only protections of the template's own columns */
  protections: { range: ColumnRun; description: string }[];
  /** wrap per cell: long activities wrap, the title and section rows overflow to the right instead */
  wraps: boolean[][];
}

/** A rectangle filled with one value, so plans start complete and only differences are set. */
export function fill2d<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}
