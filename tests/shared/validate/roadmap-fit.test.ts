// «Is this the roadmap at all?»: no header, or fewer than a quarter of the template's items found,
// is the wrong sheet (the worker answers 422). The municipal template has 15 items: ⌈15 · 0.25⌉ = 4.
import { describe, expect, it } from "vitest";
import { validate } from "../../../shared/validate/index.ts";
import { MIN_MATCHED_SHARE, notARoadmap } from "../../../shared/validate/roadmap-fit.ts";
import { cleanSheet, template } from "./sheet-builder.ts";

/** The clean sheet's report with only the first `k` items still matched to the template. */
function matching(k: number, codes?: (i: number) => string) {
  const report = validate(cleanSheet().grid, template, { asOf: "2020-06-01" });
  report.items.forEach((item, i) => {
    item.templateCode = i < k ? (codes ? codes(i) : item.templateCode) : null;
  });
  return report;
}

describe("notARoadmap", () => {
  it("a sheet without a header row", () => {
    const report = validate([["Квитанции"], ["2024-05-20", "Карта", 3]], template, {});
    expect(report.headerRow).toBe(0);
    expect(notARoadmap(report, template)).toEqual({ reason: "no-header" });
  });

  it("the template's roadmap: all 15 items, or 4 of them, is this roadmap", () => {
    expect(template.items).toHaveLength(15);
    expect(MIN_MATCHED_SHARE).toBe(0.25);
    expect(notARoadmap(matching(15), template)).toBeNull();
    expect(notARoadmap(matching(4), template)).toBeNull();
  });

  it("3 of 15 items is another sheet", () => {
    expect(notARoadmap(matching(3), template)).toEqual({ reason: "few-items", matched: 3, expected: 15 });
    expect(notARoadmap(matching(0), template)).toEqual({ reason: "few-items", matched: 0, expected: 15 });
  });

  it("an item matched twice counts once", () => {
    // 5 rows, but only the codes 1.1 and 1.2 among them: 2 distinct items
    const twice = matching(5, (i) => (i % 2 === 0 ? "1.1" : "1.2"));
    expect(notARoadmap(twice, template)).toEqual({ reason: "few-items", matched: 2, expected: 15 });
  });

  it("an indicator template or one without items is not judged by its items", () => {
    const report = matching(0);
    expect(notARoadmap(report, { ...template, kind: "indicators" })).toBeNull();
    expect(notARoadmap(report, { ...template, items: [] })).toBeNull();
  });
});
