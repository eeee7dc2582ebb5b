import type { Grid } from "../grid.ts";
import { headerHints } from "../roadmap/header.ts";
import { readRoadmap } from "../roadmap/read-roadmap.ts";
import type { RoadmapRead } from "../roadmap/types.ts";
import { setSimilarity, stems } from "../text.ts";
import type { Template } from "./model.ts";
import { TEMPLATES } from "./registry.ts";

export interface Pick {
  template: Template;
  /** 0..1: share of the template's items (or indicators) found in the sheet */
  score: number;
  read: RoadmapRead;
}

/** The built-in template a hand-made or pasted sheet is closest to: the one whose items the sheet's
 *  activities cover best, with header roles as the tie-breaker. */
export function pickTemplate(grid: Grid, templates: readonly Template[] = TEMPLATES): Pick {
  // every template's own headers count when reading a sheet before knowing which template it is
  const read = readRoadmap(grid, headerHints(templates.flatMap((t) => t.columns)));
  const sheetStems = read.items.slice(0, 500).map((i) => new Set(stems(i.text.activity ?? "")));
  const indicatorStems = read.indicators.slice(0, 200).map((i) => new Set(stems(i.indicator)));
  let best: Pick | null = null;
  let bestTie = -1;
  for (const t of templates) {
    const wanted =
      t.kind === "indicators" ? t.indicators.map((i) => i.indicator) : t.items.map((i) => i.activity);
    const pool = t.kind === "indicators" ? indicatorStems : sheetStems;
    let found = 0;
    for (const w of wanted) {
      const ws = new Set(stems(w));
      if (pool.some((s) => setSimilarity(ws, s) >= 0.5)) found++;
    }
    const score = wanted.length ? found / wanted.length : 0;
    const roles = read.table ? t.columns.filter((c) => read.table!.columns[c.role] !== undefined).length : 0;
    const tie = roles / t.columns.length;
    if (!best || score > best.score || (score === best.score && tie > bestTie)) {
      best = { template: t, score, read };
      bestTie = tie;
    }
  }
  return best!;
}
