// A sheet as `Range.getValues()` gives it: rows of cells. Dates cross every boundary as ISO strings,
// so a grid never holds a `Date`.
export type Cell = string | number | boolean | null;
export type Grid = Cell[][];

/** 0-based column index → spreadsheet letters (0 → "A", 26 → "AA"). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Spreadsheet letters → 0-based column index ("A" → 0, "AA" → 26), the inverse of columnLetter; -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell as trimmed text; numbers keep their plain form, booleans become ИСТИНА/ЛОЖЬ-neutral "true"/"false". */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    if (cell === "") return cell; // most cells of a sheet
    return (cell.indexOf("\u00a0") < 0 ? cell : cell.replace(/\u00a0/g, " ")).trim();
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell ? "true" : "false";
}

/** A value a workbook reader returned (string, number, boolean, Date, …) as a grid cell: dates as ISO days. */
export function cellFromWorkbook(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
