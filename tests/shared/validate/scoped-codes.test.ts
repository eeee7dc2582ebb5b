// Seed 002 numbers its items 1, 2, … afresh under each unnumbered stage («Подготовительный этап»,
// «Реализация и актуализация …»); its template numbers the same items 1.1, 1.2, 2.1 … 2.6.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { gridFromTsv } from "../../../shared/text-grid.ts";
import { validate } from "../../../shared/validate/index.ts";

const template = getTemplate("municipal-programme")!;
const seed = () => gridFromTsv(readFileSync("tests/fixtures/seeds/002_4851a492f0e147dc.txt", "utf8"));
/** 1-based sheet row of the first row whose code cell is `code` after the row whose first cell starts with `after`. */
function rowOf(grid: unknown[][], after: string, code: string): number {
  const start = grid.findIndex((r) => String(r[0] ?? "").startsWith(after));
  const i = grid.findIndex((r, k) => k > start && String(r[0] ?? "").trim() === code);
  return i + 1;
}

describe("numbering restarted in each stage (seed 002)", () => {
  it("is neither out of order nor duplicated", () => {
    const report = validate(seed(), template, { asOf: "2021-12-01" });
    const codes = report.findings.filter(
      (f) => f.code === "code-out-of-order" || f.code === "duplicate-code",
    );
    expect(codes).toEqual([]);
  });

  it("an item reworded by the school is still found by its stage and number: «3» of stage 2 is 2.3", () => {
    const grid = seed();
    const row = rowOf(grid, "Реализация и актуализация", "3");
    grid[row - 1]![1] = "Сайт: новости и документы программы";
    const report = validate(grid, template, { asOf: "2021-12-01" });
    expect(report.items.find((i) => i.row === row)!.templateCode).toBe("2.3");
    expect(report.findings.filter((f) => f.code === "missing-item").map((f) => f.params.code)).not.toContain(
      "2.3",
    );
  });
});
