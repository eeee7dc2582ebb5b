import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import type { Grid } from "../../../shared/grid.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import { gridFromTsv } from "../../../shared/text-grid.ts";
import {
  isDateFormat,
  parseSheetXml,
  readXlsx,
  serialToIso,
  tableSheet,
  type XlsxSheet,
} from "../../../shared/xlsx/read-xlsx.ts";

// Workbooks written by a real writer (write-excel-file: shared strings, styles with date formats,
// merges) and parts written by hand for what it never writes (inline strings, formula results, errors,
// the 1904 date system, phonetic runs).

const SEEDS = [
  "000_500b399dd1c1fd8e",
  "001_05aab9b01409ba82",
  "002_4851a492f0e147dc",
  "003_3ffaea0ad251f32c",
  "004_d0d44ac2c919aeb6",
];

/** One sheet's rows, or several `{ sheet, data }`: write-excel-file's two call shapes. */
async function xlsx(data: unknown): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(data as Parameters<typeof writeXlsxFile>[0]).toBuffer());
}
function sheetsOf(bytes: Uint8Array): XlsxSheet[] {
  const r = readXlsx(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const text = (v: string) => (v === "" ? null : { value: v });

describe("readXlsx on workbooks from a real writer", () => {
  it.each(SEEDS)("seed %s saved as .xlsx reads to the same roadmap as its text", async (seed) => {
    const grid = gridFromTsv(readFileSync(`tests/fixtures/seeds/${seed}.txt`, "utf8"));
    const bytes = await xlsx(grid.map((row) => row.map((c) => text(String(c ?? "")))));
    const sheet = tableSheet(sheetsOf(bytes))!;
    const fromXlsx = readRoadmap(sheet.grid);
    const fromText = readRoadmap(grid);
    expect(fromXlsx.items.length).toBeGreaterThan(5);
    expect(fromXlsx.period).toEqual(fromText.period);
    expect(fromXlsx.table?.columns).toEqual(fromText.table?.columns);
    expect(fromXlsx.items.map((i) => [i.row, i.code, i.text])).toEqual(
      fromText.items.map((i) => [i.row, i.code, i.text]),
    );
    expect(fromXlsx.sections).toEqual(fromText.sections);
  });

  it("gives numbers, booleans, dates (as ISO days) and text as Range.getValues would", async () => {
    const bytes = await xlsx([
      [{ value: "№" }, { value: "Мероприятие" }, { value: "Срок" }, { value: "Доля" }, { value: "Готово" }],
      [
        { value: "1.1" },
        { value: "Назначить куратора & <наставников>" },
        { value: new Date(Date.UTC(2024, 8, 1)), format: "dd.mm.yyyy" },
        { value: 0.75, format: "0%" },
        { value: true },
      ],
      [
        { value: 2 },
        { value: "  с пробелами  " },
        { value: new Date(Date.UTC(2025, 4, 31)), format: "d mmmm yyyy" },
        { value: 12.5 },
        { value: false },
      ],
    ]);
    const [sheet] = sheetsOf(bytes);
    expect(sheet!.grid).toEqual([
      ["№", "Мероприятие", "Срок", "Доля", "Готово"],
      ["1.1", "Назначить куратора & <наставников>", "2024-09-01", 0.75, true],
      [2, "  с пробелами  ", "2025-05-31", 12.5, false],
    ]);
  });

  it("keeps a merged range's value in its top-left cell only, like a merged range in Sheets", async () => {
    const bytes = await xlsx([
      [{ value: "Этап" }, { value: "Мероприятия" }, { value: "Срок" }],
      [{ value: "Подготовка", rowSpan: 2 }, { value: "Приказ" }, { value: "сентябрь 2024" }],
      [null, { value: "Положение" }, { value: "октябрь 2024" }],
      [{ value: "Итоги за год", columnSpan: 3 }, null, null],
    ]);
    const [sheet] = sheetsOf(bytes);
    expect(sheet!.grid).toEqual([
      ["Этап", "Мероприятия", "Срок"],
      ["Подготовка", "Приказ", "сентябрь 2024"],
      ["", "Положение", "октябрь 2024"],
      ["Итоги за год", "", ""],
    ]);
    expect(sheet!.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 3, left: 0, bottom: 3, right: 2 },
      ]),
    );
  });

  it("finds the table on a later sheet when the first is a cover page", async () => {
    const bytes = await xlsx([
      { sheet: "Титул", data: [[{ value: "Дорожная карта СОШ № 5" }]] },
      {
        sheet: "План",
        data: [
          [{ value: "№" }, { value: "Мероприятие" }, { value: "Срок" }],
          [{ value: "1" }, { value: "Приказ" }, { value: "май" }],
        ],
      },
    ]);
    const sheets = sheetsOf(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Титул", "План"]);
    expect(tableSheet(sheets)?.name).toBe("План");
  });
});

