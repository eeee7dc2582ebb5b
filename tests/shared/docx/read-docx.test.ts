import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { documentXml, writeDocx } from "../../../scripts/support/write-docx.ts";
import { docxGrid, parseDocumentXml, readDocx } from "../../../shared/docx/read-docx.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import type { RoadmapRead } from "../../../shared/roadmap/types.ts";
import { gridFromTsv } from "../../../shared/text-grid.ts";

const SEEDS = [
  "000_500b399dd1c1fd8e",
  "001_05aab9b01409ba82",
  "002_4851a492f0e147dc",
  "003_3ffaea0ad251f32c",
  "004_d0d44ac2c919aeb6",
];
const squash = (s: string | null | undefined) => (s ?? "").replace(/\*\*/g, "").replace(/\s+/g, " ").trim();

/** What a reading means, without the row numbers (a .docx has no page-break lines). */
function meaning(read: RoadmapRead) {
  return {
    title: squash(read.title),
    period: read.period,
    columns: read.table?.columns,
    sections: read.sections.map((s) => ({ code: s.code, title: squash(s.title), depth: s.depth })),
    items: read.items.map((i) => ({
      code: i.code,
      section: i.section,
      text: Object.fromEntries(Object.entries(i.text).map(([k, v]) => [k, squash(v)])),
    })),
    indicators: read.indicators.map((i) => [squash(i.criterion), squash(i.indicator), squash(i.scale)]),
  };
}

function docOf(bytes: Uint8Array) {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe("the five seed documents as .docx", () => {
  for (const s of SEEDS) {
    it(`${s}.docx reads to the same items as its text`, () => {
      const doc = docOf(readFileSync(`tests/fixtures/docx/${s}.docx`));
      const fromDocx = readRoadmap(docxGrid(doc));
      const fromText = readRoadmap(gridFromTsv(readFileSync(`tests/fixtures/seeds/${s}.txt`, "utf8")));
      expect(fromDocx.items.length).toBeGreaterThan(0);
      expect(meaning(fromDocx)).toEqual(meaning(fromText));
    });
  }

  it("keeps the real merges: a vertically merged cell fills its rows and is marked covered", () => {
    const doc = docOf(readFileSync("tests/fixtures/docx/003_3ffaea0ad251f32c.docx"));
    const merged = doc.tables.flatMap((t) =>
      t.rows.flatMap((row, r) =>
        row.map((_, c) => ({ t, r, c })).filter(({ c }) => c === 0 && t.covered[r]![c]),
      ),
    );
    expect(merged.length).toBe(3);
    for (const { t, r, c } of merged) {
      expect(t.rows[r]![c]).toBe(t.rows[r - 1]![c]);
      expect(t.rows[r]![c]).not.toBe("");
    }
  });

  it("keeps the text above the first table (title and period)", () => {
    const doc = docOf(readFileSync("tests/fixtures/docx/001_05aab9b01409ba82.docx"));
    const first = doc.blocks.findIndex((b) => b.kind === "table");
    const above = doc.blocks.slice(0, first).map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(above).toContain("на 2023-2024 учебный год");
    expect(above.join(" ")).toContain("МБОУ «Средняя общеобразовательная школа №21»");
  });
});

const W = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const tc = (text: string, pr = "") =>
  `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe("WordprocessingML", () => {
  it("expands gridSpan and vMerge; the grid shows merged text in the top-left cell only", () => {
    const xml = W(
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
        `<w:tr>${tc("Этап 1", '<w:vMerge w:val="restart"/>')}${tc("Приказ")}${tc("сентябрь")}</w:tr>` +
        `<w:tr>${tc("", "<w:vMerge/>")}${tc("Положение")}${tc("октябрь")}</w:tr>` +
        `<w:tr>${tc("Итоги", '<w:gridSpan w:val="3"/>')}</w:tr></w:tbl>`,
    );
    const doc = parseDocumentXml(xml);
    expect(doc.tables[0]!.rows).toEqual([
      ["Этап 1", "Приказ", "сентябрь"],
      ["Этап 1", "Положение", "октябрь"],
      ["Итоги", "Итоги", "Итоги"],
    ]);
    expect(doc.tables[0]!.covered).toEqual([
      [false, false, false],
      [true, false, false],
      [false, true, true],
    ]);
    expect(docxGrid(doc)).toEqual([
      ["Этап 1", "Приказ", "сентябрь"],
      ["", "Положение", "октябрь"],
      ["Итоги", "", ""],
    ]);
  });

  it("joins a cell's paragraphs, skips deleted text and field codes, decodes entities, flattens nested tables", () => {
    const xml = W(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t>План &amp; «карта»</w:t></w:r><w:r><w:tab/><w:t>(2023&#8211;2024 гг.)</w:t></w:r></w:p>` +
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">Первый </w:t></w:r></w:p><w:p><w:r><w:t>второй</w:t></w:r></w:p></w:tc>` +
        `<w:tc><w:p><w:del><w:r><w:delText>старое</w:delText></w:r></w:del><w:r><w:fldChar/><w:instrText>PAGE</w:instrText></w:r><w:ins><w:r><w:t>новое</w:t></w:r></w:ins></w:p></w:tc>` +
        `<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>вложенная</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>` +
        `<w:p><w:r><w:t>после</w:t></w:r></w:p>`,
    );
    const doc = parseDocumentXml(xml);
    expect(docxGrid(doc)).toEqual([
      ["План & «карта» (2023–2024 гг.)"],
      ["Первый второй", "новое", "вложенная"],
      ["после"],
    ]);
  });

  it("places rows that skip grid columns (gridBefore)", () => {
    const xml = W(
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("б")}</w:tr></w:tbl>`,
    );
    expect(parseDocumentXml(xml).tables[0]!.rows).toEqual([["", "б"]]);
  });

  it("refuses what is not a .docx without throwing", () => {
    const random = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect(readDocx(random)).toMatchObject({ ok: false, code: "not-docx" });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(readDocx(ole)).toMatchObject({ ok: false, code: "not-docx" });
    const xlsx = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(readDocx(xlsx)).toMatchObject({ ok: false, code: "not-docx" });
    const truncated = writeDocx([{ paragraph: "x" }]).slice(0, 60);
    expect(readDocx(truncated).ok).toBe(false);
  });

  it("finds the main part through the package relationships", () => {
    const xml = documentXml([{ paragraph: "другое имя" }]);
    const rels = `<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>`;
    const bytes = zipSync({ "_rels/.rels": strToU8(rels), "word/document2.xml": strToU8(xml) });
    expect(docxGrid(docOf(bytes))).toEqual([["другое имя"]]);
  });
});
