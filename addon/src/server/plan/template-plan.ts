// How an inserted template looks: the rendered grid from shared/templates plus the finish a
// methodist expects — bold header, tinted section rows, wrapped activities, a status dropdown,
// text-formatted codes and deadlines, frozen header, widths, and a warning on the template columns.

import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import type { Role, Template } from "../../../../shared/templates/model.ts";
import type { RenderedTemplate } from "../../../../shared/templates/render.ts";
import { fill2d, type SheetPlan } from "./sheet-plan.ts";

const HEADER_BG = "#d9e2f3";
const SECTION_BG = "#eef3fb";
const REPORTING_BG = "#fff8e1";
/** Rows below the last item that still get the dropdown and formats, for items the school adds. */
export const SPARE_ROWS = 100;
/** Typed "1.1" or "01.12" turns into a date in a Russian-locale sheet; these columns stay text. */
const TEXT_ROLES: readonly Role[] = ["code", "deadline", "target", "proof"];

export function templatePlan(template: Template, rendered: RenderedTemplate): SheetPlan {
  const values = rendered.grid.map((r) => [...r]);
  const rows = values.length;
  const cols = rendered.roles.length;
  const backgrounds = fill2d<string | null>(rows, cols, null);
  const fontWeights = fill2d<"bold" | "normal">(rows, cols, "normal");
  const wraps = fill2d(rows, cols, true);
  const reporting = new Set(rendered.reportingColumns);
  const firstData = rendered.headerRow + 1;
  const dataRows = Math.max(rows - rendered.headerRow, 0) + SPARE_ROWS;

  const title = rendered.titleRow - 1;
  fontWeights[title]!.fill("bold");
  wraps[title]!.fill(false); // the title overflows across the empty cells to its right
  const header = rendered.headerRow - 1;
  fontWeights[header]!.fill("bold");
  backgrounds[header]!.fill(HEADER_BG);
  for (const r of rendered.sectionRows) {
    fontWeights[r - 1]!.fill("bold");
    backgrounds[r - 1]!.fill(SECTION_BG);
    wraps[r - 1]!.fill(false);
  }
  for (const r of rendered.itemRows) {
    for (const c of reporting) backgrounds[r - 1]![c - 1] = REPORTING_BG;
  }

  const plan: SheetPlan = {
    values,
    backgrounds,
    fontWeights,
    wraps,
    frozenRows: rendered.headerRow,
    columnWidths: rendered.widths,
    formats: [],
    lists: [],
    protections: [],
  };
  rendered.roles.forEach((role, i) => {
    if (TEXT_ROLES.includes(role)) {
      plan.formats.push({
        range: { row: firstData, col: i + 1, numRows: dataRows, numCols: 1 },
        format: "@",
      });
    }
  });
  if (rendered.statusColumn > 0) {
    plan.lists.push({
      range: { row: firstData, col: rendered.statusColumn, numRows: dataRows, numCols: 1 },
      values: [...template.statuses],
      help: fill(RU_UI.template.statusHelp, { list: template.statuses.join(", ") }),
    });
  }
  // One warning-only protection per run of template (non-reporting) columns, over the rendered rows.
  let start = 0;
  for (let c = 1; c <= cols + 1; c++) {
    const isTemplate = c <= cols && !reporting.has(c);
    if (isTemplate && start === 0) start = c;
    if (!isTemplate && start > 0) {
      plan.protections.push({
        range: {
          row: rendered.headerRow,
          col: start,
          numRows: rows - rendered.headerRow + 1,
          numCols: c - start,
        },
        description: RU_UI.template.protectionNote,
      });
      start = 0;
    }
  }
  return plan;
}
