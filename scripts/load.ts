// `npm run load`: 500 schools submit to a local worker, 20 requests in flight, with duplicate retries
// (same submission id, same payload) for 10 % of them and a concurrent second version for another
// 10 %. Then it checks that nothing was lost or doubled — every receipt stored exactly once, versions
// 1…n with no gaps, the summary agreeing with what the shared engine says about what was sent — and
// writes throughput and latency into docs/PERFORMANCE.md (the bench:load block).
//
//   npm run load                       start a private `wrangler dev` with a fresh local D1
//   npm run load -- --url http://127.0.0.1:8787 --dev-user admin@… --parent <orgId>
//                                      reuse a running worker started with DEV_AUTH=1 (`npm start`)
//   npm run load -- --schools 100 --no-write
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { getTemplate } from "../shared/templates/registry.ts";
import { renderTemplate } from "../shared/templates/render.ts";
import { validate } from "../shared/validate/index.ts";
import { type LocalWorker, startLocalWorker } from "../tests/e2e/support/local-worker.ts";
import { startTestGoogle, TEST_AUDIENCE, type TestGoogle } from "../tests/e2e/support/test-google.ts";

type Cell = string | number | boolean | null;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

const SCHOOLS = Number(option("--schools", "500"));
const CONCURRENCY = Number(option("--concurrency", "20"));
const DUPLICATE_SHARE = 0.1;
const SECOND_VERSION_SHARE = 0.1;
const TEMPLATE = getTemplate("school-roadmap")!;
const PERIOD = { start: "2023-09-01", end: "2024-08-31" };
const REPORT_DATE = "2024-05-31";
const STATUSES = ["выполнено", "в работе", "не начато", "выполнено", "выполнено", "сделано"];
const DOC = resolve(import.meta.dirname, "../docs/PERFORMANCE.md");
const BEGIN = "<!-- bench:load:begin -->";
const END = "<!-- bench:load:end -->";

