// «Подсветить» / «Снять подсветку». The user's own backgrounds and notes on the problem cells are
// saved before painting (in a hidden sheet: document properties cap a value at 9 KB), and restored
// only where the cell still shows our colour and note — if the user recoloured a cell meanwhile,
// their change wins. Reads and writes are whole blocks, so the call count does not grow with cells.
import { type Cell, columnIndex } from "../../../../shared/grid.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { Finding } from "../../../../shared/validate/types.ts";
import { safeRows } from "../plan/formula-safe.ts";
import {
  clearBlock,
  type Decor,
  lastRow,
  readBlock,
  readDecor,
  type Sheet,
  type SheetCell,
  serviceSheet,
  sheetKey,
  sheetSize,
  writeBlock,
  writeDecor,
} from "../services/sheet-io.ts";

export const COLOURS = { error: "#f4c7c3", warning: "#fce8b2", info: "#d2e3fc" } as const;
const RANK = { error: 3, warning: 2, info: 1 } as const;
const BACKUP_COLUMNS = 7; // sheetKey, row, col, background, note, ourBackground, ourNote

export interface Paint {
  row: number;
  col: number;
  background: string;
  note: string;
}

export interface Saved extends Paint {
  /** what we painted, to recognise cells the user has not touched since */
  ourBackground: string;
  ourNote: string;
}

/** One paint per cell: the most severe finding's colour, all messages in the note. */
export function paintsFor(findings: readonly Finding[]): Paint[] {
  const byCell = new Map<
    string,
    { row: number; col: number; rank: number; colour: string; lines: string[] }
  >();
  for (const f of findings) {
    if (f.row === null) continue;
    const col = f.column ? columnIndex(f.column) + 1 : 1;
    const key = `${f.row},${col}`;
    const cur = byCell.get(key) ?? { row: f.row, col, rank: 0, colour: "", lines: [] };
    if (RANK[f.severity] > cur.rank) {
      cur.rank = RANK[f.severity];
      cur.colour = COLOURS[f.severity];
    }
    cur.lines.push(`• ${f.message}`);
    byCell.set(key, cur);
  }
  return [...byCell.values()].map((c) => ({
    row: c.row,
    col: c.col,
    background: c.colour,
    note: `${RU_UI.note.prefix}:\n${c.lines.join("\n")}`,
  }));
}

/** Puts back saved cells into `decor` where the cell still shows what we painted. Returns how many. */
export function restoreInto(decor: Decor, saved: readonly Saved[]): number {
  let restored = 0;
  for (const s of saved) {
    const bgRow = decor.backgrounds[s.row - 1];
    const noteRow = decor.notes[s.row - 1];
    if (!bgRow || !noteRow || s.col > bgRow.length) continue;
    let touched = false;
    if (bgRow[s.col - 1] === s.ourBackground) {
      bgRow[s.col - 1] = s.background;
      touched = true;
    }
    if (noteRow[s.col - 1] === s.ourNote) {
      noteRow[s.col - 1] = s.note;
      touched = true;
    }
    if (touched) restored++;
  }
  return restored;
}

function extent(cells: readonly { row: number; col: number }[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  return { rows, cols };
}

// --- the backup sheet: every highlighted cell of every sheet, one row each ---

function readBackup(): {
  mine: (key: string) => Saved[];
  others: (key: string) => SheetCell[][];
  rows: number;
} {
  const store = serviceSheet(RU_UI.sheets.highlightBackup);
  const n = lastRow(store);
  const rows = readBlock(store, 1, 1, n, BACKUP_COLUMNS);
  return {
    rows: n,
    mine: (key) =>
      rows
        .filter((r) => String(r[0]) === key)
        .map((r) => ({
          row: Number(r[1]),
          col: Number(r[2]),
          background: String(r[3] ?? ""),
          note: String(r[4] ?? ""),
          ourBackground: String(r[5] ?? ""),
          ourNote: String(r[6] ?? ""),
        })),
    others: (key) => rows.filter((r) => String(r[0]) !== key),
  };
}

function writeBackup(previousRows: number, rows: SheetCell[][]): void {
  const store = serviceSheet(RU_UI.sheets.highlightBackup);
  clearBlock(store, 1, 1, previousRows, BACKUP_COLUMNS);
  // Notes are the user's text: an "=…" note must come back as text, not as a formula.
  writeBlock(store, 1, 1, safeRows(rows));
}

/** Cells of rows or columns the user has deleted since cannot be restored (nor read). */
function inside(sheet: Sheet, saved: Saved[]): Saved[] {
  const size = sheetSize(sheet);
  return saved.filter((s) => s.row <= size.rows && s.col <= size.cols);
}

function toRow(key: string, s: Saved): Cell[] {
  return [key, s.row, s.col, s.background, s.note, s.ourBackground, s.ourNote];
}

export function highlight(sheet: Sheet, findings: readonly Finding[]): Result<{ cells: number }> {
  const paints = paintsFor(findings);
  if (paints.length === 0) return err("nothing-to-highlight", RU_UI.errors.nothingToHighlight);
  const key = sheetKey(sheet);
  const backup = readBackup();
  const previous = inside(sheet, backup.mine(key));
  const { rows, cols } = extent([...paints, ...previous]);
  const decor = readDecor(sheet, rows, cols);
  // A second «Подсветить» first undoes the first one, so the saved values stay the user's own.
  restoreInto(decor, previous);
  const saved: Saved[] = paints.map((p) => {
    const background = decor.backgrounds[p.row - 1]![p.col - 1]!;
    const note = decor.notes[p.row - 1]![p.col - 1]!;
    decor.backgrounds[p.row - 1]![p.col - 1] = p.background;
    decor.notes[p.row - 1]![p.col - 1] = p.note;
    return { ...p, background, note, ourBackground: p.background, ourNote: p.note };
  });
  writeDecor(sheet, decor);
  writeBackup(backup.rows, [...backup.others(key), ...saved.map((s) => toRow(key, s))]);
  return ok({ cells: saved.length });
}

export function clearHighlight(sheet: Sheet): Result<{ cells: number }> {
  const key = sheetKey(sheet);
  const backup = readBackup();
  const remembered = backup.mine(key);
  if (remembered.length === 0) return err("no-highlight", RU_UI.errors.noHighlight);
  const saved = inside(sheet, remembered);
  const { rows, cols } = extent(saved);
  const decor = readDecor(sheet, rows, cols);
  const restored = restoreInto(decor, saved);
  writeDecor(sheet, decor);
  writeBackup(backup.rows, backup.others(key));
  return ok({ cells: restored });
}
