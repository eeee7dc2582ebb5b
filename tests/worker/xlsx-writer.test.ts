import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import {
  columnName,
  dateSerial,
  escapeXml,
  writeXlsx,
  XLSX_DATE_FORMAT,
} from "../../worker/src/services/xlsx-writer.ts";

// The summary's XLSX writer, inside workerd: what it writes is read back by a real reader
// (read-excel-file) and its XML is checked where a reader would hide a mistake (cell types, styles).

const WALL = new Date(Date.UTC(2024, 4, 20, 10, 30, 15)); // 20.05.2024 10:30:15 on the wall clock

function book() {
  return writeXlsx([
    {
      name: "Сводка",
      header: ["Код", "Школа", "Версия", "Получено"],
      widths: [10, 30],
      rows: [
        ["1.1", '=HYPERLINK("http://evil")', 2, WALL],
        ["  отступ", 'a & b < c > "d"\u0007\u001f', 0.5, null],
        ["", "многострочный\nтекст", -3, null],
        ["1.1", "+7 школа", null, null],
      ],
    },
    {
      name: "Группы",
      header: Array.from({ length: 28 }, (_, i) => columnName(i)),
      widths: [],
      rows: [Array.from({ length: 28 }, (_, i) => i)],
    },
  ]);
}

describe("xlsx-writer", () => {
  it("column names and date serials", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
    expect(dateSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25_569);
    // 2024-05-20 is serial 45432; 10:30:15 is 37815 seconds into the day
    expect(dateSerial(WALL)).toBeCloseTo(45_432 + 37_815 / 86_400, 10);
    expect(escapeXml('a&b<c>"d"\u0000e')).toBe("a&amp;b&lt;c&gt;&quot;d&quot;e");
    expect(escapeXml("обычный текст")).toBe("обычный текст");
  });

  it("is read back by a real reader: text stays text, numbers numbers, the time a date", async () => {
    const sheets = await readXlsxFile(book().slice().buffer, { trim: false });
    expect(sheets.map((s) => s.sheet)).toEqual(["Сводка", "Группы"]);
    const [summary, groups] = sheets.map((s) => s.data);
    expect(summary).toEqual([
      ["Код", "Школа", "Версия", "Получено"],
      ["1.1", '=HYPERLINK("http://evil")', 2, WALL],
      ["  отступ", 'a & b < c > "d"', 0.5, null],
      [null, "многострочный\nтекст", -3, null],
      ["1.1", "+7 школа", null, null],
    ]);
    expect(groups![1]![27]).toBe(27);
    expect(groups![0]![27]).toBe("AB");
  });

  it("writes codes as string cells, no formula anywhere, the date with its format, a bold frozen header", () => {
    const files = unzipSync(book());
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const styles = strFromU8(files["xl/styles.xml"]!);
    const strings = strFromU8(files["xl/sharedStrings.xml"]!);
    expect(sheet).not.toMatch(/<f[ >]/);
    // «1.1» is a shared string (t="s"), never a number a Russian Excel would turn into a date
    const code = /<c r="A2"[^>]*>/.exec(sheet)![0];
    expect(code).toContain('t="s"');
    const index = Number(/<c r="A2"[^>]*><v>(\d+)<\/v>/.exec(sheet)![1]);
    expect([...strings.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)][index]![1]).toBe("1.1");
    // the number is a plain numeric cell; the date a number with the date style
    expect(sheet).toContain('<c r="C2"><v>2</v></c>');
    const date = /<c r="D2" s="(\d+)"><v>([\d.]+)<\/v><\/c>/.exec(sheet)!;
    expect(Number(date[2])).toBeCloseTo(dateSerial(WALL), 10);
    const xfs = [...styles.matchAll(/<xf [^>]*>/g)].map((m) => m[0]).slice(1); // after cellStyleXfs
    expect(xfs[Number(date[1])]).toContain('numFmtId="164"');
    expect(styles).toContain(`<numFmt numFmtId="164" formatCode="${XLSX_DATE_FORMAT}"/>`);
    // header: bold style, frozen first row; leading spaces and line breaks are preserved
    const header = /<c r="A1" s="(\d+)"/.exec(sheet)!;
    expect(xfs[Number(header[1])]).toContain('fontId="1"');
    expect(sheet).toContain('state="frozen"');
    expect(strings).toContain('<t xml:space="preserve">  отступ</t>');
    expect(strings).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // an empty string is an empty cell, not an empty text
    expect(sheet).not.toContain('<c r="A4"');
  });
});
