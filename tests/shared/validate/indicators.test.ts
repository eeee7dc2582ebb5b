// An efficiency-criteria sheet (seed 002's table) checked against its template: every indicator is an
// item numbered by its place in the template (1, 2, …), found by its text.
import { describe, expect, it } from "vitest";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";

const criteria = getTemplate("efficiency-criteria")!;

describe("validate on the efficiency-criteria template", () => {
  it("a sheet without the criteria table: no header, every indicator missing by its number", () => {
    const report = validate([["Отчёт"], ["текст", "ещё текст"]], criteria, {});
    expect(report.headerRow).toBe(0);
    expect(report.findings[0]!.code).toBe("header-not-found");
    const missing = report.findings.filter((f) => f.code === "missing-item");
    expect(missing.map((f) => f.params)).toEqual(
      criteria.indicators.map((t, k) => ({ code: String(k + 1), activity: t.indicator })),
    );
    const n = criteria.indicators.length;
    expect(report.completion).toEqual({ required: n, present: 0, done: 0 });
  });
});
