// «Подсветить» / «Снять подсветку». The user's own backgrounds and notes on the problem cells are
// saved before painting (in a hidden sheet: document properties cap a value at 9 KB), and restored
// only where the cell still shows our colour and note — if the user recoloured a cell meanwhile,
// their change wins. Reads and writes are whole blocks, so the call count does not grow with cells.
import { type Cell, columnIndex } from "../../../../shared/grid.ts";
import { RU_REVIEW } from "../../../../shared/i18n/ru-review.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { Finding } from "../../../../shared/validate/types.ts";
import { safeRows } from "../plan/formula-safe.ts";
import type { RemarkPlace } from "../plan/remark-places.ts";
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
/** the department's item remarks (issue 9): their own colour, so each kind can be redone alone */
export const REMARK_COLOUR = "#e4d7f5";
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
  return paint(sheet, paintsFor(findings), (s) => s.ourBackground !== REMARK_COLOUR);
}

/** The rows of the department's item remarks: the table's width in the remark colour, the remark as
 *  the code cell's note. Kept beside a findings highlight; «Снять подсветку» clears both. */
export function highlightRemarks(
  sheet: Sheet,
  places: readonly RemarkPlace[],
  span: { first: number; last: number },
): Result<{ cells: number }> {
  const byRow = new Map<number, { col: number; lines: string[] }>();
  for (const p of places) {
    if (p.row === null || p.column === null) continue;
    const cur = byRow.get(p.row) ?? { col: columnIndex(p.column) + 1, lines: [] };
    cur.lines.push(`• ${p.code}: ${p.comment}`);
    byRow.set(p.row, cur);
  }
  const paints: Paint[] = [];
  for (const [row, r] of byRow) {
    for (let col = span.first; col <= Math.max(span.last, r.col); col++) {
      const note =
        col === r.col ? `${RU_UI.note.prefix}: ${RU_REVIEW.itemsTitle}\n${r.lines.join("\n")}` : "";
      paints.push({ row, col, background: REMARK_COLOUR, note });
    }
  }
  if (paints.length === 0) return err("nothing-to-highlight", RU_REVIEW.nothingOnSheet);
  return paint(sheet, paints, (s) => s.ourBackground === REMARK_COLOUR);
}

/** Paints `paints`, first undoing this kind's earlier paints (`mine`); another kind's stay, except
 *  on a cell painted now, whose saved user values move to the new entry. */
function paint(
  sheet: Sheet,
  paints: readonly Paint[],
  mine: (s: Saved) => boolean,
): Result<{ cells: number }> {
  if (paints.length === 0) return err("nothing-to-highlight", RU_UI.errors.nothingToHighlight);
  const key = sheetKey(sheet);
  const backup = readBackup();
  const all = inside(sheet, backup.mine(key));
  const previous = all.filter(mine);
  const kept = all.filter((s) => !mine(s));
  const { rows, cols } = extent([...paints, ...all]);
  const decor = readDecor(sheet, rows, cols);
  // A second «Подсветить» first undoes the first one, so the saved values stay the user's own.
  restoreInto(decor, previous);
  const keptAt = new Map(kept.map((s) => [`${s.row},${s.col}`, s]));
  const saved: Saved[] = paints.map((p) => {
    const at = `${p.row},${p.col}`;
    const other = keptAt.get(at);
    keptAt.delete(at);
    const background = other ? other.background : decor.backgrounds[p.row - 1]![p.col - 1]!;
    const note = other ? other.note : decor.notes[p.row - 1]![p.col - 1]!;
    decor.backgrounds[p.row - 1]![p.col - 1] = p.background;
    // a row painted for a remark keeps a finding's note on its other cells
    const ourNote = p.note || (other ? decor.notes[p.row - 1]![p.col - 1]! : note);
    decor.notes[p.row - 1]![p.col - 1] = ourNote;
    return { ...p, background, note, ourBackground: p.background, ourNote };
  });
  writeDecor(sheet, decor);
  const rest = [...keptAt.values()].map((s) => toRow(key, s));
  writeBackup(backup.rows, [...backup.others(key), ...rest, ...saved.map((s) => toRow(key, s))]);
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