/** Deterministic pseudo-random numbers (mulberry32), so two runs send the same sheets. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A school's sheet as the add-on reads it: the rendered template with random reporting cells. */
function schoolGrid(seed: number): Cell[][] {
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

interface Client {
  url: string;
  headers: (email: string) => Promise<Record<string, string>>;
}

interface Sent {
  orgId: string;
  submissionId: string;
  grid: Cell[][];
  status: number;
  ms: number;
  receipt: { version: number; receivedAt: string; status: string; submissionId: string } | null;
  duplicate: boolean;
}

async function request(client: Client, email: string, method: string, path: string, body?: unknown) {
  const started = performance.now();
  const res = await fetch(client.url + path, {
    method,
    headers: {
      ...(await client.headers(email)),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function expectOk(what: string, r: { status: number; text: string }, ...ok: number[]) {
  if (!ok.includes(r.status)) throw new Error(`${what}: HTTP ${r.status} ${r.text.slice(0, 300)}`);
}

async function main() {
  const reuseUrl = option("--url", "");
  let google: TestGoogle | null = null;
  let worker: LocalWorker | null = null;
  let client: Client;
  let parent: string;
  let admin: string;
  const run = Date.now().toString(36);

  if (reuseUrl) {
    admin = option("--dev-user", "");
    parent = option("--parent", "");
    if (!admin || !parent)
      throw new Error("--url needs --dev-user <email> and --parent <orgId> (DEV_AUTH=1 worker)");
    client = {
      url: reuseUrl.replace(/\/+$/, ""),
      headers: async (email) => ({ "X-Svodka-Dev-User": email }),
    };
    console.log(`Reusing ${client.url} as ${admin}, under ${parent}`);
  } else {
    const started = Date.now();
    google = await startTestGoogle();
    admin = "load-admin@load.test";
    parent = "load-root";
    worker = await startLocalWorker({
      jwksUrl: google.jwksUrl,
      audiences: TEST_AUDIENCE,
      root: { id: parent, name: "Нагрузочный регион", kind: "region", adminEmail: admin },
    });
    const g = google;
    // one ID token per user, re-signed only when close to expiry (the add-on gets a fresh one per call)
    const tokens = new Map<string, Promise<string>>();
    client = {
      url: worker.url,
      headers: async (email) => {
        let t = tokens.get(email);
        if (!t) {
          t = g.token(email);
          tokens.set(email, t);
        }
        return { authorization: `Bearer ${await t}` };
      },
    };
    console.log(`Started wrangler dev at ${worker.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  try {
    // ── set-up: a municipality, its schools and their methodists, one campaign ──
    const muni = `load-${run}`;
    expectOk(
      "create municipality",
      await request(client, admin, "POST", "/api/v1/orgs", {
        parentId: parent,
        id: muni,
        name: `Муниципалитет ${run}`,
        kind: "municipality",
      }),
      201,
    );
    const schools = Array.from({ length: SCHOOLS }, (_, i) => ({
      id: `${muni}-s${i}`,
      name: `Школа № ${i + 1}`,
      email: `metodist${i}-${run}@load.test`,
    }));
    const setupStarted = performance.now();
    await pool(
      schools.map((s) => async () => {
        expectOk(
          `create ${s.id}`,
          await request(client, admin, "POST", "/api/v1/orgs", {
            parentId: muni,
            id: s.id,
            name: s.name,
            kind: "school",
          }),
          201,
        );
        expectOk(
          `member ${s.id}`,
          await request(client, admin, "POST", `/api/v1/orgs/${s.id}/members`, {
            email: s.email,
            role: "school",
          }),
          201,
        );
      }),
      CONCURRENCY,
    );
    const opened = await request(client, admin, "POST", "/api/v1/campaigns", {
      orgId: muni,
      name: `Нагрузка ${run}`,
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      period: PERIOD,
      reportDate: REPORT_DATE,
      dueDate: "2099-12-31",
    });
    expectOk("open campaign", opened, 201);
    const campaignId = (JSON.parse(opened.text) as { id: string }).id;
    console.log(
      `Set up ${SCHOOLS} schools and their members in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );

    // ── the load: every school once, 10 % retried with the same id, 10 % with a second version ──
    const random = rng(42);
    const plan: { orgId: string; email: string; submissionId: string; grid: Cell[][]; duplicate: boolean }[] =
      [];
    for (const [i, s] of schools.entries()) {
      const first = { orgId: s.id, email: s.email, submissionId: crypto.randomUUID(), grid: schoolGrid(i) };
      plan.push({ ...first, duplicate: false });
      if (random() < DUPLICATE_SHARE) plan.push({ ...first, duplicate: true });
      if (random() < SECOND_VERSION_SHARE) {
        plan.push({
          orgId: s.id,
          email: s.email,
          submissionId: crypto.randomUUID(),
          grid: schoolGrid(i + 100_000),
          duplicate: false,
        });
      }
    }
    // shuffle so retries and second versions race their originals instead of trailing them
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    const loadStarted = performance.now();
    const sent: Sent[] = await pool(
      plan.map((p) => async () => {
        const r = await request(client, p.email, "POST", `/api/v1/campaigns/${campaignId}/submissions`, {
          submissionId: p.submissionId,
          orgId: p.orgId,
          grid: p.grid,
          sheetName: "Дорожная карта",
        });
        return {
          orgId: p.orgId,
          submissionId: p.submissionId,
          grid: p.grid,
          status: r.status,
          ms: r.ms,
          receipt: r.status < 300 ? JSON.parse(r.text) : null,
          duplicate: p.duplicate,
        };
      }),
      CONCURRENCY,
    );
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    // ── checks ──
    const problems: string[] = [];
    const failed = sent.filter((s) => s.status !== 200 && s.status !== 201);
    for (const f of failed.slice(0, 10)) problems.push(`${f.orgId} ${f.submissionId}: HTTP ${f.status}`);
    if (failed.length > 10) problems.push(`… and ${failed.length - 10} more failed requests`);
    const byId = new Map<string, Sent[]>();
    for (const s of sent) byId.set(s.submissionId, [...(byId.get(s.submissionId) ?? []), s]);
    let replays = 0;
    for (const [id, copies] of byId) {
      const created = copies.filter((c) => c.status === 201).length;
      if (created !== 1) problems.push(`${id}: ${created} creations for ${copies.length} identical requests`);
      const versions = new Set(copies.map((c) => c.receipt?.version));
      const times = new Set(copies.map((c) => c.receipt?.receivedAt));
      if (versions.size !== 1 || times.size !== 1)
        problems.push(`${id}: replays answered different receipts`);
      replays += copies.length - 1;
    }

    const historyStarted = performance.now();
    const histories = await pool(
      schools.map((s) => async () => {
        const r = await request(
          client,
          admin,
          "GET",
          `/api/v1/campaigns/${campaignId}/orgs/${s.id}/submissions`,
        );
        expectOk(`history ${s.id}`, r, 200);
        return {
          orgId: s.id,
          versions: (
            JSON.parse(r.text) as { versions: { submissionId: string; version: number; status: string }[] }
          ).versions,
        };
      }),
      CONCURRENCY,
    );
    const historySeconds = (performance.now() - historyStarted) / 1000;
    const latestGrid = new Map<string, { version: number; grid: Cell[][]; submissionId: string }>();
    for (const h of histories) {
      const expected = new Set(sent.filter((s) => s.orgId === h.orgId).map((s) => s.submissionId));
      const stored = h.versions.map((v) => v.submissionId);
      if (stored.length !== new Set(stored).size) problems.push(`${h.orgId}: a submission is stored twice`);
      if (stored.length !== expected.size || !stored.every((id) => expected.has(id))) {
        problems.push(`${h.orgId}: stored ${stored.length} submissions, sent ${expected.size} distinct`);
      }
      const numbers = h.versions.map((v) => v.version).sort((a, b) => a - b);
      if (numbers.some((v, i) => v !== i + 1))
        problems.push(`${h.orgId}: versions ${numbers.join(",")} have a gap`);
      // what the summary counts: the latest submitted version, or the latest draft if none was submitted
      const byVersion = [...h.versions].sort((a, b) => a.version - b.version);
      const last = byVersion.filter((v) => v.status !== "draft").at(-1) ?? byVersion.at(-1);
      const grid = sent.find((s) => s.submissionId === last?.submissionId)?.grid;
      if (last && grid)
        latestGrid.set(h.orgId, { version: last.version, grid, submissionId: last.submissionId });
    }

    // the department's click, five times: the median is less at the mercy of a busy machine
    const summaryTimes: number[] = [];
    let summaryRes = { status: 0, text: "", ms: 0 };
    for (let i = 0; i < 5; i++) {
      summaryRes = await request(client, admin, "GET", `/api/v1/campaigns/${campaignId}/summary`);
      summaryTimes.push(summaryRes.ms);
    }
    const summaryMs = percentile(
      summaryTimes.sort((a, b) => a - b),
      50,
    );
    expectOk("summary", summaryRes, 200);
    const summary = JSON.parse(summaryRes.text) as {
      counts: { total: number; notSubmitted: number };
      orgs: {
        orgId: string;
        status: string;
        version: number | null;
        errors: number;
        completion: { done: number; required: number };
      }[];
    };
    if (summary.counts.total !== SCHOOLS) problems.push(`summary total ${summary.counts.total} ≠ ${SCHOOLS}`);
    if (summary.counts.notSubmitted !== 0)
      problems.push(`summary: ${summary.counts.notSubmitted} not submitted`);
    for (const o of summary.orgs) {
      const latest = latestGrid.get(o.orgId);
      if (!latest) {
        problems.push(`${o.orgId}: in the summary but nothing stored`);
        continue;
      }
      // what the shared engine says about the sheet that was sent last is what the summary must show
      const report = validate(latest.grid, TEMPLATE, { asOf: REPORT_DATE, period: PERIOD });
      const status = report.counts.error > 0 ? "draft" : "submitted";
      if (o.version !== latest.version)
        problems.push(`${o.orgId}: summary version ${o.version} ≠ ${latest.version}`);
      if (o.status !== status) problems.push(`${o.orgId}: summary status ${o.status} ≠ ${status}`);
      if (o.errors !== report.counts.error)
        problems.push(`${o.orgId}: errors ${o.errors} ≠ ${report.counts.error}`);
      if (o.completion.done !== report.completion.done) {
        problems.push(`${o.orgId}: done ${o.completion.done} ≠ ${report.completion.done}`);
      }
    }

    // the raw grid of each school's last version comes back exactly as sent (stored in R2)
    await pool(
      [...latestGrid].map(([orgId, l]) => async () => {
        const r = await request(client, admin, "GET", `/api/v1/submissions/${l.submissionId}/grid`);
        expectOk(`grid ${orgId}`, r, 200);
        if (JSON.stringify((JSON.parse(r.text) as { grid: unknown }).grid) !== JSON.stringify(l.grid))
          problems.push(`${orgId}: the stored grid differs from the sheet sent`);
      }),
      CONCURRENCY,
    );

    const latencies = sent.map((s) => s.ms).sort((a, b) => a - b);
    const result = {
      schools: SCHOOLS,
      requests: sent.length,
      replays,
      secondVersions: sent.filter((s) => (s.receipt?.version ?? 0) > 1 && !s.duplicate).length,
      concurrency: CONCURRENCY,
      seconds: loadSeconds,
      throughput: sent.length / loadSeconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.at(-1) ?? 0,
      summaryMs,
      historySeconds,
      problems,
    };

    console.log("");
    console.log(
      `Submissions: ${result.requests} requests (${SCHOOLS} schools, ${replays} duplicate retries, ` +
        `${result.secondVersions} second versions), ${CONCURRENCY} in flight`,
    );
    console.log(`Throughput: ${result.throughput.toFixed(1)} submissions/s over ${loadSeconds.toFixed(1)} s`);
    console.log(
      `Latency: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`,
    );
    console.log(
      `Summary of ${SCHOOLS} schools: ${summaryMs.toFixed(1)} ms (one request over HTTP, median of 5)`,
    );
    console.log(
      problems.length === 0
        ? "Checks: every receipt stored exactly once, versions consecutive, summary agrees, raw grids exact."
        : `Checks FAILED:\n  ${problems.slice(0, 30).join("\n  ")}`,
    );

    if (!flag("--no-write") && !reuseUrl && SCHOOLS === 500) writeBlock(result);
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await worker?.stop();
    await google?.close();
  }
}

function writeBlock(r: {
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
}) {
  const block = [
    BEGIN,
    "## Load: 500 schools submitting (`npm run load`)",
    "",
    "Each school sends the school-roadmap template filled at random (10 % with a required item deleted, so",
    "drafts too), 20 requests in flight; 10 % of the submissions are sent twice with the same id (a client",
    "retry) and 10 % of the schools send a second version at the same time. Latency is per request as the",
    "client sees it, so at 20 in flight it is mostly waiting behind the other 19 in the one local workerd",
    "process (≈ 20 ÷ throughput); the production Worker spreads requests over isolates and D1 is remote.",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run load\`, Node ${process.version}, ` +
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}; \`wrangler dev\` (workerd, local D1 on disk) on loopback.`,
    "",
    "| what | value |",
    "|---|---:|",
    `| submission requests (500 schools + ${r.replays} duplicate retries + ${r.secondVersions} second versions) | ${r.requests} |`,
    `| in flight | ${r.concurrency} |`,
    `| wall time | ${r.seconds.toFixed(1)} s |`,
    `| throughput | ${r.throughput.toFixed(1)} submissions/s |`,
    `| latency p50 | ${r.p50.toFixed(1)} ms |`,
    `| latency p95 | ${r.p95.toFixed(1)} ms |`,
    `| latency max | ${r.max.toFixed(1)} ms |`,
    `| summary of 500 schools, one request (median of 5) | ${r.summaryMs.toFixed(1)} ms |`,
    "",
    r.problems.length === 0
      ? "No loss: every receipt stored exactly once, retries answered the original receipt, versions 1…n without gaps, the summary matches the shared engine's verdict on each school's last sheet, and each last sheet's raw grid comes back from R2 exactly as sent."
      : `Checks failed: ${r.problems.length} problems (first: ${r.problems[0]}).`,
    END,
  ].join("\n");
  let doc = readFileSync(DOC, "utf8");
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + END.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
  console.log(`Wrote the load block of ${DOC}`);
}

await main();
