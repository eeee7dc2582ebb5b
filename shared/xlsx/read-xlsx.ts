import { strFromU8, unzipSync } from "fflate";
import { attr, scanXml } from "../docx/xml-scan.ts";
import type { Cell, Grid } from "../grid.ts";
import { isoDate } from "../parse/dates.ts";
import { err, ok, type Result } from "../result.ts";

// An Excel workbook (.xlsx) as grids, the way `Range.getValues()` would give its sheets once opened
// in Google Sheets and read by the add-on: text, numbers and booleans as they are, date cells as ISO
// days, error cells as their «#N/A» text, a merged range's value in its top-left cell only (like the
// .docx grid), empty cells "". Pure: bytes in; runs in Node, workerd and Apps Script V8 (fflate's
// synchronous unzip and the Office XML scanner of the .docx reader, no platform globals).

export interface XlsxSheet {
  name: string;
  grid: Grid;
  /** merged ranges, 0-based and inclusive */
  merges: { top: number; left: number; bottom: number; right: number }[];
}

export type XlsxError = "not-xlsx" | "too-large";

const MAX_XML_BYTES = 64 * 1024 * 1024;
const MAX_CELLS = 2_000_000;

/** Reads every worksheet of a .xlsx, in the workbook's order; anything that is not one (an old .xls,
 *  a .docx, random bytes) is an error value, never a throw. */
export function readXlsx(bytes: Uint8Array): Result<XlsxSheet[], XlsxError> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return err("not-xlsx", "not a zip archive");
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted =
          /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(
            f.name,
          );
        if (wanted && f.originalSize > MAX_XML_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch {
    return err("not-xlsx", "broken zip archive");
  }
  if (tooLarge) return err("too-large", "a part of the workbook is too large");
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : null);
  const workbook = text("xl/workbook.xml");
  if (workbook === null) return err("not-xlsx", "no xl/workbook.xml");
  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const dateStyles = dateStyleIndexes(text("xl/styles.xml"));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  const targets = relationshipTargets(text("xl/_rels/workbook.xml.rels") ?? "");
  const sheets: XlsxSheet[] = [];
  let cells = 0;
  for (const s of sheetEntries(workbook)) {
    const xml = text(partName(targets.get(s.rid) ?? ""));
    if (xml === null) continue;
    const sheet = parseSheetXml(xml, { strings, dateStyles, date1904 });
    cells += sheet.grid.length * (sheet.grid[0]?.length ?? 0);
    if (cells > MAX_CELLS) return err("too-large", "too many cells");
    sheets.push({ name: s.name, ...sheet });
  }
  if (sheets.length === 0) return err("not-xlsx", "no worksheets");
  return ok(sheets);
}

/** The sheet a roadmap is on: the first one with a row of two filled cells (a table), else the first. */
export function tableSheet(sheets: readonly XlsxSheet[]): XlsxSheet | null {
  return (
    sheets.find((s) => s.grid.some((row) => row.filter((c) => c !== "" && c !== null).length >= 2)) ??
    sheets[0] ??
    null
  );
}

function sheetEntries(workbook: string): { name: string; rid: string }[] {
  const out: { name: string; rid: string }[] = [];
  scanXml(workbook, {
    open(name, tag) {
      if (local(name) !== "sheet") return;
      const rid = attr(tag, "r:id") ?? relId(tag);
      out.push({ name: attr(tag, "name") ?? "", rid: rid ?? "" });
    },
    close() {},
    text() {},
  });
  return out;
}

/** r:id under whatever prefix the writer bound the relationships namespace to */
function relId(tag: string): string | null {
  const m = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag);
  return m ? m[1]! : null;
}

function relationshipTargets(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  scanXml(rels, {
    open(name, tag) {
      if (local(name) !== "Relationship") return;
      const id = attr(tag, "Id");
      const target = attr(tag, "Target");
      if (id && target) out.set(id, target);
    },
    close() {},
    text() {},
  });
  return out;
}

/** A relationship target («worksheets/sheet1.xml», «/xl/worksheets/sheet1.xml») as a zip entry name. */
function partName(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Shared strings: the text of each <si>, rich-text runs joined, phonetic guides (<rPh>) left out. */
function sharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  let current: string[] | null = null;
  let inText = 0;
  let inPhonetic = 0;
  scanXml(xml, {
    open(name, _tag, selfClosing) {
      const n = local(name);
      if (n === "si") current = [];
      else if (n === "rPh" && !selfClosing) inPhonetic++;
      else if (n === "t" && !selfClosing) inText++;
    },
    close(name) {
      const n = local(name);
      if (n === "si" && current) {
        out.push(current.join(""));
        current = null;
      } else if (n === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
      else if (n === "t") inText = Math.max(0, inText - 1);
    },
    text(t) {
      if (current && inText && !inPhonetic) current.push(t);
    },
  });
  return out;
}

// Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the ids Excel uses for
// locale dates in Russian and East Asian workbooks).
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Does a custom number format show a date? Date letters outside quotes, escapes and [colour] tags. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:[$][^\]]*|[a-z]+\d*|=?[<>]?[=]?-?\d+(?:\.\d+)?)\]/gi, "")
    .split(";")[0]!;
  if (/^\s*@?\s*$/.test(bare) || bare.toLowerCase() === "general") return false;
  return /[dmyhs]|д|м|г/i.test(bare.replace(/[eE][+-]/g, ""));
}

