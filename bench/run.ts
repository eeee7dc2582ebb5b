// npm run bench: validation speed against the unavoidable cost of receiving the grid (JSON.parse).
import { readFileSync, writeFileSync } from "node:fs";
import { getTemplate } from "../shared/templates/registry.ts";
import { validate } from "../shared/validate/index.ts";
import { generateRoadmap } from "./generate-roadmap.ts";

const template = getTemplate("municipal-roadmap")!;
const options = { asOf: "2022-06-01" };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, minRuns: number, minMs = 400): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up: let V8 optimise
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const rows: string[] = [];
let failed = false;
for (const n of [100, 1_000, 10_000]) {
  const grid = generateRoadmap(n);
  const json = JSON.stringify(grid);
  const validateMs = time(() => validate(grid, template, options), n >= 10_000 ? 15 : 50);
  const parseMs = time(() => JSON.parse(json), n >= 10_000 ? 15 : 50);
  const ratio = validateMs / parseMs;
  const perRowUs = (validateMs * 1000) / n;
  rows.push(
    `| ${n.toLocaleString("en-US")} | ${validateMs.toFixed(2)} | ${perRowUs.toFixed(2)} | ${parseMs.toFixed(2)} | ${ratio.toFixed(2)} |`,
  );
  if (n === 10_000 && (validateMs >= 50 || ratio >= 5)) failed = true;
}

const table = [
  "| rows | validate, ms (median) | µs per row | JSON.parse of the same grid, ms | ratio |",
  "|---:|---:|---:|---:|---:|",
  ...rows,
].join("\n");
console.log(table);
console.log(`\ntargets: 10,000 rows < 50 ms and ratio < 5 → ${failed ? "MISSED" : "met"}`);

// Keep docs/PERFORMANCE.md current: replace the block between the markers.
const file = "docs/PERFORMANCE.md";
const begin = "<!-- bench:validate:begin -->";
const end = "<!-- bench:validate:end -->";
const doc = readFileSync(file, "utf8");
const i = doc.indexOf(begin);
const j = doc.indexOf(end);
if (i >= 0 && j > i) {
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.arch}.`;
  writeFileSync(file, `${doc.slice(0, i + begin.length)}\n${stamp}\n\n${table}\n${doc.slice(j)}`);
}
if (failed) process.exitCode = 1;
