import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { writeDocx } from "../../scripts/support/write-docx.ts";
import { gridFromTsv } from "../../shared/text-grid.ts";
import { buildAddon, loadAddon } from "./fakes/load-addon.ts";
import { seedSheet } from "./sheets.ts";

// «Импорт из файла» and «Перенести в шаблон» in the bundled add-on (node:vm, no Node globals).
let dist = "";
beforeAll(async () => {
  dist = await buildAddon();
});

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const SEED_001 = readFileSync("tests/fixtures/docx/001_05aab9b01409ba82.docx");

describe("importFile", () => {
  it("previews the column mapping first and writes nothing", () => {
    const env = loadAddon(dist);
    const before = env.book.getSheets().length;
    const r = env.call("importFile", "Дорожная карта СОШ 21.docx", b64(SEED_001), false);
    expect(r.ok).toBe(true);
    expect(r.value.templateId).toBe("school-roadmap");
    expect(r.value.sheetName).toBeNull();
    expect(r.value.matched).toBe(9);
    expect(r.value.columns).toEqual([
      { column: "A", header: "№", target: "№" },
      { column: "B", header: "Наименование этапа", target: "Наименование этапа" },
      {
        column: "C",
        header: "Содержание деятельности и план мероприятий",
        target: "Содержание деятельности и план мероприятий",
      },
      { column: "D", header: "Срок", target: "Срок" },
      { column: "E", header: "Ответственный", target: "Ответственный" },
    ]);
    expect(r.value.notes).toEqual([]);
    expect(env.book.getSheets().length).toBe(before);
  });

  it("writes a Word roadmap into a new sheet of the template, the school's deadlines and responsible in place", () => {
    const env = loadAddon(dist);
    const r = env.call("importFile", "Дорожная карта СОШ 21.docx", b64(SEED_001), true);
    expect(r.ok).toBe(true);
    const sheet = env.book.getSheetByName(r.value.sheetName)!;
    expect(sheet).not.toBeNull();
    const values = sheet.getDataRange().getValues() as string[][];
    expect(values[1]).toEqual([
      "№",
      "Наименование этапа",
      "Содержание деятельности и план мероприятий",
      "Срок",
      "Ответственный",
      "Факт",
      "Статус",
      "Подтверждение",
      "Комментарий",
    ]);
    expect(values[2]!.slice(0, 5)).toEqual([
      "1",
      "Подготовка условий для реализации системы наставничества",
      expect.stringContaining("Подготовка и принятие локальных нормативных правовых актов"),
      "сентябрь-октябрь",
      "Бондарь О.И., зам. директора по УВР",
    ]);
    // the written sheet validates as the template, with every required item present
    const checked = env.call("validateSheet");
    expect(checked.ok).toBe(true);
    expect(checked.value.templateId).toBe("school-roadmap");
    const codes = checked.value.groups.flatMap((g: { findings: { code: string }[] }) =>
      g.findings.map((f) => f.code),
    );
    expect(codes).not.toContain("missing-item");
  });

  it("keeps the school's own items in their section and lists them; formulas stay text", () => {
    const env = loadAddon(dist);
    const cell = (t: string) => ({ paras: t ? [t] : [] });
    const bytes = writeDocx([
      { paragraph: "Дорожная карта по реализации Положения о системе наставничества МБОУ «СОШ № 3»" },
      { paragraph: "на 2024-2025 учебный год" },
      {
        cols: 5,
        table: [
          [
            "№",
            "Наименование этапа",
            "Содержание деятельности и план мероприятий",
            "Срок",
            "Ответственный",
          ].map(cell),
          [
            "1.",
            "Подготовка условий для реализации системы наставничества",
            "Приказы и положение",
            "сентябрь",
            "Директор",
          ].map(cell),
          ["2.", "Формирование банка наставляемых", "Сбор запросов", "октябрь", '=HYPERLINK("http://x")'].map(
            cell,
          ),
          ["10.", "Экскурсия для молодых педагогов в музей", "Поездка", "май", "Методист"].map(cell),
        ],
      },
    ]);
    const r = env.call("importFile", "СОШ 3.docx", b64(bytes), true);
    expect(r.ok).toBe(true);
    expect(r.value.matched).toBe(2);
    expect(r.value.notes).toContainEqual(
      expect.stringContaining("10 «Экскурсия для молодых педагогов в музей» (строка 6) нет в шаблоне"),
    );
    expect(r.value.notes.filter((n: string) => n.includes("обязательного пункта нет в файле"))).toHaveLength(
      7,
    );
    const sheet = env.book.getSheetByName(r.value.sheetName)!;
    const values = sheet.getDataRange().getValues() as string[][];
    const added = values.find((row) => row[1] === "Экскурсия для молодых педагогов в музей");
    expect(added?.slice(0, 5)).toEqual([
      "10",
      "Экскурсия для молодых педагогов в музей",
      "Поездка",
      "май",
      "Методист",
    ]);
    const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
    const row2 = values.find((row) => row[0] === "2")!;
    expect(row2[4]).toBe('=HYPERLINK("http://x")');
  });

  it("imports an Excel roadmap (.xlsx written by a real writer) like the same roadmap in Word", async () => {
    // seed 001 saved from Excel: a cover sheet first, then the table
    const rows = gridFromTsv(readFileSync("tests/fixtures/seeds/001_05aab9b01409ba82.txt", "utf8"));
    const data = rows.map((row) => row.map((c) => (c === "" || c === null ? null : { value: String(c) })));
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: "Титул", data: [[{ value: "МБОУ СОШ № 21" }]] },
        { sheet: "Дорожная карта", data },
      ] as unknown as Parameters<typeof writeXlsxFile>[0]).toBuffer(),
    );
    const env = loadAddon(dist);
    const fromWord = env.call("importFile", "Дорожная карта СОШ 21.docx", b64(SEED_001), false);
    const preview = env.call("importFile", "Дорожная карта СОШ 21.xlsx", b64(bytes), false);
    expect(preview.ok).toBe(true);
    expect(preview.value).toEqual(fromWord.value);
    const r = env.call("importFile", "Дорожная карта СОШ 21.xlsx", b64(bytes), true);
    expect(r.ok).toBe(true);
    const values = env.book.getSheetByName(r.value.sheetName)!.getDataRange().getValues() as string[][];
    expect(values[2]!.slice(0, 5)).toEqual(
      (
        env.book
          .getSheetByName(env.call("importFile", "w.docx", b64(SEED_001), true).value.sheetName)!
          .getDataRange()
          .getValues() as string[][]
      )[2]!.slice(0, 5),
    );
  });

  it("reads an .xlsx's date cells as days and its merged stage cell once", async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        [{ value: "Дорожная карта на 2024-2025 учебный год" }],
        [{ value: "№" }, { value: "Мероприятие" }, { value: "Срок" }, { value: "Ответственный" }],
        [{ value: "1." }, { value: "Подготовка условий", columnSpan: 3 }, null, null],
        [
          { value: "1.1" },
          { value: "Назначение куратора внедрения целевой модели наставничества" },
          { value: new Date(Date.UTC(2024, 8, 15)), format: "dd.mm.yyyy" },
          { value: "Директор" },
        ],
      ] as unknown as Parameters<typeof writeXlsxFile>[0]).toBuffer(),
    );
    const env = loadAddon(dist);
    const r = env.call("importFile", "карта.xlsx", b64(bytes), true);
    expect(r.ok).toBe(true);
    const values = env.book
      .getSheetByName(r.value.sheetName)!
      .getDataRange()
      .getDisplayValues() as string[][];
    const row = values.find((v) => v.includes("Директор"));
    expect(row).toBeDefined();
    expect(row!.join("|")).toMatch(/2024-09-15|15\.09\.2024/);
  });

  it("refuses what it cannot import with a Russian message", () => {
    const env = loadAddon(dist);
    const x = env.call("importFile", "карта.xls", b64(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])), false);
    expect(x).toMatchObject({ ok: false, code: "unsupported" });
    expect(x.message).toContain("Перенести в шаблон");
    const notXlsx = env.call("importFile", "карта.xlsx", b64(new Uint8Array([1, 2])), false);
    expect(notXlsx).toMatchObject({ ok: false, code: "bad-xlsx" });
    expect(notXlsx.message).toContain(".xlsx");
    const broken = env.call("importFile", "карта.docx", b64(new Uint8Array([80, 75, 3, 4, 0, 0])), false);
    expect(broken).toMatchObject({ ok: false, code: "bad-docx" });
    const prose = env.call(
      "importFile",
      "письмо.txt",
      b64(new TextEncoder().encode("Уважаемые коллеги!\nНаправляем.")),
      false,
    );
    expect(prose).toMatchObject({ ok: false, code: "not-a-roadmap" });
  });
});

describe("transferSheet", () => {
  it("moves a roadmap pasted in its own layout (seed 000) into the template", () => {
    const env = loadAddon(dist);
    env.book.addSheet("Как было", seedSheet("000_500b399dd1c1fd8e"));
    const preview = env.call("transferSheet", false);
    expect(preview.ok).toBe(true);
    expect(preview.value.templateId).toBe("municipal-roadmap");
    expect(preview.value.matched).toBe(15);
    const r = env.call("transferSheet", true);
    expect(r.ok).toBe(true);
    expect(r.value.sheetName).toContain("Как было — импорт");
    const values = env.book.getSheetByName(r.value.sheetName)!.getDataRange().getValues() as string[][];
    expect(values.some((row) => row[0] === "1.4" && String(row[4]).includes("далее постоянно"))).toBe(true);
  });
});
