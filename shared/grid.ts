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
    if (cell.indexOf("\u00a0") >= 0) return cell.replace(/\u00a0/g, " ").trim();
    // trim() only when an end may be white space: the reader asks this of every cell it reads
    return mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(cell.length - 1))
      ? cell.trim()
      : cell;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell ? "true" : "false";
}

/** Could `trim()` remove this character? True for all it removes (ASCII white space and controls,
 *  U+0080–U+00A0, U+1680, U+2000–U+206F, U+3000, U+FEFF) and a few more. */
function mayBeSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A value a workbook reader returned (string, number, boolean, Date, …) as a grid cell: dates as ISO days. */
export function cellFromWorkbook(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
