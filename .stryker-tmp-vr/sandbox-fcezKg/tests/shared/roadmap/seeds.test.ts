import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRoadmap } from "../../../shared/roadmap/read-roadmap.ts";
import { pickTemplate } from "../../../shared/templates/pick.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { gridFromTsv } from "../../../shared/text-grid.ts";
import { validate } from "../../../shared/validate/index.ts";

const seed = (f: string) => gridFromTsv(readFileSync(`tests/fixtures/seeds/${f}.txt`, "utf8"));

const SEEDS = [
  {
    file: "000_500b399dd1c1fd8e",
    template: "municipal-roadmap",
    items: 15,
    sections: 3,
    header: 9,
    period: ["2020-01-01", "2024-12-31"],
  },
  {
    file: "001_05aab9b01409ba82",
    template: "school-roadmap",
    items: 9,
    sections: 0,
    header: 20,
    period: ["2023-09-01", "2024-08-31"],
  },
  {
    file: "002_4851a492f0e147dc",
    template: "municipal-programme",
    items: 15,
    sections: 4,
    header: 44,
    period: ["2020-01-01", "2024-12-31"],
  },
  {
    file: "003_3ffaea0ad251f32c",
    template: "district-plan",
    items: 25,
    sections: 7,
    header: 14,
    period: ["2020-09-01", "2021-08-31"],
  },
  {
    file: "004_d0d44ac2c919aeb6",
    template: "institution-roadmap",
    items: 25,
    sections: 9,
    header: 35,
    period: ["2022-01-01", "2024-12-31"],
  },
] as const;

describe("the five seed roadmaps, read as they are", () => {
  for (const s of SEEDS) {
    it(`${s.file}: ${s.items} items, ${s.sections} sections, period, header`, () => {
      const read = readRoadmap(seed(s.file));
      expect(read.items).toHaveLength(s.items);
      expect(read.sections).toHaveLength(s.sections);
      expect(read.table?.headerRow).toBe(s.header);
      expect(read.period).toEqual({ start: s.period[0], end: s.period[1] });
    });

    it(`${s.file}: every deadline is understood`, () => {
      const report = validate(seed(s.file), getTemplate(s.template)!, { asOf: "2026-11-26" });
      const unknown = report.items.filter((i) => i.deadline.kind === "unknown").map((i) => i.deadline.text);
      expect(unknown).toEqual([]);
      expect(report.findings.filter((f) => f.code === "missing-item")).toEqual([]);
    });

    it(`${s.file}: the best-matching template is its own`, () => {
      expect(pickTemplate(seed(s.file)).template.id).toBe(s.template);
    });
  }

  it("000: sections written in the code cell, items under them", () => {
    const read = readRoadmap(seed("000_500b399dd1c1fd8e"));
    expect(read.sections.map((s) => s.code)).toEqual(["1", "2", "3"]);
    expect(read.items[0]!.code).toBe("1.1");
    expect(read.items.map((i) => i.section)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(read.blankRows).toHaveLength(1);
  });

  it("001: item 7 split over two lines by the paste is merged back", () => {
    const read = readRoadmap(seed("001_05aab9b01409ba82"));
    const seven = read.items.find((i) => i.code === "7")!;
    expect(seven.text.activity).toBe("Информационная поддержка системы наставничества");
    expect(seven.text.responsible).toContain("по УВР, Учителя");
    expect(seven.continuation).toEqual([30]);
    // the blank line before the continuation is a page break, not a blank row; the one after item 1 is
    expect(read.blankRows).toEqual([22]);
  });

  it("002: unnumbered sections, items numbered 1, 2… again in each, indicators read as such", () => {
    const grid = seed("002_4851a492f0e147dc");
    const read = readRoadmap(grid);
    expect(read.sections.map((s) => s.code)).toEqual([null, null, null, null]);
    expect(read.sections[0]!.title).toBe("Подготовительный этап");
    expect(read.items.map((i) => i.code)).toEqual([
      "1",
      "2",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "1",
      "1",
      "2",
      "3",
      "4",
    ]);
    expect(read.indicatorTables).toHaveLength(1);
    expect(read.indicators.length).toBeGreaterThanOrEqual(10);
    expect(read.indicators[3]!.criterion).toContain("к наставничеств");
    const report = validate(grid, getTemplate("municipal-programme")!, { asOf: "2022-01-01" });
    expect(report.findings.filter((f) => f.code === "duplicate-code")).toEqual([]);
    // the criteria table under the roadmap is reported with the roadmap
    expect(report.indicators.length).toBe(read.indicators.length);
    expect(report.indicators[0]).toMatchObject({ scale: "Имеется отсутствует", band: null });
  });

  it("003: sub-sections 5.1 and 5.2 hold items 5.1.1 … 5.2.2; split lines merged", () => {
    const read = readRoadmap(seed("003_3ffaea0ad251f32c"));
    const codes = read.sections.map((s) => s.code);
    expect(codes).toEqual(["1", "2", "3", "4", "5", "5.1", "5.2"]);
    const i511 = read.items.find((i) => i.code === "5.1.1")!;
    expect(read.sections[i511.section!]!.code).toBe("5.1");
    expect(i511.text.deadline).toBe("В соответствии со сроками реализации программ наставничества");
    expect(read.items.find((i) => i.code === "3.2")!.text.responsible).toBe("Кураторы внедрения ЦМН в ОО");
  });

  it("004: the order text before the table is not read as items; 7.1 is a sub-section", () => {
    const read = readRoadmap(seed("004_d0d44ac2c919aeb6"));
    expect(read.items[0]!.code).toBe("1.1");
    expect(read.sections.find((s) => s.code === "7.1")?.depth).toBe(1);
    expect(read.items.at(-1)!.code).toBe("7.2.1");
  });
});
