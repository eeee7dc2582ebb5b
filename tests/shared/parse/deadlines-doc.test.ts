import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import type { Period } from "../../../shared/parse/period.ts";

// docs/DEADLINES.md is the contract: every row of its table is a case here.
const doc = readFileSync("docs/DEADLINES.md", "utf8");
const table = doc.slice(
  doc.indexOf("<!-- deadline-table:start -->"),
  doc.indexOf("<!-- deadline-table:end -->"),
);
const rows = table
  .split("\n")
  .filter((l) => l.startsWith("|") && !l.startsWith("|---") && !l.startsWith("| текст"))
  .map((l) =>
    l
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim()),
  );

const orNull = (s: string | undefined) => (s ? s : null);
function period(s: string): Period | null {
  if (s === "—") return null;
  const [start, end] = s.split("..");
  return { start: start!, end: end! };
}

describe("docs/DEADLINES.md", () => {
  it("has the families the issue names, at least sixty rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const families = new Set(rows.map((r) => r[6]));
    for (const f of ["quarter", "half-year", "day of each month", "week of a month", "list of months"]) {
      expect(families).toContain(f);
    }
    for (const f of ["as needed / by event", "abbreviated school year", "до конца …"])
      expect(families).toContain(f);
  });

  it.each(rows)("«%s» (%s) → %s %s..%s %s", (text, p, kind, start, end, every) => {
    const d = parseDeadline(text!, period(p!));
    expect({ kind: d.kind, start: d.start, end: d.end, every: d.every }).toEqual({
      kind,
      start: orNull(start),
      end: orNull(end),
      every: orNull(every),
    });
  });
});
