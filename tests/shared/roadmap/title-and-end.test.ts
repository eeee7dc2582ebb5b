import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../../shared/grid.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import { gridFromTsv } from "../../../shared/text-grid.ts";

// Where a roadmap's title and period come from, and where its table ends (read-roadmap.ts: «the title
// is the block of lines right above the header; the period is in it or, failing that, in the nearest
// line above that names one»; «non-item rows in a row (titles, prose) after which the roadmap table is
// over»). Titles are read off the documents by hand; the grids below are made to the rule.
const seed = (f: string) => readRoadmap(gridFromTsv(readFileSync(`tests/fixtures/seeds/${f}.txt`, "utf8")));

describe("the title: the whole block right above the header, bold marks and line breaks gone", () => {
  it.each<[string, string]>([
    [
      "000_500b399dd1c1fd8e",
      "Дорожная карта по реализации муниципального проекта «Моделирование развивающей среды функционирования института педагогического наставничества в муниципальной системе образования городского округа Стрежевой» (2020-2024 гг.)",
    ],
    [
      "001_05aab9b01409ba82",
      "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических работников в МБОУ «Средняя общеобразовательная школа №21» на 2023-2024 учебный год",
    ],
    [
      "003_3ffaea0ad251f32c",
      "План мероприятий (дорожная карта) по вовлечению обучающихся образовательных организаций Чагодощенского муниципального района в различные формы сопровождения и наставничества на 2020/2021 учебный год",
    ],
    [
      "004_d0d44ac2c919aeb6",
      "План мероприятий (дорожная карта) по внедрению целевой модели наставничества педагогических работников в МУДО ДЮОЦ на 2022 – 2024 гг.",
    ],
  ])("%s", (file, title) => {
    expect(seed(file).title).toBe(title);
  });
});

const HEADER = ["№ п/п", "Мероприятие", "Сроки", "Ответственные"];
const item = (n: number) => [String(n), `Мероприятие ${n}`, "сентябрь 2023", "Директор"];

describe("the period: in the title, or failing that the nearest line above that names one", () => {
  it("a period named well above the title, past blank lines and an approval block", () => {
    const grid: Grid = [
      ["Дорожная карта на 2023-2024 учебный год"],
      [""],
      ["УТВЕРЖДАЮ"],
      ["Директор школы"],
      ["_____________ И.И. Иванова"],
      [""],
      ["Приказ от 01.09.2023"],
      [""],
      [""],
      ["СОГЛАСОВАНО"],
      ["Педагогический совет"],
      [""],
      ["План мероприятий по наставничеству"],
      HEADER,
      item(1),
    ];
    const read = readRoadmap(grid);
    expect(read.title).toBe("План мероприятий по наставничеству");
    expect(read.period).toEqual({ start: "2023-09-01", end: "2024-08-31" });
  });
});

describe("the end of the table: four non-item rows in a row, a long paragraph counting twice", () => {
  it("rows after four title rows are not items, though they look like them", () => {
    const grid: Grid = [
      ["Дорожная карта на 2024 год"],
      HEADER,
      item(1),
      item(2),
      ["", "Согласовано:"],
      ["", "Заместитель директора по УВР"],
      ["", "Методист"],
      ["", "Приложение 2"],
      item(3),
    ];
    expect(readRoadmap(grid).items.map((i) => i.code)).toEqual(["1", "2"]);
  });

  it("two paragraphs of prose end it too", () => {
    const prose = `${"Контроль за исполнением настоящего приказа возложить на заместителя директора. ".repeat(5)}`;
    expect(prose.length).toBeGreaterThan(300);
    const grid: Grid = [
      ["Дорожная карта на 2024 год"],
      HEADER,
      item(1),
      item(2),
      ["", prose],
      ["", prose],
      item(3),
    ];
    expect(readRoadmap(grid).items.map((i) => i.code)).toEqual(["1", "2"]);
    // short lines in their place are two of the four
    const short: Grid = [
      ["Дорожная карта на 2024 год"],
      HEADER,
      item(1),
      item(2),
      ["", "Итоги"],
      ["", "Итоги"],
      item(3),
    ];
    expect(readRoadmap(short).items.map((i) => i.code)).toEqual(["1", "2", "3"]);
  });
});
