import type { Grid } from "../grid.ts";
import type { RoadmapRead } from "../roadmap/types.ts";
import type { Template } from "../templates/model.ts";
import type { Findings } from "./findings.ts";
import { matchItems } from "./match-items.ts";
import { bandFor } from "./scale.ts";
import type { IndicatorResult, Report } from "./types.ts";

/** Every indicator row the sheet holds, its filled value placed on its scale. */
export function indicatorResults(read: RoadmapRead): IndicatorResult[] {
  return read.indicators.map((i) => ({
    row: i.row,
    criterion: i.criterion,
    indicator: i.indicator,
    scale: i.scale,
    actual: i.actual,
    band: bandFor(i.scale, i.actual),
  }));
}

/** An indicator table (efficiency criteria): every template indicator present, filled values banded. */
export function validateIndicators(
  _grid: Grid,
  read: RoadmapRead,
  template: Template,
  findings: Findings,
  report: Report,
): void {
  const table = read.indicatorTables[0];
  if (!table) {
    findings.add("header-not-found", null, null);
  } else {
    report.headerRow = table.headerRow;
  }
  report.indicators = indicatorResults(read);
  const asItems = template.indicators.map((t, k) => ({
    code: String(k + 1),
    section: null,
    activity: t.indicator,
    required: true,
  }));
  const match = matchItems(
    asItems,
    read.indicators.map((i) => ({ key: null, activity: i.indicator })),
  );
  let present = 0;
  let done = 0;
  asItems.forEach((t, k) => {
    const i = match[k]!;
    if (i < 0) {
      findings.add("missing-item", null, null, { code: t.code, activity: t.activity });
      return;
    }
    present++;
    if (report.indicators[i]!.actual) done++;
  });
  report.completion = { required: asItems.length, present, done };
}
