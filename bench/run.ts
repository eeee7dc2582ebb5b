// npm run bench: validation speed against the unavoidable cost of receiving the grid (JSON.parse).
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { docxFromPastedText, writeDocx } from "../scripts/support/write-docx.ts";
import { docxGrid, readDocx } from "../shared/docx/read-docx.ts";
import { parseDeadline } from "../shared/parse/deadline.ts";
import { getTemplate } from "../shared/templates/registry.ts";
import { validate } from "../shared/validate/index.ts";
import { generateRoadmap } from "./generate-roadmap.ts";
import { SHAPES } from "./shapes.ts";

const template = getTemplate("municipal-roadmap")!;
const options = { asOf: "2022-06-01" };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Validation and JSON.parse timed in alternation, so a busy machine slows both alike; the ratio is
 *  the median of the per-pair ratios. */
function pair(
  a: () => void,
  b: () => void,
  minPairs: number,
  minMs = 600,
): { a: number; b: number; ratio: number } {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  const start = performance.now();
  while (as.length < minPairs || performance.now() - start < minMs) {
    let t = performance.now();
    a();
    const ta = performance.now() - t;
    t = performance.now();
    b();
    const tb = performance.now() - t;
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

const rows: string[] = [];
let failed = false;
for (const n of [100, 1_000, 10_000]) {
  const grid = generateRoadmap(n);
  const json = JSON.stringify(grid);
  const m = pair(
    () => validate(grid, template, options),
    () => JSON.parse(json),
    n >= 10_000 ? 21 : 51,
  );
  const perRowUs = (m.a * 1000) / n;
  rows.push(
    `| ${n.toLocaleString("en-US")} | ${m.a.toFixed(2)} | ${perRowUs.toFixed(2)} | ${m.b.toFixed(2)} | ${m.ratio.toFixed(2)} |`,
  );
  if (n === 10_000 && (m.a >= 50 || m.ratio >= 5)) failed = true;
}

// The same bound at 10,000 rows whatever the sheet's shape.
const shapeRows: string[] = [];
for (const [name, make] of SHAPES) {
  const grid = make(10_000);
  const json = JSON.stringify(grid);
  const m = pair(
    () => validate(grid, template, options),
    () => JSON.parse(json),
    21,
  );
  shapeRows.push(`| ${name} | ${m.a.toFixed(2)} | ${m.b.toFixed(2)} | ${m.ratio.toFixed(2)} |`);
  if (m.a >= 50 || m.ratio >= 5) failed = true;
}

// A Word roadmap of 1,000 rows (bytes → grid), against JSON.parse of the grid it gives.
const docxRows = generateRoadmap(1_000);
const docxBytes = writeDocx(
  docxFromPastedText(docxRows.map((r) => r.map((c) => String(c ?? "")).join("\t")).join("\n")),
);
const readGrid = () => {
  const d = readDocx(docxBytes);
  if (!d.ok) throw new Error(d.message);
  return docxGrid(d.value);
};
const docxJson = JSON.stringify(readGrid());
const dm = pair(readGrid, () => JSON.parse(docxJson), 21);
const docxLine = `.docx of 1,000 rows (${Math.round(docxBytes.length / 1024)} KB) read to a grid: ${dm.a.toFixed(2)} ms (median; target < 100 ms).`;
console.log(docxLine);
if (dm.a >= 100) failed = true;

// The deadline parser on text that never repeats (validate caches repeated text per sheet, and the parser
// keeps a bounded cache): every sample gets 10,000 dates it has not seen.
const period = { start: "2020-01-01", end: "2024-12-31" };
const dateText = (k: number) => {
  const d = 1 + (k % 28);
  const m = 1 + (Math.floor(k / 28) % 12);
  const y = 1900 + (Math.floor(k / 336) % 200);
  return k % 2 ? `до ${d}.${m}.${y} г.` : `с ${d}.${m}.${y} по 28.12.${y}`;
};
let offset = 0;
const samples: number[] = [];
for (let s = 0; s < 6; s++) {
  const texts = Array.from({ length: 10_000 }, (_, i) => dateText(offset + i));
  offset += 10_000;
  const t = performance.now();
  for (const text of texts) parseDeadline(text, period);
  if (s > 0) samples.push(performance.now() - t); // the first pass also warms V8 up
}
const deadlineMs = median(samples);
const distinct = { length: 10_000 };
const parserLine = `Deadline parser, 10,000 distinct texts: ${deadlineMs.toFixed(2)} ms (${((deadlineMs * 1000) / distinct.length).toFixed(2)} µs per text).`;
console.log(parserLine);

const table = [
  "| rows | validate, ms (median) | µs per row | JSON.parse of the same grid, ms | ratio |",
  "|---:|---:|---:|---:|---:|",
  ...rows,
].join("\n");
const shapeTable = [
  "| shape (10,000 rows) | validate, ms (median) | JSON.parse, ms | ratio |",
  "|---|---:|---:|---:|",
  ...shapeRows,
].join("\n");
console.log(table);
console.log(`\n${shapeTable}`);
console.log(`\ntargets: 10,000 rows < 50 ms and ratio < 5 → ${failed ? "MISSED" : "met"}`);

// Keep docs/PERFORMANCE.md current: replace the block between the markers.
const file = "docs/PERFORMANCE.md";
const begin = "<!-- bench:validate:begin -->";
const end = "<!-- bench:validate:end -->";
const doc = readFileSync(file, "utf8");
const i = doc.indexOf(begin);
const j = doc.indexOf(end);
if (i >= 0 && j > i) {
  const load = loadavg()[0]!;
  const cores = availableParallelism();
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.arch}, load average ${load.toFixed(1)} on ${cores} cores${load > cores ? " — a busy machine: times are inflated, re-run when it is quiet" : ""}.`;
  writeFileSync(
    file,
    `${doc.slice(0, i + begin.length)}\n${stamp}\n\n${table}\n\n${shapeTable}\n\n${docxLine}\n\n${parserLine}\n${doc.slice(j)}`,
  );
}
if (failed) process.exitCode = 1;
