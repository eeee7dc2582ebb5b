import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../../shared/grid.ts";
import { pickTemplate } from "../../../shared/templates/pick.ts";
import { TEMPLATES } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";
import { FINDING_CODES } from "../../../shared/validate/types.ts";
import { cleanSheet } from "./sheet-builder.ts";

// Cells as sheets really hold them, plus the pieces a roadmap is made of, so random grids reach deep paths.
const roadmapText = fc.constantFrom(
  "№",
  "Мероприятие",
  "Сроки",
  "Ответственные",
  "Статус",
  "Подтверждение",
  "1.",
  "1.1",
  "2.3.",
  "5.1.1",
  "сентябрь 2020",
  "до 01.12.2021",
  "ежегодно",
  "выполнено",
  "#REF!",
  "https://x.ru",
  "по факту",
  "1 22",
  "",
);
const cell = fc.oneof(
  roadmapText,
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const grid = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 });

describe("validate never throws and reports consistently", () => {
  it("on random grids, for every template", () => {
    fc.assert(
      fc.property(grid, fc.constantFrom(...TEMPLATES), (g, t) => {
        const report = validate(g as Grid, t, { asOf: "2022-01-01" });
        const counts = { error: 0, warning: 0, info: 0 };
        for (const f of report.findings) {
          counts[f.severity]++;
          expect(FINDING_CODES).toContain(f.code);
          expect(f.message.length).toBeGreaterThan(0);
          if (f.row !== null) expect(f.row).toBeGreaterThanOrEqual(1);
          if (f.column !== null) expect(f.column).toMatch(/^[A-Z]+$/);
        }
        expect(report.counts).toEqual(counts);
        for (const item of report.items) {
          expect(item.row).toBeGreaterThanOrEqual(1);
          if (item.deadline.start && item.deadline.end)
            expect(item.deadline.start <= item.deadline.end).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("on random mutations of a real sheet", () => {
    const { grid: base } = cleanSheet();
    fc.assert(
      fc.property(
        // data rows only (the title and header stay), so the sheet is still a roadmap
        fc.array(fc.tuple(fc.integer({ min: 2, max: base.length - 1 }), fc.nat(10), cell), { maxLength: 20 }),
        (edits) => {
          const g = base.map((r) => [...r]);
          for (const [r, c, v] of edits) g[r]![c] = v;
          const report = validate(g, TEMPLATES[0]!, { asOf: "2022-01-01" });
          expect(report.items.length).toBeGreaterThan(0);
          expect(pickTemplate(g).template).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const a = JSON.stringify(validate(g as Grid, TEMPLATES[0]!, { asOf: "2022-01-01" }));
        const b = JSON.stringify(validate(g as Grid, TEMPLATES[0]!, { asOf: "2022-01-01" }));
        expect(a).toBe(b);
      }),
      { numRuns: 100 },
    );
  });

  it("survives values that are not grids at all", () => {
    for (const bad of [null, undefined, 5, "x", [null], [[{}]], [["a", ["b"]]]]) {
      expect(() => validate(bad as unknown as Grid, TEMPLATES[0]!)).not.toThrow();
    }
  });
});
