import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";

// A network schedule's deadline is two cells, «Плановое начало» and «Плановое окончание» (corpus 60):
// the item's deadline is the span between them, or «до» the end when only the end is given.
describe("a deadline read from a start and an end column", () => {
  const read = readRoadmap([
    ["Сетевой график реализации проекта в 2008 году"],
    [
      "N п/п",
      "Наименование мероприятия",
      "Ответственный исполнитель",
      "Плановое начало",
      "Плановое окончание",
    ],
    ["1", "Соглашение о проекте", "Управление образования", "20.03.2008", "30.12.2008"],
    ["2", "Отчёт о проекте", "Управление образования", "", "15.12.2008"],
    ["3", "Мониторинг", "Управление образования", "январь 2008", ""],
  ]);

  it("joins the two cells into one deadline text", () => {
    expect(read.items.map((i) => i.text.deadline)).toEqual([
      "20.03.2008 - 30.12.2008",
      "до 15.12.2008",
      "январь 2008",
    ]);
  });

  it("which reads as the period between them, or due by the end", () => {
    const kinds = read.items.map((i) => {
      const d = parseDeadline(i.text.deadline ?? "", read.period);
      return [d.kind, d.start, d.end];
    });
    expect(kinds).toEqual([
      ["period", "2008-03-20", "2008-12-30"],
      ["due", null, "2008-12-15"],
      ["period", "2008-01-01", "2008-01-31"],
    ]);
  });
});
