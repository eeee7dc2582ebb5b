// What the schools send: the school-roadmap template filled at random, deterministically.
import { getTemplate } from "../../shared/templates/registry.ts";
import { renderTemplate } from "../../shared/templates/render.ts";
import type { Cell } from "./client.ts";

export const TEMPLATE = getTemplate("school-roadmap")!;
export const PERIOD = { start: "2023-09-01", end: "2024-08-31" };
export const REPORT_DATE = "2024-05-31";
const STATUSES = ["выполнено", "в работе", "не начато", "выполнено", "выполнено", "сделано"];

/** Deterministic pseudo-random numbers (mulberry32), so two runs send the same sheets. */
export function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A school's sheet as the add-on reads it: the rendered template with random reporting cells. */
export function schoolGrid(seed: number): Cell[][] {
  const random = rng(seed);
  const r = renderTemplate(TEMPLATE, PERIOD);
  const grid = r.grid.map((row) => [...row]) as Cell[][];
  const col = (role: string) => r.roles.indexOf(role as never);
  for (const rowNumber of r.itemRows) {
    const row = grid[rowNumber - 1]!;
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    row[col("status")] = status;
    if (status === "выполнено" && random() < 0.9) row[col("proof")] = `https://school${seed}.example.ru/doc`;
    if (random() < 0.2) row[col("comment")] = `Комментарий ${seed}`;
  }
  // some schools delete a required item
  if (random() < 0.1) grid.splice(r.itemRows[2]! - 1, 1);
  return grid;
}