/** A minimal package around a hand-written sheet, as other writers (LibreOffice, 1C, Google) make them. */
function handMade(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(
      extra.workbook ??
        `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId7"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`,
    ),
    "xl/worksheets/data.xml": strToU8(sheetXml),
  };
  if (extra.strings) files["xl/sharedStrings.xml"] = strToU8(extra.strings);
  if (extra.styles) files["xl/styles.xml"] = strToU8(extra.styles);
  return zipSync(files);
}
const grid = (bytes: Uint8Array): Grid => sheetsOf(bytes)[0]!.grid;

describe("readXlsx on parts other writers make", () => {
  it("reads inline strings, formula results, errors, booleans and rich text without phonetic guides", () => {
    const bytes = handMade(
      `<worksheet><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>Мероп</t><r><t xml:space="preserve">риятие </t></r></is></c><c r="C1" t="s"><v>0</v></c></row>
        <row r="3"><c r="A3" t="str"><f>A1&amp;"!"</f><v>Мероприятие!</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="b"><v>1</v></c><c r="D3"><f>1+1</f><v>2</v></c></row>
      </sheetData></worksheet>`,
      {
        strings: `<sst><si><r><t>Сро</t></r><r><t>ки</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>`,
      },
    );
    expect(grid(bytes)).toEqual([
      ["Мероприятие ", "", "Сроки", ""],
      ["", "", "", ""],
      ["Мероприятие!", "#N/A", true, 2],
    ]);
  });

  it("reads dates by the style's number format, in the 1900 and 1904 systems", () => {
    const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="DD\\.MM\\.YYYY"/><numFmt numFmtId="165" formatCode="0.00&quot; д.&quot;"/></numFmts>
      <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet><sheetData><row r="1">
      <c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45536.75</v></c><c r="C1" s="3"><v>45292</v></c><c r="D1"><v>45292</v></c><c r="E1" s="1"><v>61</v></c><c r="F1" s="1"><v>1</v></c>
    </row></sheetData></worksheet>`;
    expect(grid(handMade(sheet, { styles }))).toEqual([
      ["2024-01-01", "2024-09-01", 45292, 45292, "1900-03-01", "1900-01-01"],
    ]);
    const workbook1904 = `<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId7"/></sheets></workbook>`;
    expect(grid(handMade(sheet, { styles, workbook: workbook1904 }))[0]![0]).toBe("2028-01-02");
  });

  it("places cells by their references, with or without them, and ignores what a merge covers", () => {
    const xml = `<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c></row><row><c r="B2"><v>7</v></c></row></sheetData>
      <mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
    const r = parseSheetXml(xml, { strings: [], dateStyles: new Set(), date1904: false });
    expect(r.grid).toEqual([
      [1, "", "", "", 5],
      ["", "", "", "", ""],
    ]);
    expect(r.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("refuses what is not a workbook with an error value", () => {
    expect(readXlsx(new Uint8Array([1, 2, 3, 4, 5])).ok).toBe(false);
    expect(readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).ok).toBe(false); // .xls
    expect(readXlsx(new Uint8Array([80, 75, 3, 4, 0, 0])).ok).toBe(false);
    const docx = readFileSync("tests/fixtures/docx/001_05aab9b01409ba82.docx");
    expect(readXlsx(new Uint8Array(docx))).toMatchObject({ ok: false, code: "not-xlsx" });
  });
});

describe("number formats and day numbers", () => {
  it("tells date formats from number formats", () => {
    for (const f of [
      "dd.mm.yyyy",
      "DD.MM.YYYY",
      "d mmmm yyyy",
      "[$-419]mmmm yyyy;@",
      "h:mm",
      "[h]:mm:ss",
      "yyyy-mm-dd hh:mm",
    ])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of [
      "0.00",
      "#,##0",
      "0%",
      '0.00" д."',
      "General",
      "@",
      "[Red]0.00;[Blue]-0.00",
      "0.00E+00",
      '"мм"0',
    ])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });

  it("counts Excel's phantom 29 February 1900", () => {
    expect(serialToIso(1, false)).toBe("1900-01-01");
    expect(serialToIso(59, false)).toBe("1900-02-28");
    expect(serialToIso(61, false)).toBe("1900-03-01");
    expect(serialToIso(45658, false)).toBe("2025-01-01");
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(serialToIso(-1, false)).toBeNull();
  });
});
