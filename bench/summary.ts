// npm run bench:summary — the department's summary over 100 / 1,000 / 5,000 schools × 40 items in a local
// D1 (inside workerd, via worker/bench/summary.config.ts), and the CPU side of receiving one 200-row sheet.
import { spawnSync } from "node:child_process";
import { SubmitSchema } from "../shared/api/submissions.ts";
import { getTemplate } from "../shared/templates/registry.ts";
import { validate } from "../shared/validate/index.ts";
import { findingRows, itemRows } from "../worker/src/services/item-rows.ts";
import { payloadHash } from "../worker/src/services/payload-hash.ts";
import { generateRoadmap } from "./generate-roadmap.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// 1. CPU of the pure part of a submission (what counts against the 10 ms Workers CPU limit; D1 waits do not).
const template = getTemplate("municipal-roadmap")!;
const grid = generateRoadmap(200);
const body = JSON.stringify({ submissionId: crypto.randomUUID(), grid });
const cpu: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  const parsed = SubmitSchema.parse(JSON.parse(body));
  const report = validate(parsed.grid, template, {
    asOf: "2023-12-31",
    period: { start: "2020-01-01", end: "2024-12-31" },
  });
  const gridJson = JSON.stringify(parsed.grid);
  await payloadHash("c", "o", null, gridJson);
  JSON.stringify(itemRows(report, template, 2023));
  JSON.stringify(findingRows(report.findings));
  cpu.push(performance.now() - t);
}
const cpuMs = median(cpu.slice(20));

// 2. The summary and the full submission inside workerd.
const run = spawnSync(
  "npx",
  ["vitest", "run", "--config", "worker/bench/summary.config.ts", "--silent=false"],
  {
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  },
);
const lines = `${run.stdout}\n${run.stderr}`
  .split("\n")
  .filter((l) => l.includes("BENCH "))
  .map((l) => JSON.parse(l.slice(l.indexOf("BENCH ") + 6)) as Record<string, number | string>);
if (run.status !== 0 || lines.length === 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

console.log("\nSummary (GET /api/v1/campaigns/{id}/summary, local D1 in workerd, median of 9)\n");
console.log("| schools | item rows | median ms | min ms | CSV ms | JSON bytes |");
console.log("|---:|---:|---:|---:|---:|---:|");
const summaries = lines.filter((l) => l["kind"] === "summary");
for (const s of summaries) {
  console.log(
    `| ${Number(s["schools"]).toLocaleString("en-US")} | ${Number(s["items"]).toLocaleString("en-US")} | ${Number(s["medianMs"]).toFixed(1)} | ${Number(s["minMs"]).toFixed(1)} | ${Number(s["csvMs"]).toFixed(1)} | ${Number(s["bytes"]).toLocaleString("en-US")} |`,
  );
}
const submit = lines.find((l) => l["kind"] === "submit");
console.log(
  `\nOne ${grid.length}-row submission: pure CPU (JSON + zod + validate + hash + rows) ${cpuMs.toFixed(2)} ms in Node;`,
);
if (submit)
  console.log(
    `end to end in workerd with D1 writes: median ${Number(submit["medianMs"]).toFixed(1)} ms (wall clock).`,
  );

const at = (n: number) => Number(summaries.find((s) => s["schools"] === n)?.["medianMs"] ?? Number.NaN);
const ok = at(1_000) < 150 && at(5_000) < 5 * at(1_000) && cpuMs < 10;
console.log(
  `\nTargets: 1,000 schools < 150 ms: ${at(1_000).toFixed(1)} ms; 5,000 < 5 × 1,000: ${(at(5_000) / at(1_000)).toFixed(2)}×; 200-row CPU < 10 ms: ${cpuMs.toFixed(2)} ms → ${ok ? "PASS" : "FAIL"}`,
);
if (!ok) process.exitCode = 1;
