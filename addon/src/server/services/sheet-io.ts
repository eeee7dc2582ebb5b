// The only file that talks to SpreadsheetApp. Every function does a fixed number of service calls
// whatever the number of rows (whole blocks in, whole blocks out): each call is a round trip to
// Google's servers, and a per-row loop is what makes add-ons time out on real roadmaps.
import type { Cell, Grid } from "../../../../shared/grid.ts";
import { restoreCodes, type ShownDate } from "../plan/code-cells.ts";
import type { ColumnRun, SheetPlan } from "../plan/sheet-plan.ts";
import { toIsoDate } from "../plan/to-iso-date.ts";

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the add-on writes into a cell: a grid cell, or a Date for a real date cell. */
export type SheetCell = Cell | Date;

/** Sheets' number format for a date with time ("mm" after "hh" is minutes), shown in the sheet's zone. */
export const DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";

function book(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function activeSheet(): Sheet | null {
  return book().getActiveSheet();
}

export function findSheet(name: string): Sheet | null {
  return book().getSheetByName(name);
}

export function sheetName(sheet: Sheet): string {
  return sheet.getName();
}

export function activateSheet(sheet: Sheet): void {
  sheet.activate();
}

/** Today in the spreadsheet's time zone, as the report date when no campaign sets one. */
export function today(): string {
  return Utilities.formatDate(new Date(), book().getSpreadsheetTimeZone(), "yyyy-MM-dd");
}

/** The spreadsheet zone's offset from UTC now, in minutes (one call; pure code formats the rest). */
export function zoneOffset(): number {
  return zoneOffsetMinutes(new Date());
}

/** A sheet's identity that survives renames, for keys in document properties. */
export function sheetKey(sheet: Sheet): string {
  return String(sheet.getSheetId());
}

/**
 * The used block as a Grid: one getValues; Dates become ISO dates in the spreadsheet's time zone.
 * When there are date cells, one getDisplayValues of the same block too: a code «1.1» that a ru_RU
 * sheet turned into 1 January is read back as the code (plan/code-cells.ts).
 */
export function readGrid(sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues() as unknown[][];
  let offsetMinutes: number | null = null;
  const dates: ShownDate[] = [];
  const grid: Grid = values.map((row, r) =>
    row.map((v, c): Cell => {
      if (isDate(v)) {
        // A date cell arrives as midnight in the spreadsheet's zone; one formatDate call gives the
        // zone offset for all of them (no DST in Russia, so one offset fits the whole sheet).
        offsetMinutes ??= zoneOffsetMinutes(v);
        dates.push({ row: r, col: c, shown: "" });
        return toIsoDate(v, offsetMinutes);
      }
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
      return v === null || v === undefined ? null : String(v);
    }),
  );
  // getDataRange on an empty sheet is A1 with "": report it as an empty grid.
  if (grid.length === 1 && grid[0]!.length === 1 && grid[0]![0] === "") return [];
  if (dates.length === 0) return grid;
  const shown = range.getDisplayValues();
  for (const d of dates) d.shown = shown[d.row]?.[d.col] ?? "";
  return restoreCodes(grid, dates);
}

/** Not `instanceof`: a Date made in another realm (the test harness) must count too. */
function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function zoneOffsetMinutes(sample: Date): number {
  const z = Utilities.formatDate(sample, book().getSpreadsheetTimeZone(), "Z"); // "+0300"
  const sign = z.startsWith("-") ? -1 : 1;
  return sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
}

/** Inserts a sheet at the end, named `base`, or `base (2)`, `base (3)`… so nothing is overwritten. */
export function insertUniqueSheet(base: string): Sheet {
  const taken = new Set(
    book()
      .getSheets()
      .map((s) => s.getName()),
  );
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
  const ss = book();
  return ss.insertSheet(name, ss.getSheets().length);
}

/** insertSheet also activates the new sheet; `keepActive` puts the user back where they were. */
export function getOrCreateSheet(name: string, keepActive = false): Sheet {
  const existing = findSheet(name);
  if (existing) return existing;
  const active = keepActive ? book().getActiveSheet() : null;
  const sheet = book().insertSheet(name, book().getSheets().length);
  active?.activate();
  return sheet;
}

/** A new sheet named `name` at the end, written from a plan (the caller checked the name is free). */
export function createSheetFromPlan(name: string, plan: SheetPlan): Sheet {
  const ss = book();
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  const reach = Math.max(
    plan.values.length,
    ...plan.formats.map((f) => f.range.row + f.range.numRows - 1),
    ...plan.lists.map((l) => l.range.row + l.range.numRows - 1),
  );
  ensureSize(sheet, reach, plan.values[0]?.length ?? 1);
  applyPlan(sheet, plan);
  return sheet;
}

function rangeOf(sheet: Sheet, r: ColumnRun): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row, r.col, r.numRows, r.numCols);
}

/** Writes a whole plan: one call per kind of formatting, never one per row. */
export function applyPlan(sheet: Sheet, plan: SheetPlan): void {
  const rows = plan.values.length;
  const cols = plan.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  // Formats first: a text format must be in place before "1.1" is written, or it becomes 1 January.
  for (const f of plan.formats) rangeOf(sheet, f.range).setNumberFormat(f.format);
  const block = sheet.getRange(1, 1, rows, cols);
  block.setValues(plan.values);
  block.setBackgrounds(plan.backgrounds);
  block.setFontWeights(plan.fontWeights);
  block.setWraps(plan.wraps);
  block.setVerticalAlignment("top");
  for (const l of plan.lists) {
    // Invalid values are flagged, not refused: rows pasted from Word must land, and «Проверить»
    // explains what is wrong in Russian (Sheets' own rejection dialog does not).
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(l.values, true)
      .setAllowInvalid(true)
      .setHelpText(l.help)
      .build();
    rangeOf(sheet, l.range).setDataValidation(rule);
  }
  plan.columnWidths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  for (const p of plan.protections) {
    rangeOf(sheet, p.range).protect().setDescription(p.description).setWarningOnly(true);
  }
}

