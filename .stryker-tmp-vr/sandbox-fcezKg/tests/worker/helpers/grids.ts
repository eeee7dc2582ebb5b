import type { Grid } from "../../../shared/grid.ts";
import type { Role } from "../../../shared/templates/model.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { renderTemplate } from "../../../shared/templates/render.ts";

export const TEMPLATE_ID = "municipal-roadmap";
export const PERIOD = { start: "2020-01-01", end: "2024-12-31" };

export interface Fill {
  status?: string;
  proof?: string;
  actual?: string;
}

/**
 * The demo template as a school would fill it: `fill(index)` gives each item's reporting cells;
 * `drop` lists item indexes to delete (missing items).
 */
export function filledGrid(fill: (index: number) => Fill = () => ({}), drop: readonly number[] = []): Grid {
  const template = getTemplate(TEMPLATE_ID)!;
  const rendered = renderTemplate(template, PERIOD);
  const grid = rendered.grid.map((row) => [...row]);
  const col = (role: Role) => rendered.roles.indexOf(role);
  rendered.itemRows.forEach((rowNumber, index) => {
    const row = grid[rowNumber - 1]!;
    const f = fill(index);
    if (f.status !== undefined && col("status") >= 0) row[col("status")] = f.status;
    if (f.proof !== undefined && col("proof") >= 0) row[col("proof")] = f.proof;
    if (f.actual !== undefined && col("actual") >= 0) row[col("actual")] = f.actual;
  });
  const dropRows = new Set(drop.map((i) => rendered.itemRows[i]! - 1));
  return grid.filter((_, i) => !dropRows.has(i));
}

/** Every item done with a proof link. */
export const allDone = () =>
  filledGrid(() => ({ status: "выполнено", proof: "https://school.example.org/doc" }));

export function templateItemCount(): number {
  return getTemplate(TEMPLATE_ID)!.items.length;
}
