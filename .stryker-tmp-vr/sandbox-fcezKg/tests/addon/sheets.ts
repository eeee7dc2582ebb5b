// Sheets the tests load into the fake spreadsheet.
import { readFileSync } from "node:fs";
import { getTemplate } from "../../shared/templates/registry.ts";
import { gridFromTsv } from "../../shared/text-grid.ts";

/** A school roadmap with `n` item rows, shaped like the built-in school template. */
export function schoolSheet(n: number): unknown[][] {
  const t = getTemplate("school-roadmap")!;
  const header = t.columns.map((c) => c.header);
  const rows: unknown[][] = [["Дорожная карта (план мероприятий) на 2023-2024 учебный год"], header];
  for (let i = 1; i <= n; i++) {
    const line = t.columns.map((c) => {
      switch (c.role) {
        case "code":
          return `${i}.`;
        case "activity":
          return `Мероприятие номер ${i}`;
        case "deadline":
          return i % 3 === 0 ? "до 1 июня 2024" : "сентябрь-октябрь";
        case "responsible":
          return "Иванова А.А., зам. директора";
        case "status":
          return i % 2 === 0 ? "в работе" : "не начато";
        default:
          return "";
      }
    });
    rows.push(line);
  }
  return rows;
}

export function seedSheet(name: string): unknown[][] {
  return gridFromTsv(readFileSync(`tests/fixtures/seeds/${name}.txt`, "utf8"));
}
