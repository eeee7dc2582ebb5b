import { strFromU8, unzipSync } from "fflate";
import type { Grid } from "../grid.ts";
import { err, ok, type Result } from "../result.ts";
import { attr, scanXml } from "./xml-scan.ts";

// A Word (.docx) document as its paragraphs and tables. Pure: bytes in, text out; runs in Node,
// workerd and Apps Script V8 (fflate's synchronous unzip needs no platform globals).

export interface DocxTable {
  /** every cell of the table's grid: a merged cell's text fills every grid cell it covers */
  rows: string[][];
  /** true where a cell is covered by a merge (vMerge continuation or a gridSpan's later columns) */
  covered: boolean[][];
}

export type DocxBlock = { kind: "paragraph"; text: string } | { kind: "table"; table: DocxTable };

export interface DocxDocument {
  /** body paragraphs and tables in document order */
  blocks: DocxBlock[];
  tables: DocxTable[];
}

export type DocxError = "not-docx" | "too-large";

const MAX_XML_BYTES = 64 * 1024 * 1024;

/** Reads a .docx; a file that is not one (an old .doc, random bytes, a zip without a Word document)
 *  is an error value, never a throw. */
export function readDocx(bytes: Uint8Array): Result<DocxDocument, DocxError> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return err("not-docx", "not a zip archive");
  }
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = f.name === "_rels/.rels" || /^word\/[^/]+\.xml$/.test(f.name);
        if (wanted && f.originalSize > MAX_XML_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch {
    return err("not-docx", "broken zip archive");
  }
  if (tooLarge) return err("too-large", "document.xml is too large");
  const main = files[mainPartName(files)];
  if (!main) return err("not-docx", "no word/document.xml");
  return ok(parseDocumentXml(strFromU8(main)));
}

/** The main part named by the package relationships (Word writes word/document.xml; others may not). */
function mainPartName(files: Record<string, Uint8Array>): string {
  const rels = files["_rels/.rels"];
  if (rels) {
    const m =
      /Target="\/?(word\/[^"]+\.xml)"[^>]*?Type="[^"]*officeDocument"|Type="[^"]*officeDocument"[^>]*?Target="\/?(word\/[^"]+\.xml)"/.exec(
        strFromU8(rels),
      );
    const name = m?.[1] ?? m?.[2];
    if (name && files[name]) return name;
  }
  return "word/document.xml";
}

interface RawCell {
  paras: string[];
  span: number;
  vMerge: "restart" | "continue" | null;
}
interface RawTable {
  gridCols: number;
  rows: { before: number; cells: RawCell[] }[];
}

// Elements whose text is not the document's: deleted revisions, field codes, drawings (their text
// boxes come twice, as mc:Choice and mc:Fallback), footnote marks.
const SKIP = new Set([
  "delText",
  "instrText",
  "delInstrText",
  "drawing",
  "pict",
  "AlternateContent",
  "object",
]);

function local(name: string): string {
  const c = name.indexOf(":");
  return c < 0 ? name : name.slice(c + 1);
}

