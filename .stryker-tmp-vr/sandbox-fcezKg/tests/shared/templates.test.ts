import { describe, expect, it } from "vitest";
import { readRoadmap } from "../../shared/roadmap/read-roadmap.ts";
import { TemplateSchema } from "../../shared/templates/model.ts";
import { getTemplate, TEMPLATES } from "../../shared/templates/registry.ts";
import { periodLabel, renderTemplate } from "../../shared/templates/render.ts";
import { validate } from "../../shared/validate/index.ts";
import { bandFor } from "../../shared/validate/scale.ts";

describe("built-in templates", () => {
  it("are valid against the schema, with unique ids and unique item codes", () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(() => TemplateSchema.parse(t)).not.toThrow();
      expect(new Set(t.items.map((i) => i.code)).size).toBe(t.items.length);
      for (const role of ["actual", "comment"]) expect(t.columns.some((c) => c.role === role)).toBe(true);
    }
    expect(getTemplate("municipal-roadmap", 1)?.items).toHaveLength(15);
    expect(getTemplate("municipal-roadmap", 2)).toBeUndefined();
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: an inserted, untouched template reads back whole and has no errors`, () => {
      const r = renderTemplate(t);
      const read = readRoadmap(r.grid);
      const report = validate(r.grid, t, { asOf: t.period?.start ?? null });
      if (t.kind === "roadmap") {
        expect(read.items).toHaveLength(t.items.length);
        expect(read.sections).toHaveLength(
          new Set(t.items.map((i) => i.section).filter((s) => s !== null)).size,
        );
        expect(report.items.map((i) => i.templateCode)).toEqual(t.items.map((i) => i.code));
      } else {
        expect(read.indicators).toHaveLength(t.indicators.length);
      }
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(report.completion.present).toBe(report.completion.required);
      expect(report.headerRow).toBe(r.headerRow);
      expect(report.period).toEqual(t.period);
    });
  }

  it("period labels follow the Russian forms", () => {
    expect(periodLabel({ start: "2023-09-01", end: "2024-08-31" })).toBe("на 2023-2024 учебный год");
    expect(periodLabel({ start: "2020-01-01", end: "2024-12-31" })).toBe("на 2020-2024 гг.");
    expect(periodLabel(null)).toBe("");
  });
});

describe("indicator scales", () => {
  it.each([
    ["100-80% 79-60% 59-40% 39% и ниже", "75", "79-60%"],
    ["100-80% 79-60% 59-40% 39% и ниже", "85,5 %", "100-80%"],
    ["100-80% 79-60% 59-40% 39% и ниже", "12%", "39% и ниже"],
    ["100-80% 79-60% 59-40% 39% и ниже", "много", null],
    ["Имеется / отсутствует", "имеется", "имеется"],
    [
      "Имеется, эффективна / Имеется, неэффективна / Не имеется",
      "Имеется, неэффективна",
      "имеется, неэффективна",
    ],
    [
      "Положительная динамика Стабильная динамика Отрицательная динамика",
      "стабильная",
      "стабильная динамика",
    ],
    ["Имеется отсутствует", "", null],
  ])("%s: %s → %s", (scale, actual, band) => {
    expect(bandFor(scale, actual)).toBe(band);
  });

  it("a filled efficiency-criteria sheet gets its bands", () => {
    const t = getTemplate("efficiency-criteria")!;
    const r = renderTemplate(t);
    const actual = r.roles.indexOf("actual");
    r.grid[r.itemRows[4]! - 1]![actual] = "65%";
    const report = validate(r.grid, t);
    expect(report.indicators[4]!.band).toBe("79-60%");
    expect(report.completion).toEqual({ required: 11, present: 11, done: 1 });
  });
});

describe("a template's own header synonyms", () => {
  it("name columns the dictionary does not know", () => {
    const base = getTemplate("school-roadmap")!;
    const custom = TemplateSchema.parse({
      ...base,
      id: "custom-roadmap",
      columns: base.columns.map((c) =>
        c.role === "deadline"
          ? { ...c, synonyms: ["Крайний рубеж"] }
          : c.role === "responsible"
            ? { ...c, synonyms: ["Кто"] }
            : c,
      ),
    });
    const grid = [
      ["№", "Наименование этапа", "Крайний рубеж", "Кто"],
      ["1", "Приказ", "сентябрь 2023", "Директор"],
    ];
    expect(validate(grid, base).findings.map((f) => f.code)).toContain("header-not-found");
    const report = validate(grid, custom, { asOf: "2023-09-01" });
    expect(report.columns).toMatchObject({ code: "A", activity: "B", deadline: "C", responsible: "D" });
    expect(report.items[0]!.deadline.end).toBe("2023-09-30");
  });
});
