import { columnLetter } from "../grid.ts";
import { MAX_CELL_CHARS } from "./limits.ts";

// Google Sheets holds at most 50,000 characters in a cell; a longer one cannot have come from a sheet
// and is refused by name (A1), by the API schema, the worker (413) and the CLI alike.

/** The limit as Russian text: «50 000» (a no-break space between the thousands). */
export const MAX_CELL_CHARS_TEXT = String(MAX_CELL_CHARS).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");

/** 0-based row and column → A1 notation ("C4"). */
export const cellName = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** The A1 name of the first cell longer than a sheet allows, or null. */
export function oversizedCell(grid: readonly (readonly unknown[])[]): string | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "string" && cell.length > MAX_CELL_CHARS) return cellName(r, c);
    }
  }
  return null;
}

/** When a schema issue is a too long cell (path `…, "grid", row, col`), its A1 name. */
export function oversizedCellOfIssue(issue: {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
}): string | null {
  const { path } = issue;
  if (issue.code !== "too_big" || issue.origin !== "string" || path.length < 3) return null;
  const [grid, row, col] = path.slice(-3);
  if (grid !== "grid" || typeof row !== "number" || typeof col !== "number") return null;
  return cellName(row, col);
}
