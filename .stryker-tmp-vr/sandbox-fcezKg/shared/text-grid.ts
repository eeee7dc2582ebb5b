import type { Grid } from "./grid.ts";

// Text files → grids: tab-separated (how a Word table pastes, as the seeds are) or CSV.

/** Lines split on tabs; Windows / old Mac line ends accepted. */
export function gridFromTsv(text: string): Grid {
  const lines = stripBom(text).split(/\r\n|\n|\r/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

/** RFC 4180 CSV with quoted fields (which may hold delimiters and line breaks). The delimiter is
 *  `;` when the first lines hold more of them than commas, as Russian Excel writes CSV. */
export function gridFromCsv(text: string): Grid {
  const src = stripBom(text);
  const head = src.slice(0, 4096);
  const delim = count(head, ";") > count(head, ",") ? ";" : ",";
  const rows: Grid = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delim) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
