// The sheets whose storage bench/storage.ts measures: the five seed roadmaps as they are (each with the
// template it is read against in tests/shared/roadmap/seeds.test.ts) and a filled 200-row roadmap.
import { readFileSync } from "node:fs";
import { gridFromTsv } from "../shared/text-grid.ts";
import { generateRoadmap } from "./generate-roadmap.ts";

export interface StorageSheet {
  name: string;
  templateId: string;
  period: { start: string; end: string };
  grid: unknown[][];
}

const SEEDS = [
  ["000_500b399dd1c1fd8e", "municipal-roadmap", "2020-01-01", "2024-12-31"],
  ["001_05aab9b01409ba82", "school-roadmap", "2023-09-01", "2024-08-31"],
  ["002_4851a492f0e147dc", "municipal-programme", "2020-01-01", "2024-12-31"],
  ["003_3ffaea0ad251f32c", "district-plan", "2020-09-01", "2021-08-31"],
  ["004_d0d44ac2c919aeb6", "institution-roadmap", "2022-01-01", "2024-12-31"],
] as const;

export function storageSheets(root: string): StorageSheet[] {
  const seeds = SEEDS.map(([file, templateId, start, end]) => ({
    name: `seed ${file.slice(0, 3)} (${templateId})`,
    templateId,
    period: { start, end },
    grid: gridFromTsv(readFileSync(`${root}/tests/fixtures/seeds/${file}.txt`, "utf8")),
  }));
  return [
    ...seeds,
    {
      name: "filled 200-row municipal roadmap",
      templateId: "municipal-roadmap",
      period: { start: "2020-01-01", end: "2024-12-31" },
      grid: generateRoadmap(200),
    },
  ];
}
