import { describe, expect, it } from "vitest";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";

// Programme plans print money by year under a header cell spanning the years («В том числе по годам»),
// then a row of column numbers: neither is an item.
describe("a header in two rows", () => {
  const header = [
    "N п/п",
    "Наименование мероприятия",
    "Сроки реализации",
    "Ответственные",
    "Сумма",
    "В том числе по годам",
    "",
  ];
  it("skips the years row and the numbering row under it", () => {
    const read = readRoadmap([
      header,
      ["", "", "", "", "", "2010", "2011"],
      ["1", "2", "3", "4", "5", "6", "7"],
      ["1.1.", "Поддержка одарённых детей", "2010-2011 гг.", "Министерство", "10,0", "5,0", "5,0"],
    ]);
    expect(read.items.map((i) => [i.row, i.code, i.text.activity])).toEqual([
      [4, "1.1", "Поддержка одарённых детей"],
    ]);
  });

  it("keeps a first row that fills a column the reader reads", () => {
    const read = readRoadmap([
      header,
      ["", "Сбор заявок", "2010 г.", "", "", "2010", ""],
      ["1.1.", "Поддержка одарённых детей", "2010 г.", "Министерство", "", "", ""],
    ]);
    expect(read.items.map((i) => i.text.activity)).toEqual(["Сбор заявок", "Поддержка одарённых детей"]);
  });
});
