// The load run's numbers: printed, and written into docs/PERFORMANCE.md between markers.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";

const DOC = resolve(import.meta.dirname, "../../docs/PERFORMANCE.md");

export interface LoadResult {
  schools: number;
  requests: number;
  replays: number;
  secondVersions: number;
  concurrency: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  max: number;
  summaryMs: number;
  problems: string[];
}

export interface CrashResult {
  schools: number;
  requests: number;
  /** answered 200/201 before the kill */
  acknowledged: number;
  /** in flight when workerd died (no answer) */
  inFlight: number;
  /** never sent before the kill */
  notSent: number;
  /** of the in-flight ones, already stored when the worker came back */
  inFlightStored: number;
  restartSeconds: number;
  checkedVersions: number;
  problems: string[];
}

const machine = () =>
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}; \`wrangler dev\` (workerd, local D1 and R2 on disk) on loopback`;

export function printLoad(r: LoadResult): void {
  console.log("");
  console.log(
    `Submissions: ${r.requests} requests (${r.schools} schools, ${r.replays} duplicate retries, ` +
      `${r.secondVersions} second versions), ${r.concurrency} in flight`,
  );
  console.log(`Throughput: ${r.throughput.toFixed(1)} submissions/s over ${r.seconds.toFixed(1)} s`);
  console.log(`Latency: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`);
  console.log(
    `Summary of ${r.schools} schools: ${r.summaryMs.toFixed(1)} ms (one request over HTTP, median of 5)`,
  );
  console.log(
    r.problems.length === 0
      ? "Checks: every receipt stored exactly once, versions consecutive, summary agrees, raw grids exact."
      : `Checks FAILED:\n  ${r.problems.slice(0, 30).join("\n  ")}`,
  );
}

export function printCrash(r: CrashResult): void {
  console.log("");
  console.log(
    `Crash: workerd killed (SIGKILL) after ${r.acknowledged} of ${r.requests} submissions were acknowledged, ` +
      `${r.inFlight} in flight, ${r.notSent} not yet sent; restarted in ${r.restartSeconds.toFixed(1)} s.`,
  );
  console.log(
    `After the restart: ${r.inFlightStored} of the ${r.inFlight} in-flight submissions had been stored; ` +
      `every unanswered one was retried with its id; ${r.checkedVersions} stored versions read back in full.`,
  );
  console.log(
    r.problems.length === 0
      ? "Checks: no acknowledged submission lost, none doubled, no partial version, versions consecutive, summary agrees."
      : `Checks FAILED:\n  ${r.problems.slice(0, 30).join("\n  ")}`,
  );
}

function writeBlock(name: string, lines: string[]): void {
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = [begin, ...lines, end].join("\n");
  let doc = readFileSync(DOC, "utf8");
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + end.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
  console.log(`Wrote the ${name} block of ${DOC}`);
}

export function writeLoadBlock(r: LoadResult): void {
  writeBlock("load", [
    "## Load: 500 schools submitting (`npm run load`)",
    "",
    "Each school sends the school-roadmap template filled at random (10 % with a required item deleted, so",
    "drafts too), 20 requests in flight; 10 % of the submissions are sent twice with the same id (a client",
    "retry) and 10 % of the schools send a second version at the same time. Latency is per request as the",
    "client sees it, so at 20 in flight it is mostly waiting behind the other 19 in the one local workerd",
    "process (≈ 20 ÷ throughput); the production Worker spreads requests over isolates and D1 is remote.",
    "Users are named with the dev-mode header (no Google token verification per request).",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run load\`, ${machine()}.`,
    "",
    "| what | value |",
    "|---|---:|",
    `| submission requests (${r.schools} schools + ${r.replays} duplicate retries + ${r.secondVersions} second versions) | ${r.requests} |`,
    `| in flight | ${r.concurrency} |`,
    `| wall time | ${r.seconds.toFixed(1)} s |`,
    `| throughput | ${r.throughput.toFixed(1)} submissions/s |`,
    `| latency p50 | ${r.p50.toFixed(1)} ms |`,
    `| latency p95 | ${r.p95.toFixed(1)} ms |`,
    `| latency max | ${r.max.toFixed(1)} ms |`,
    `| summary of ${r.schools} schools, one request (median of 5) | ${r.summaryMs.toFixed(1)} ms |`,
    "",
    r.problems.length === 0
      ? "No loss: every receipt stored exactly once, retries answered the original receipt, versions 1…n without gaps, the summary matches the shared engine's verdict on each school's last sheet, and each last sheet's raw grid comes back from R2 exactly as sent."
      : `Checks failed: ${r.problems.length} problems (first: ${r.problems[0]}).`,
  ]);
}

export function writeCrashBlock(r: CrashResult): void {
  writeBlock("crash", [
    "## Crash in the middle of a burst (`npm run load -- --crash`)",
    "",
    "The same load, but the local workerd is killed with SIGKILL once 40 % of the submissions are",
    "acknowledged, then started again on the same disk state (D1 and R2). Every request that got no answer",
    "is sent again with the same submission id, as the add-on does. Then: every acknowledged submission is",
    "there with the receipt it was given, nothing is stored twice, versions are 1…n without gaps, and every",
    "stored version is complete (its grid byte-for-byte as sent, all its findings).",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)}, ${machine()}.`,
    "",
    "| what | value |",
    "|---|---:|",
    `| schools / submission requests | ${r.schools} / ${r.requests} |`,
    `| acknowledged before the kill | ${r.acknowledged} |`,
    `| in flight at the kill (no answer) | ${r.inFlight} |`,
    `| of those, already stored (the retry was a replay) | ${r.inFlightStored} |`,
    `| not yet sent at the kill | ${r.notSent} |`,
    `| restart to /health | ${r.restartSeconds.toFixed(1)} s |`,
    `| stored versions read back in full | ${r.checkedVersions} |`,
    "",
    r.problems.length === 0
      ? "No loss, no partial version."
      : `Checks failed: ${r.problems.length} problems (first: ${r.problems[0]}).`,
  ]);
}
