// Runs one benchmark file inside workerd (bench/workerd/) and returns the JSON each `BENCH ` line
// printed; exits the process with vitest's output when the run fails or prints nothing.
import { spawnSync } from "node:child_process";

export function runWorkerdBench<T>(file: string): T[] {
  const run = spawnSync(
    "npx",
    ["vitest", "run", "--config", "bench/workerd/vitest.config.ts", file, "--silent=false"],
    {
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    },
  );
  const measured = `${run.stdout}\n${run.stderr}`
    .split("\n")
    .filter((l) => l.includes("BENCH "))
    .map((l) => JSON.parse(l.slice(l.indexOf("BENCH ") + 6)) as T);
  if (run.status !== 0 || measured.length === 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  return measured;
}
