// Cells of the roadmap tables in the seed documents, found by their header synonyms.
import { readFileSync } from "node:fs";
import type { Period } from "../../../shared/parse/period.ts";

export interface SeedCells {
  file: string;
  period: Period;
  /** deadline cells of item rows (rows with a code such as «1.2.»), as written */
  deadlines: string[];
  /** every non-empty target cell, item rows and continuation lines */
  targets: string[];
  /** every non-empty responsible cell, item rows and continuation lines */
  responsible: string[];
}

export const SEEDS: ReadonlyArray<{ file: string; period: Period }> = [
  { file: "000_500b399dd1c1fd8e", period: { start: "2020-01-01", end: "2024-12-31" } },
  { file: "001_05aab9b01409ba82", period: { start: "2023-09-01", end: "2024-08-31" } },
  { file: "002_4851a492f0e147dc", period: { start: "2020-01-01", end: "2024-12-31" } },
  { file: "003_3ffaea0ad251f32c", period: { start: "2020-09-01", end: "2021-08-31" } },
  { file: "004_d0d44ac2c919aeb6", period: { start: "2022-01-01", end: "2024-12-31" } },
];

const DEADLINE_HEADER = /^сроки?(?: реализации)?$/i;
const TARGET_HEADER = /^показатель реализации/i;
const RESPONSIBLE_HEADER = /^ответственн/i;
const CODE = /^\d+(?:\.\d+)*\.?$/;

export function seedText(file: string): string {
  return readFileSync(`tests/fixtures/seeds/${file}.txt`, "utf8");
}

export function seedCells(file: string, period: Period): SeedCells {
  const out: SeedCells = { file, period, deadlines: [], targets: [], responsible: [] };
  let cols: { d: number; t: number; r: number } | null = null;
  for (const line of seedText(file).split(/\r?\n/)) {
    const cells = line.split("\t");
    if (cells.length < 3) {
      if (line.trim() !== "") cols = null; // a paragraph ends the table
      continue;
    }
    const d = cells.findIndex((c) => DEADLINE_HEADER.test(c.trim()));
    if (d >= 0) {
      cols = {
        d,
        t: cells.findIndex((c) => TARGET_HEADER.test(c.trim())),
        r: cells.findIndex((c) => RESPONSIBLE_HEADER.test(c.trim())),
      };
      continue;
    }
    if (cols === null) continue;
    const numbering = cells.every((c, i) => c.trim() === String(i + 1));
    if (numbering) continue;
    const code = CODE.test((cells[0] ?? "").trim());
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? "").trim() : "");
    if (code && cell(cols.d) !== "") out.deadlines.push(cell(cols.d));
    if (cell(cols.t) !== "") out.targets.push(cell(cols.t));
    if (cell(cols.r) !== "") out.responsible.push(cell(cols.r));
  }
  return out;
}

export const ALL_SEED_CELLS: SeedCells[] = SEEDS.map((s) => seedCells(s.file, s.period));
