// npm run bench:shapes — only the validation shapes at 10,000 rows (the second table of `npm run bench`),
// for profiling one shape: `npx tsx bench/shapes-only.ts findings` runs the shapes whose name has «findings».
import { loadavg } from "node:os";
import { getTemplate } from "../shared/templates/registry.ts";
import { validate } from "../shared/validate/index.ts";
import { SHAPES } from "./shapes.ts";

const template = getTemplate("municipal-roadmap")!;
const options = { asOf: "2022-06-01" };
const filter = process.argv[2] ?? "";
const rounds = Number(process.argv[3] ?? 41);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
for (const [name, make] of SHAPES) {
  if (filter && !name.includes(filter)) continue;
  const grid = make(10_000);
  const json = JSON.stringify(grid);
  for (let i = 0; i < 3; i++) {
    validate(grid, template, options);
    JSON.parse(json);
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    validate(grid, template, options);
    const ta = performance.now() - t;
    t = performance.now();
    JSON.parse(json);
    const tb = performance.now() - t;
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  console.log(
    `${name}: validate ${median(as).toFixed(2)} ms, JSON.parse ${median(bs).toFixed(2)} ms, ratio ${median(ratios).toFixed(2)}`,
  );
}