export interface Decor {
  backgrounds: string[][];
  notes: string[][];
}

/** Backgrounds and notes of A1:(rows × cols) — two reads for any number of cells. */
export function readDecor(sheet: Sheet, rows: number, cols: number): Decor {
  const range = sheet.getRange(1, 1, rows, cols);
  return { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
}

export function writeDecor(sheet: Sheet, decor: Decor): void {
  const rows = decor.backgrounds.length;
  const cols = decor.backgrounds[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const range = sheet.getRange(1, 1, rows, cols);
  range.setBackgrounds(decor.backgrounds);
  range.setNotes(decor.notes);
}

export function selectCell(sheet: Sheet, row: number, col: number): void {
  sheet.activate();
  sheet.getRange(row, col).activate();
}

/** A block of values at (row, col) with one setValues; an empty block writes nothing. */
export function writeBlock(sheet: Sheet, row: number, col: number, values: SheetCell[][]): void {
  if (values.length === 0 || values[0]!.length === 0) return;
  ensureSize(sheet, row + values.length - 1, col + values[0]!.length - 1);
  sheet.getRange(row, col, values.length, values[0]!.length).setValues(values);
}

/** One number format over a block (a date column, a text column): one call for any number of rows. */
export function setNumberFormat(
  sheet: Sheet,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  format: string,
): void {
  if (numRows <= 0 || numCols <= 0) return;
  sheet.getRange(row, col, numRows, numCols).setNumberFormat(format);
}

/** The spreadsheet's time zone (IANA), the department's own: a new campaign's exports use it. */
export function spreadsheetTimeZone(): string {
  return book().getSpreadsheetTimeZone();
}

/** Moves columns `col`… right by `count` (Sheets keeps their values, formats and references). */
export function insertColumnsBefore(sheet: Sheet, col: number, count: number): void {
  if (count > 0) sheet.insertColumnsBefore(col, count);
}

/** getRange beyond the sheet's grid throws; grow it first (new sheets have 1000 × 26 cells). */
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** A block's values as getValues gives them: date cells come back as Dates. */
export function readBlock(
  sheet: Sheet,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): SheetCell[][] {
  if (numRows <= 0 || numCols <= 0) return [];
  return sheet.getRange(row, col, numRows, numCols).getValues() as SheetCell[][];
}

/** The formulas of a block ("" where a cell holds a plain value). */
export function readFormulas(
  sheet: Sheet,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): string[][] {
  if (numRows <= 0 || numCols <= 0) return [];
  return sheet.getRange(row, col, numRows, numCols).getFormulas();
}

/** Clears values (not formats, not the department's columns) in a rectangle. */
export function clearBlock(sheet: Sheet, row: number, col: number, numRows: number, numCols: number): void {
  if (numRows <= 0 || numCols <= 0) return;
  sheet.getRange(row, col, numRows, numCols).clearContent();
}

/** The sheet's grid (rows × columns), which may have shrunk since cells were remembered. */
export function sheetSize(sheet: Sheet): { rows: number; cols: number } {
  return { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
}

export function lastRow(sheet: Sheet): number {
  return sheet.getLastRow();
}

export function lastColumn(sheet: Sheet): number {
  return sheet.getLastColumn();
}

/** A sheet the add-on keeps for itself (highlight backup): created hidden, never shown to the user. */
export function serviceSheet(name: string): Sheet {
  const existing = findSheet(name);
  if (existing) return existing;
  const sheet = getOrCreateSheet(name, true);
  sheet.hideSheet();
  // Plain text everywhere: a saved note like "01.02" must not come back as a date.
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).setNumberFormat("@");
  return sheet;
}

export function setNote(sheet: Sheet, row: number, col: number, note: string): void {
  sheet.getRange(row, col).setNote(note);
}

export function setFrozenRows(sheet: Sheet, rows: number): void {
  sheet.setFrozenRows(rows);
}

export function boldRow(sheet: Sheet, row: number, cols: number): void {
  sheet.getRange(row, 1, 1, cols).setFontWeight("bold");
}

/**
 * Replaces the colour rules this add-on owns on `column` (rows from `fromRow`), keeping every rule
 * the user made: setConditionalFormatRules replaces the whole list, so it is read and merged.
 */
export function setStatusColours(
  sheet: Sheet,
  column: number,
  fromRow: number,
  numRows: number,
  colours: Record<string, string>,
): void {
  const target = sheet.getRange(fromRow, column, Math.max(numRows, 1), 1);
  const kept = sheet
    .getConditionalFormatRules()
    .filter((r) => !r.getRanges().some((x) => x.getColumn() === column && x.getRow() === fromRow));
  const ours = Object.entries(colours).map(([text, colour]) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(text)
      .setBackground(colour)
      .setRanges([target])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

/** One bar chart of `valueCol` by `labelCol`; a previous chart with the same title is replaced. */
export function replaceBarChart(
  sheet: Sheet,
  title: string,
  labelCol: number,
  valueCol: number,
  numRows: number,
  anchorCol: number,
): void {
  for (const chart of sheet.getCharts()) {
    if (chart.getOptions().get("title") === title) sheet.removeChart(chart);
  }
  if (numRows < 2) return;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(1, labelCol, numRows, 1))
    .addRange(sheet.getRange(1, valueCol, numRows, 1))
    .setNumHeaders(1)
    .setOption("title", title)
    .setOption("legend", { position: "none" })
    .setPosition(2, anchorCol, 0, 0)
    .build();
  sheet.insertChart(chart);
}
