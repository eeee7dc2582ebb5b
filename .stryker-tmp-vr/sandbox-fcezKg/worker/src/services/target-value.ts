import { parseActual, type Target, targetValueFor } from "../../../shared/parse/target.ts";

// Indicator totals add counts across schools; percentages do not add up, so they stay out of totals.

/** The count the target asks for in the report year, or null. */
export function targetValue(target: Target, year: number | null): number | null {
  const t = targetValueFor(target, year);
  return t && t.unit === "count" ? t.value : null;
}

/** The count a school reported in «Факт», or null. */
export function actualValue(actual: string): number | null {
  const a = parseActual(actual);
  return a && a.kind === "number" && a.unit !== "percent" ? a.value : null;
}
