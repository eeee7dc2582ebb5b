// Sheets in a Russian locale reads a typed or pasted «1.1» as 1 January and «3.1» as 3 January: a
// roadmap pasted from Word (seed 003's codes) into a code column not formatted as text arrives as
// dates. In the roadmap's code column no date is meant, so such a cell is read back as the code it
// was typed as — the day and month it shows, without leading zeros (Sheets shows "01.01" or "1.1").
import { cellText, type Grid } from "../../../../shared/grid.ts";
import { matchHeader } from "../../../../shared/roadmap/header.ts";

/** A date cell of the grid (0-based) and the text Sheets shows for it (getDisplayValues). */
export interface ShownDate {
  row: number;
  col: number;
  shown: string;
}

// A day and month without a year: what «1.1», «3.10» or «12.5» becomes in a ru_RU sheet.
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;

/**
 * `grid` with every date cell below the roadmap header's code column that shows a day and month
 * (`dates`) replaced by the code «d.m». Other cells, and a code column's full dates
 * («12.05.2024», not a code), stay as they are; the grid is returned unchanged without a header.
 */
export function restoreCodes(grid: Grid, dates: readonly ShownDate[]): Grid {
  if (dates.length === 0) return grid;
  const header = codeHeader(grid, dates[dates.length - 1]!.row);
  if (!header) return grid;
  const out = grid.slice();
  for (const d of dates) {
    if (d.col !== header.col || d.row <= header.row) continue;
    const m = DAY_MONTH.exec(d.shown.trim());
    if (!m) continue;
    const row = out[d.row]!.slice();
    row[d.col] = `${Number(m[1])}.${Number(m[2])}`;
    out[d.row] = row;
  }
  return out;
}

/** The roadmap header's row and code column (the first roadmap header, as readRoadmap takes it),
 *  searched no further than the last date's row. */
function codeHeader(grid: Grid, lastRow: number): { row: number; col: number } | null {
  for (let r = 0; r < lastRow && r < grid.length; r++) {
    const m = matchHeader((grid[r] ?? []).map(cellText));
    if (m?.kind !== "roadmap") continue;
    return m.columns.code === undefined ? null : { row: r, col: m.columns.code };
  }
  return null;
}
