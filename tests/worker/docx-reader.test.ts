import { describe, expect, it } from "vitest";
import { writeDocx } from "../../scripts/support/write-docx.ts";
import { docxGrid, readDocx } from "../../shared/docx/read-docx.ts";
import { readRoadmap } from "../../shared/roadmap/read-roadmap.ts";

// The .docx reader inside workerd: fflate's unzip and the XML scanner need no Node globals.
describe(".docx in workerd", () => {
  it("reads a Word roadmap with a vertically merged stage cell and a title above the table", () => {
    const bytes = writeDocx([
      { paragraph: "Дорожная карта внедрения наставничества" },
      { paragraph: "(на 2024–2025 учебный год)" },
      {
        cols: 4,
        table: [
          [{ paras: ["№"] }, { paras: ["Мероприятие"] }, { paras: ["Срок"] }, { paras: ["Ответственный"] }],
          [
            { paras: ["1."], vMerge: "restart" },
            { paras: ["Приказ о наставничестве"] },
            { paras: ["сентябрь"] },
            { paras: ["Директор"] },
          ],
          [
            { paras: [], vMerge: "continue" },
            { paras: ["дополнения к приказу"] },
            { paras: [] },
            { paras: [] },
          ],
          [
            { paras: ["2."] },
            { paras: ["Положение", "о наставничестве"] },
            { paras: ["октябрь 2024"] },
            { paras: ["Заместитель"] },
          ],
        ],
      },
    ]);
    const doc = readDocx(bytes);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.value.tables[0]!.rows[2]![0]).toBe("1.");
    const read = readRoadmap(docxGrid(doc.value));
    expect(read.period).toEqual({ start: "2024-09-01", end: "2025-08-31" });
    expect(read.items.map((i) => [i.code, i.text.activity])).toEqual([
      ["1", "Приказ о наставничестве дополнения к приказу"],
      ["2", "Положение о наставничестве"],
    ]);
  });

  it("refuses bytes that are not a .docx", () => {
    expect(readDocx(new Uint8Array([1, 2, 3, 4, 5]))).toMatchObject({ ok: false, code: "not-docx" });
  });
});
