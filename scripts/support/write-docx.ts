import { strToU8, zipSync } from "fflate";

// Writes small but real .docx files (the WordprocessingML Word itself writes: tblGrid, tcPr with
// gridSpan and vMerge, runs with w:t) for fixtures and benchmarks.

export interface CellSpec {
  /** one string per paragraph */
  paras: string[];
  span?: number;
  vMerge?: "restart" | "continue";
}
export type BlockSpec = { paragraph: string } | { table: CellSpec[][]; cols: number };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph; `**bold**` stretches become bold runs, tabs become w:tab. */
function paragraph(text: string): string {
  const runs = text.split("**").map((part, i) => {
    if (!part) return "";
    const props = i % 2 === 1 ? "<w:rPr><w:b/></w:rPr>" : "";
    const body = part
      .split("\t")
      .map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`)
      .join("<w:tab/>");
    return `<w:r>${props}${body}</w:r>`;
  });
  return `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${runs.join("")}</w:p>`;
}

function table(rows: CellSpec[][], cols: number): string {
  const width = Math.floor(9000 / cols);
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
  const trs = rows.map((cells) => {
    const tcs = cells.map((c) => {
      const span = c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : "";
      const merge = c.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : c.vMerge ? "<w:vMerge/>" : "";
      const paras = c.paras.length ? c.paras.map(paragraph).join("") : "<w:p/>";
      return `<w:tc><w:tcPr><w:tcW w:w="${width * (c.span ?? 1)}" w:type="dxa"/>${span}${merge}</w:tcPr>${paras}</w:tc>`;
    });
    return `<w:tr>${tcs.join("")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs.join("")}</w:tbl>`;
}

export function documentXml(blocks: readonly BlockSpec[]): string {
  const body = blocks
    .map((b) => ("paragraph" in b ? paragraph(b.paragraph) : table(b.table, b.cols)))
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export function writeDocx(blocks: readonly BlockSpec[]): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(RELS),
      "word/document.xml": strToU8(documentXml(blocks)),
    },
    { level: 6, mtime: new Date("2026-01-01T00:00:00Z") },
  );
}

/** A pasted Word document (lines; tab-separated lines are table rows) rebuilt as Word had it: runs of
 *  table lines are tables, a row with text only in its first cell is one cell spanning the row, an
 *  empty first cell under a filled one is a vertical merge, and « – » list items in a cell are
 *  paragraphs of their own. */
export function docxFromPastedText(text: string): BlockSpec[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const blocks: BlockSpec[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) blocks.push(tableFromRows(rows));
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes("\t")) rows.push(line.split("\t"));
    else if (rows.length && /^\s*\d*\s*$/.test(line) && continuesTable(lines, i)) {
      // a blank line or a page number between two rows: the table goes on over a page break
    } else {
      flush();
      blocks.push({ paragraph: line });
    }
  }
  flush();
  return blocks;
}

function continuesTable(lines: readonly string[], i: number): boolean {
  let k = i;
  while (k < lines.length && /^\s*\d*\s*$/.test(lines[k]!)) k++;
  return k < lines.length && lines[k]!.includes("\t") && k - i <= 3;
}

function tableFromRows(rows: string[][]): BlockSpec {
  const cols = Math.max(...rows.map((r) => r.length));
  const specs: CellSpec[][] = [];
  const cellParas = (t: string) => (t ? t.split(/ (?=– )/) : []);
  rows.forEach((row, r) => {
    const onlyFirst = row[0] !== "" && row.slice(1).every((c) => c === "");
    if (onlyFirst) {
      specs.push([{ paras: cellParas(row[0]!), span: cols }]);
      return;
    }
    const cells: CellSpec[] = row.map((t) => ({ paras: cellParas(t) }));
    // «1. | Раздел | | |»: the section title spans the rest of the row
    if (row.length > 2 && row[0] && row[1] && row.slice(2).every((c) => c === "")) {
      specs.push([cells[0]!, { paras: cellParas(row[1]), span: cols - 1 }]);
      return;
    }
    // a short row's last cell spans the rest of the table
    if (row.length < cols) cells[cells.length - 1]!.span = cols - row.length + 1;
    const above = specs[r - 1];
    const aboveFirst = above?.[0];
    if (
      row[0] === "" &&
      aboveFirst &&
      (aboveFirst.span ?? 1) === 1 &&
      (aboveFirst.paras.length || aboveFirst.vMerge)
    ) {
      cells[0] = { paras: [], vMerge: "continue" };
      if (!aboveFirst.vMerge) aboveFirst.vMerge = "restart";
    }
    specs.push(cells);
  });
  return { table: specs, cols };
}
