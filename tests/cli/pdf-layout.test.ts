import { describe, expect, it } from "vitest";
import { type PdfText, pdfLayout } from "../../cli/src/pdf-layout.ts";

// Text pieces placed as a PDF places them (baselines from the bottom of the page), for the one rule a
// printed PDF cannot show both ways at once: how rows of a table with no № column are told apart.
const COLS = [50, 300, 420];
function page(rows: readonly (readonly string[])[][], pitch: number, rowGap: number): PdfText[] {
  const items: PdfText[] = [];
  let y = 700;
  const put = (cells: readonly string[]) => {
    cells.forEach((text, k) => {
      if (text) items.push({ page: 1, x: COLS[k]!, y, width: text.length * 5, height: 10, text });
    });
  };
  put(["Мероприятие", "Срок", "Ответственный"]);
  for (const row of rows) {
    y -= rowGap;
    const lines = Math.max(...row.map((c) => c.length));
    for (let l = 0; l < lines; l++) {
      if (l > 0) y -= pitch;
      put(row.map((c) => c[l] ?? ""));
    }
  }
  return items;
}
const ROWS = [
  [["Совещание кураторов", "МБОУ СОШ № 1"], ["Сентябрь 2023"], ["Заместитель директора"]],
  [["Анкетирование", "2 раза в год"], ["Май 2024"], ["Педагог-психолог"]],
  [["Итоговая конференция"], ["Май 2024"], ["Куратор"]],
];

describe("PDF rows of a table with no № column", () => {
  it("a line after a wider space starts a row; a line one pitch below joins its cell", () => {
    expect(pdfLayout(page(ROWS, 12, 20)).slice(1)).toEqual([
      ["Совещание кураторов МБОУ СОШ № 1", "Сентябрь 2023", "Заместитель директора"],
      ["Анкетирование 2 раза в год", "Май 2024", "Педагог-психолог"],
      ["Итоговая конференция", "Май 2024", "Куратор"],
    ]);
  });

  it("lines spaced all alike (no padding to tell rows by) stay one row each, as the reader expects", () => {
    expect(pdfLayout(page(ROWS, 12, 12)).slice(1)).toEqual([
      ["Совещание кураторов", "Сентябрь 2023", "Заместитель директора"],
      ["МБОУ СОШ № 1", "", ""],
      ["Анкетирование", "Май 2024", "Педагог-психолог"],
      ["2 раза в год", "", ""],
      ["Итоговая конференция", "Май 2024", "Куратор"],
    ]);
  });
});
