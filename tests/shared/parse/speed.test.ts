// The validator parses every row of sheets with 10,000 rows in under 50 ms; the parsers get a small share.
// Timings are compared with JSON.parse of the same cells measured alongside, so a busy machine slows both.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../shared/parse/deadline.ts";
import { parseResponsible } from "../../../shared/parse/responsible.ts";
import { parseActual, parseTarget } from "../../../shared/parse/target.ts";
import { ALL_SEED_CELLS } from "./seed-cells.ts";

function best(runs: number, fn: () => void): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

describe("speed", () => {
  it("parses 10,000 rows of seed cells (deadline, target, responsible, fact) in well under 50 ms", () => {
    const rows = ALL_SEED_CELLS.flatMap((s) =>
      s.deadlines.map((d, i) => ({
        period: s.period,
        deadline: d,
        target: s.targets[i] ?? "",
        responsible: s.responsible[i] ?? "",
      })),
    );
    const cells = Array.from({ length: 10_000 }, (_, i) => {
      const r = rows[i % rows.length]!;
      return [r.deadline, r.target, r.responsible, String(i % 30)];
    });
    const json = JSON.stringify(cells);
    const base = best(5, () => JSON.parse(json));
    const ms = best(5, () => {
      for (let i = 0; i < 10_000; i++) {
        const r = rows[i % rows.length]!;
        parseDeadline(r.deadline, r.period);
        parseTarget(r.target);
        parseResponsible(r.responsible);
        parseActual(String(i % 30));
      }
    });
    expect(ms).toBeLessThan(Math.max(25, 8 * base));
  });

  it("parses 10,000 distinct deadlines (nothing repeats, no cache help) quickly", () => {
    const months = ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "май"];
    const texts: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const y = 1950 + (i % 150);
      const d = 1 + (i % 28);
      const m = 1 + (Math.floor(i / 28) % 12);
      texts.push(
        [
          `до ${d}.${m}.${y} г.`,
          `${months[i % 6]}-${months[(i + 1) % 6]} ${y}`,
          `${y}-${y + 1 + (i % 7)} гг.`,
          `с ${d} по ${d + 1} ${["сентября", "мая", "декабря"][i % 3]} ${y}`,
          `${y}, далее постоянно`,
          `${["I", "II", "III", "IV"][i % 4]} квартал ${y} г.`,
        ][i % 6]!,
      );
    }
    const json = JSON.stringify(texts);
    const base = best(5, () => JSON.parse(json));
    let k = 0;
    const ms = best(5, () => {
      // a fresh period each run keeps the cache from answering
      const period = { start: `${2000 + k++}-01-01`, end: "2099-12-31" };
      for (const t of texts) parseDeadline(t, period);
    });
    expect(ms).toBeLessThan(Math.max(100, 60 * base));
  });
});
