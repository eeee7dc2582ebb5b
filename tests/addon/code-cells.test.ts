import { describe, expect, it } from "vitest";
import { restoreCodes } from "../../addon/src/server/plan/code-cells.ts";

// A pasted roadmap as readGrid builds it: a title, the header (code column A, deadline column C),
// and rows whose date cells already became ISO dates.
const grid = () => [
  ["01.01", "План мероприятий", "", ""],
  ["№ п/п", "Наименование мероприятий", "Срок реализации", "Ответственный исполнитель"],
  ["2026-01-01", "Утверждение состава рабочей группы", "2026-09-01", "Управление образования"],
  ["2026-10-03", "Подготовка условий", "сентябрь 2020", "Кураторы"],
  ["2024-05-12", "Мониторинг", "до 1 июня", "Кураторы"],
];

describe("restoreCodes", () => {
  it("reads a code column's day-month dates back as the codes typed (1.1, 3.10)", () => {
    const out = restoreCodes(grid(), [
      { row: 2, col: 0, shown: "01.01" },
      { row: 3, col: 0, shown: "3.10" },
    ]);
    expect(out.map((r) => r[0])).toEqual(["01.01", "№ п/п", "1.1", "3.10", "2024-05-12"]);
  });

  it("keeps dates elsewhere: a full date in the code column, the deadline column, above the header", () => {
    const g = grid();
    const dates = [
      { row: 0, col: 0, shown: "01.01" },
      { row: 2, col: 2, shown: "01.09" },
      { row: 4, col: 0, shown: "12.05.2024" },
    ];
    expect(restoreCodes(g, dates)).toEqual(grid());
  });

  it("changes nothing without a roadmap header or without a code column", () => {
    const noHeader = [["2026-01-01", "текст"]];
    expect(restoreCodes(noHeader, [{ row: 0, col: 0, shown: "01.01" }])).toBe(noHeader);
    const noCode = grid().map((r) => r.slice(1));
    noCode[2]![1] = "2026-09-01";
    expect(restoreCodes(noCode, [{ row: 2, col: 1, shown: "01.09" }])).toEqual(noCode);
  });

  it("does not modify the grid it was given", () => {
    const g = grid();
    restoreCodes(g, [{ row: 2, col: 0, shown: "01.01" }]);
    expect(g[2]![0]).toBe("2026-01-01");
  });
});