/** Parses WordprocessingML (word/document.xml) into blocks. */
export function parseDocumentXml(xml: string): DocxDocument {
  const blocks: DocxBlock[] = [];
  const tables: DocxTable[] = [];
  let skip = 0;
  let inText = false;
  let inRun = 0;
  let para: string | null = null;
  let depth = 0; // table nesting: only the outermost table is structure, inner ones are cell text
  let table: RawTable | null = null;
  let cell: RawCell | null = null;
  let inTcPr = false;

  scanXml(xml, {
    open(name, tag, selfClosing) {
      const n = local(name);
      if (SKIP.has(n)) {
        if (!selfClosing) skip++;
        return;
      }
      if (skip) return;
      switch (n) {
        case "p":
          para = "";
          break;
        case "r":
          inRun++;
          break;
        case "t":
          if (!selfClosing && inRun) inText = true;
          break;
        case "tab":
        case "br":
        case "cr":
          if (inRun && para !== null) para += n === "tab" ? "\t" : "\n";
          break;
        case "noBreakHyphen":
          if (inRun && para !== null) para += "-";
          break;
        case "tbl":
          depth++;
          if (depth === 1) table = { gridCols: 0, rows: [] };
          break;
        case "gridCol":
          if (depth === 1 && table) table.gridCols++;
          break;
        case "tr":
          if (depth === 1 && table) table.rows.push({ before: 0, cells: [] });
          break;
        case "gridBefore":
          if (depth === 1 && table?.rows.length) {
            table.rows[table.rows.length - 1]!.before = Math.max(0, Number(attr(tag, "w:val") ?? 0) || 0);
          }
          break;
        case "tc":
          if (depth === 1 && table?.rows.length) {
            cell = { paras: [], span: 1, vMerge: null };
            table.rows[table.rows.length - 1]!.cells.push(cell);
          }
          break;
        case "tcPr":
          if (depth === 1) inTcPr = !selfClosing;
          break;
        case "gridSpan":
          if (inTcPr && cell) cell.span = Math.min(64, Math.max(1, Number(attr(tag, "w:val") ?? 1) || 1));
          break;
        case "vMerge":
          if (inTcPr && cell) cell.vMerge = attr(tag, "w:val") === "restart" ? "restart" : "continue";
          break;
      }
    },
    close(name) {
      const n = local(name);
      if (SKIP.has(n)) {
        if (skip) skip--;
        return;
      }
      if (skip) return;
      switch (n) {
        case "t":
          inText = false;
          break;
        case "r":
          if (inRun) inRun--;
          break;
        case "p": {
          const text = para ?? "";
          para = null;
          if (depth > 0) cell?.paras.push(text);
          else blocks.push({ kind: "paragraph", text: tidy(text) });
          break;
        }
        case "tcPr":
          inTcPr = false;
          break;
        case "tc":
          if (depth === 1) cell = null;
          break;
        case "tbl":
          if (depth === 1 && table) {
            const t = layOut(table);
            tables.push(t);
            blocks.push({ kind: "table", table: t });
            table = null;
          }
          depth = Math.max(0, depth - 1);
          break;
      }
    },
    text(text) {
      if (inText && !skip && para !== null) para += text;
    },
  });
  return { blocks, tables };
}

/** Tabs, line breaks and runs of spaces inside one paragraph → one space. */
function tidy(s: string): string {
  return s.replace(/[\t\n\r ]+/g, " ").trim();
}

/** Places cells on the table grid: a gridSpan covers the columns to its right, a vMerge continuation
 *  takes the text of the cell above; both are marked covered. */
function layOut(raw: RawTable): DocxTable {
  let width = raw.gridCols;
  for (const row of raw.rows) {
    let w = row.before;
    for (const c of row.cells) w += c.span;
    if (w > width) width = w;
  }
  const rows: string[][] = [];
  const covered: boolean[][] = [];
  for (let r = 0; r < raw.rows.length; r++) {
    const row = raw.rows[r]!;
    const texts: string[] = new Array(width).fill("");
    const cov: boolean[] = new Array(width).fill(false);
    let col = row.before;
    for (const c of row.cells) {
      const above = r > 0 ? rows[r - 1]! : null;
      const continues = c.vMerge === "continue" && above !== null;
      const text = continues ? above[col]! : tidy(c.paras.map(tidy).filter(Boolean).join(" "));
      for (let k = 0; k < c.span && col + k < width; k++) {
        texts[col + k] = text;
        cov[col + k] = continues || k > 0;
      }
      col += c.span;
    }
    rows.push(texts);
    covered.push(cov);
  }
  return { rows, covered };
}

/** The document as one grid, the way a sheet shows it: a paragraph is a row of one cell, a table's
 *  rows follow in place, and a merged cell's text stands in its top-left cell only (as
 *  `Range.getValues()` returns a merged range and as a Word table pastes). */
export function docxGrid(doc: DocxDocument): Grid {
  const grid: Grid = [];
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") {
      grid.push([b.text]);
      continue;
    }
    const { rows, covered } = b.table;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const cov = covered[r]!;
      grid.push(row.map((t, c) => (cov[c] ? "" : t)));
    }
  }
  return grid;
}
