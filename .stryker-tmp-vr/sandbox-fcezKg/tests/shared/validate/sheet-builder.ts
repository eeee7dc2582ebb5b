import type { Grid } from "../../../shared/grid.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { renderTemplate } from "../../../shared/templates/render.ts";

export const PERIOD = { start: "2020-01-01", end: "2024-12-31" };
export const template = getTemplate("municipal-roadmap")!;

/** A clean, filled-in copy of the municipal roadmap: every item «в работе». */
export function cleanSheet(): { grid: Grid; roles: string[]; itemRows: number[]; headerRow: number } {
  const r = renderTemplate(template, PERIOD);
  const grid = r.grid.map((row) => [...row]);
  const status = r.roles.indexOf("status");
  for (const row of r.itemRows) grid[row - 1]![status] = "в работе";
  return { grid, roles: r.roles, itemRows: r.itemRows, headerRow: r.headerRow };
}

export function col(roles: string[], role: string): number {
  const i = roles.indexOf(role);
  if (i < 0) throw new Error(`no ${role} column`);
  return i;
}
