import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { docxGrid, readDocx } from "../../shared/docx/read-docx.ts";
import { type Cell, cellText, type Grid } from "../../shared/grid.ts";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { err, ok, type Result } from "../../shared/result.ts";
import { gridFromCsv, gridFromTsv } from "../../shared/text-grid.ts";
import { readXlsx, tableSheet } from "../../shared/xlsx/read-xlsx.ts";

const MAX_BYTES = 50 * 1024 * 1024;
export const READABLE = [".docx", ".pdf", ".xlsx", ".csv", ".tsv", ".txt"];

export type ReadError = "unreadable" | "not-a-table";

// The only file of the CLI that reads files. The heavy reader (.pdf) is imported when needed, so a
// .csv, .docx or .xlsx starts fast.
export async function readGrid(path: string): Promise<Result<Grid, ReadError>> {
  const ext = extname(path).toLowerCase();
  if (!READABLE.includes(ext)) {
    return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.unsupported(ext || path)));
  }
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.notAFile));
    size = s.size;
  } catch {
    return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.notFound));
  }
  if (size > MAX_BYTES) return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.tooLarge));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.notFound));
  }
  const read = await gridOf(ext, bytes);
  if (!read.ok) return err(read.code, CLI_TEXT.cannotRead(path, read.message));
  const grid = read.value;
  if (!grid.some((row) => row.some((c) => cellText(c) !== ""))) {
    return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.empty));
  }
  // a table has at least one row of two filled cells; one column of prose is not a roadmap
  if (!grid.some((row) => filledCells(row) >= 2)) {
    return err("not-a-table", CLI_TEXT.cannotRead(path, CLI_TEXT.notATable));
  }
  return ok(grid);
}

async function gridOf(ext: string, bytes: Uint8Array): Promise<Result<Grid, ReadError>> {
  if (ext === ".xlsx") {
    // the add-on's reader: the first sheet with a table, as Sheets would show it
    const book = readXlsx(bytes);
    const sheet = book.ok ? tableSheet(book.value) : null;
    return sheet ? ok(sheet.grid) : err("unreadable", CLI_TEXT.badXlsx);
  }
  if (ext === ".docx") {
    const doc = readDocx(bytes);
    if (!doc.ok) return err("unreadable", CLI_TEXT.badDocx);
    if (doc.value.tables.length === 0) return err("not-a-table", CLI_TEXT.noTables);
    return ok(docxGrid(doc.value));
  }
  if (ext === ".pdf") {
    const { pdfGrid } = await import("./read-pdf.ts");
    return pdfGrid(bytes);
  }
  const kind = binaryKind(bytes);
  if (kind)
    return err("not-a-table", kind === "archive" ? CLI_TEXT.notATableArchive : CLI_TEXT.notATableBinary);
  const text = decode(bytes);
  return ok(ext === ".csv" ? gridFromCsv(text) : gridFromTsv(text));
}

/** A text table has (almost) no control bytes; a zip (.xlsx/.docx), PDF or OLE (.doc/.xls) file is not text. */
function binaryKind(bytes: Uint8Array): "archive" | "binary" | null {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4) return "archive";
  if (
    (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) ||
    (b[0] === 0xd0 && b[1] === 0xcf)
  ) {
    return "binary";
  }
  const n = Math.min(b.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  return n > 0 && control / n > 0.02 ? "binary" : null;
}

function filledCells(row: readonly Cell[]): number {
  let n = 0;
  for (const c of row) if (cellText(c) !== "") n++;
  return n;
}

/** UTF-8, or Windows-1251 when the bytes are not valid UTF-8 (old Russian Excel exports). Twin of the worker's upload decoder: shared/ may not use TextDecoder. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}
