import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { readSheet } from "read-excel-file/node";
import { type Cell, cellText, type Grid } from "../../shared/grid.ts";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { err, ok, type Result } from "../../shared/result.ts";
import { gridFromCsv, gridFromTsv } from "../../shared/text-grid.ts";

const MAX_BYTES = 50 * 1024 * 1024;

// The only file of the CLI that touches the file system.
export async function readGrid(path: string): Promise<Result<Grid, "unreadable">> {
  const ext = extname(path).toLowerCase();
  if (![".csv", ".tsv", ".txt", ".xlsx"].includes(ext)) {
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
  const bytes = await readFile(path);
  let grid: Grid;
  if (ext === ".xlsx") {
    try {
      grid = (await readSheet(bytes)).map((row) => row.map(toCell));
    } catch {
      return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.badXlsx));
    }
  } else {
    const text = decode(bytes);
    grid = ext === ".csv" ? gridFromCsv(text) : gridFromTsv(text);
  }
  if (!grid.some((row) => row.some((c) => cellText(c) !== ""))) {
    return err("unreadable", CLI_TEXT.cannotRead(path, CLI_TEXT.empty));
  }
  return ok(grid);
}

/** UTF-8, or Windows-1251 when the bytes are not valid UTF-8 (old Russian Excel exports). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
