import type { Grid } from "../../shared/grid.ts";
import { parseCode, splitCodeAndText } from "../../shared/roadmap/codes.ts";
import { matchHeader } from "../../shared/roadmap/header.ts";

// A PDF's text pieces (as a PDF library reports them: text, position, width, font height) → rows and
// columns. Columns are where many lines start their text; a table row starts where its number column
// has text (a wrapped cell's later lines join the row above) or, in a table with no number column,
// after a wider space than the lines of one cell have; before the table header every line is a row of
// its own, like the paragraphs above a Word table.

export interface PdfText {
  page: number;
  x: number;
  /** baseline, counted from the bottom of the page as PDF does */
  y: number;
  width: number;
  height: number;
  text: string;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}
interface Line {
  page: number;
  y: number;
  height: number;
  segments: Segment[];
}

function linesOf(items: readonly PdfText[]): Line[] {
  const sorted = items
    .filter((t) => t.text.trim() !== "")
    .sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const t of sorted) {
    const last = lines[lines.length - 1];
    const h = t.height || 8;
    if (last && last.page === t.page && Math.abs(last.y - t.y) <= Math.max(2, h * 0.35)) {
      last.segments.push({ x: t.x, end: t.x + t.width, text: t.text });
    } else
      lines.push({
        page: t.page,
        y: t.y,
        height: h,
        segments: [{ x: t.x, end: t.x + t.width, text: t.text }],
      });
  }
  // pieces closer than a space's width or two are one piece of text
  for (const line of lines) {
    line.segments.sort((a, b) => a.x - b.x);
    const merged: Segment[] = [];
    for (const s of line.segments) {
      const prev = merged[merged.length - 1];
      const gap = prev ? s.x - prev.end : Number.POSITIVE_INFINITY;
      if (prev && gap < line.height * 0.9) {
        prev.text =
          gap > line.height * 0.12 && !prev.text.endsWith(" ")
            ? `${prev.text} ${s.text}`
            : prev.text + s.text;
        prev.end = Math.max(prev.end, s.end);
      } else merged.push({ ...s });
    }
    line.segments = merged
      .map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ").trim() }))
      .filter((s) => s.text);
  }
  return lines;
}

/** x positions where at least a few lines start a piece of text: the columns' left edges. */
function anchors(lines: readonly Line[]): number[] {
  const xs = lines.flatMap((l) => l.segments.map((s) => s.x)).sort((a, b) => a - b);
  const clusters: { x: number; n: number }[] = [];
  for (const x of xs) {
    const c = clusters[clusters.length - 1];
    if (c && x - c.x <= 3) c.n++;
    else clusters.push({ x, n: 1 });
  }
  const needed = Math.max(2, Math.floor(lines.length * 0.04));
  const out: number[] = [];
  for (const c of clusters) {
    if (c.n < needed) continue;
    if (out.length && c.x - out[out.length - 1]! < 12) continue;
    out.push(c.x);
  }
  return out;
}

function columnOf(cols: readonly number[], s: Segment): number {
  let k = 0;
  for (let i = 0; i < cols.length; i++) if (cols[i]! <= s.x + 3) k = i;
  return k;
}

function cellsOf(line: Line, cols: readonly number[]): string[] {
  const cells: string[] = new Array(cols.length).fill("");
  for (const s of line.segments) {
    const k = columnOf(cols, s);
    cells[k] = cells[k] ? `${cells[k]} ${s.text}` : s.text;
  }
  return cells;
}

/** A cell's next line: after a word broken at its hyphen («сентябрь-» / «октябрь») no space. */
function wrap(before: string, next: string): string {
  if (!before) return next;
  return /[а-яёa-z\d]-$/i.test(before) ? before + next : `${before} ${next}`;
}

function joinCells(a: readonly string[], b: readonly string[]): string[] {
  return a.map((c, j) => (b[j] ? (c ? `${c} ${b[j]}` : b[j]!) : c));
}

/** Without a № column a row starts where the space above a line is clearly wider than the space
 *  between the lines of one cell (cell padding, a paragraph's spacing after it): `true` at each line
 *  from `from` on that starts a row, or null when the table's lines are all spaced alike — no wrapped
 *  cell, or no padding to tell rows by — and each line stays a row of its own. */
function rowStarts(lines: readonly Line[], from: number): boolean[] | null {
  const gaps: number[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    const above = lines[i - 1]!;
    const line = lines[i]!;
    if (above.page === line.page && above.y > line.y) gaps.push(above.y - line.y);
  }
  if (gaps.length === 0) return null;
  const pitch = Math.min(...gaps);
  const wide = (g: number) => g > pitch * ROW_GAP;
  if (!gaps.some(wide)) return null;
  const starts: boolean[] = [];
  for (let i = from; i < lines.length; i++) {
    const above = lines[i - 1];
    const line = lines[i]!;
    starts[i] = i === from || !above || above.page !== line.page || wide(above.y - line.y);
  }
  return starts;
}
// a row's space above is its cell padding plus the line pitch; a wrapped line's is the pitch alone
const ROW_GAP = 1.3;

export function pdfLayout(items: readonly PdfText[]): Grid {
  const lines = linesOf(items);
  const cols = anchors(lines);
  if (cols.length === 0) return lines.map((l) => [l.segments.map((s) => s.text).join(" ")]);
  const grid: Grid = [];
  let inTable = false;
  let codeCol = -1;
  let row: string[] | null = null;
  let starts: boolean[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!, cols);
    const above = lines[i - 1];
    if (!inTable) {
      // a blank line's worth of space between paragraphs is a blank row, as in the document
      if (above && above.page === lines[i]!.page && above.y - lines[i]!.y > lines[i]!.height * 2.2)
        grid.push([""]);
      // a header starts on a line of two or more cells and may wrap over the next lines
      let header: string[] | null = null;
      if (cells.filter(Boolean).length >= 2) {
        let merged = cells;
        for (let k = 0; k < 3 && i + k < lines.length && !header; k++) {
          if (k > 0) merged = joinCells(merged, cellsOf(lines[i + k]!, cols));
          const m = matchHeader(merged);
          if (m?.kind !== "roadmap") continue;
          header = merged;
          codeCol = m.columns.code ?? -1;
          i += k;
          // the header's own wrapped words below it (no number in the № column, not the 1 2 3 row)
          while (codeCol >= 0 && i + 1 < lines.length) {
            const next = cellsOf(lines[i + 1]!, cols);
            if (next[codeCol] || next.some((c) => /^\d+$/.test(c))) break;
            header = joinCells(header, next);
            i++;
          }
        }
      }
      if (header) {
        grid.push(header);
        inTable = true;
        row = null;
        if (codeCol < 0) starts = rowStarts(lines, i + 1);
      } else grid.push(lines[i]!.segments.map((s) => s.text));
      continue;
    }
    const code = codeCol >= 0 ? cells[codeCol]! : "";
    const startsRow = codeCol < 0 ? (starts?.[i] ?? true) || row === null : code !== "" ? true : row === null;
    const isCode =
      code !== "" &&
      (parseCode(code) !== null || splitCodeAndText(code) !== null || /^[IVX]+\.?$/.test(code));
    if (startsRow && (codeCol < 0 || isCode || row === null)) {
      row = cells;
      grid.push(row);
    } else if (row) {
      for (let j = 0; j < cells.length; j++) if (cells[j]) row[j] = wrap(row[j]!, cells[j]!);
    }
  }
  return grid;
}