/** Indexes into <cellXfs> whose number format is a date. */
function dateStyleIndexes(xml: string | null): Set<number> {
  const out = new Set<number>();
  if (xml === null) return out;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  scanXml(xml, {
    open(name, tag) {
      const n = local(name);
      if (n === "numFmt") {
        const id = Number(attr(tag, "numFmtId"));
        const code = attr(tag, "formatCode");
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(attr(tag, "numFmtId") ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id)) out.add(index);
        index++;
      }
    },
    close(name) {
      if (local(name) === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return out;
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** «B12» → [11, 1] (0-based row, column); null when it is not a cell reference. */
export function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** Excel's day number → ISO day (1900 system with its phantom 29 Feb 1900, or the 1904 system). */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const whole = Math.floor(serial);
  // day 0 of the 1900 system is 1899-12-31, but Excel counts a 29 Feb 1900 that never was: from day
  // 61 on the count is one ahead, so those days are measured from 1899-12-30
  const base = date1904 ? Date.UTC(1904, 0, 1) : whole < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + whole * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function parseSheetXml(xml: string, ctx: SheetContext): Omit<XlsxSheet, "name"> {
  const rows: Cell[][] = [];
  const merges: XlsxSheet["merges"] = [];
  let width = 0;
  let row = -1;
  let col = -1;
  // the cell being read
  let type = "";
  let style = -1;
  let value: string[] | null = null;
  let inValue = 0;
  let inInline = 0;
  let inInlineText = 0;
  let inPhonetic = 0;

  const put = (r: number, c: number, v: Cell) => {
    if (r < 0 || c < 0 || r >= 1_048_576 || c >= 16_384) return;
    while (rows.length <= r) rows.push([]);
    rows[r]![c] = v;
    if (c + 1 > width) width = c + 1;
  };

  scanXml(xml, {
    open(name, tag, selfClosing) {
      switch (local(name)) {
        case "row": {
          const r = Number(attr(tag, "r"));
          row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
          col = -1;
          break;
        }
        case "c": {
          const ref = attr(tag, "r");
          const at = ref ? cellRef(ref) : null;
          if (at) [row, col] = at;
          else col++;
          type = attr(tag, "t") ?? "n";
          style = Number(attr(tag, "s") ?? -1);
          value = selfClosing ? null : [];
          break;
        }
        case "v":
          if (!selfClosing) inValue++;
          break;
        case "is":
          if (!selfClosing) inInline++;
          break;
        case "t":
          if (inInline && !selfClosing) inInlineText++;
          break;
        case "rPh":
          if (!selfClosing) inPhonetic++;
          break;
        case "mergeCell": {
          const [a, b] = (attr(tag, "ref") ?? "").split(":");
          const from = a ? cellRef(a) : null;
          const to = b ? cellRef(b) : from;
          if (from && to)
            merges.push({
              top: Math.min(from[0], to[0]),
              left: Math.min(from[1], to[1]),
              bottom: Math.max(from[0], to[0]),
              right: Math.max(from[1], to[1]),
            });
          break;
        }
      }
    },
    close(name) {
      switch (local(name)) {
        case "v":
          inValue = Math.max(0, inValue - 1);
          break;
        case "is":
          inInline = Math.max(0, inInline - 1);
          break;
        case "t":
          if (inInline) inInlineText = Math.max(0, inInlineText - 1);
          break;
        case "rPh":
          inPhonetic = Math.max(0, inPhonetic - 1);
          break;
        case "c":
          if (value !== null) {
            const v = cellValue(type, value.join(""), style, ctx);
            if (v !== "") put(row, col, v);
          }
          value = null;
          break;
      }
    },
    text(t) {
      if (value === null || inPhonetic) return;
      if (inValue || inInlineText) value.push(t);
    },
  });

  const grid: Grid = rows.map((r) => {
    const out: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = r[c] ?? "";
    return out;
  });
  // a merged range keeps its value in the top-left cell; anything Excel left under it is not shown
  for (const m of merges)
    for (let r = m.top; r <= m.bottom && r < grid.length; r++)
      for (let c = m.left; c <= m.right && c < width; c++) if (r !== m.top || c !== m.left) grid[r]![c] = "";
  return { grid, merges };
}

function cellValue(type: string, raw: string, style: number, ctx: SheetContext): Cell {
  switch (type) {
    case "s": {
      const i = Number(raw);
      return Number.isInteger(i) ? (ctx.strings[i] ?? "") : "";
    }
    case "inlineStr":
    case "str":
    case "e":
      return raw;
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "d": {
      // an ISO date written as text (strict Open XML); the day is what a sheet shows
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
      return m ? `${m[1]}-${m[2]}-${m[3]}` : raw;
    }
    default: {
      const text = raw.trim();
      if (text === "") return "";
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      if (ctx.dateStyles.has(style)) return serialToIso(n, ctx.date1904) ?? n;
      return n;
    }
  }
}
