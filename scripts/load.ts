// `npm run load`: 500 schools submit to a local worker, 20 requests in flight, with duplicate retries
// (same submission id, same payload) for 10 % of them and a concurrent second version for another
// 10 %. Then it checks that nothing was lost or doubled — every receipt stored exactly once, versions
// 1…n with no gaps, the summary agreeing with what the shared engine says about what was sent — and
// writes throughput and latency into docs/PERFORMANCE.md (the bench:load block).
//
//   npm run load                       a private `wrangler dev` with a fresh local D1 and R2
//   npm run load -- --crash            the same, killing workerd (SIGKILL) mid-burst and restarting it:
//                                      no acknowledged submission lost, no partial version (bench:crash)
//   npm run load -- --url http://127.0.0.1:8787 --dev-user admin@… --parent <orgId>
//                                      reuse a running worker started with DEV_AUTH=1 (`npm start`)
//   npm run load -- --schools 100 --no-write
import { parseArgs } from "node:util";
import { type Cell, type Client, expectOk, percentile, pool, request } from "./load/client.ts";
import { type LoadWorker, startLoadWorker } from "./load/local-worker.ts";
import { printCrash, printLoad, writeCrashBlock, writeLoadBlock } from "./load/report.ts";
import { PERIOD, REPORT_DATE, rng, schoolGrid, TEMPLATE } from "./load/sheets.ts";
import { type Sent, verify, type World } from "./load/verify.ts";

const { values: opt } = parseArgs({
  options: {
    schools: { type: "string", default: "500" },
    concurrency: { type: "string", default: "20" },
    crash: { type: "boolean", default: false },
    url: { type: "string", default: "" },
    "dev-user": { type: "string", default: "" },
    parent: { type: "string", default: "" },
    "no-write": { type: "boolean", default: false },
  },
});
const SCHOOLS = Number(opt.schools);
const CONCURRENCY = Number(opt.concurrency);
const DUPLICATE_SHARE = 0.1;
const SECOND_VERSION_SHARE = 0.1;
/** in --crash, workerd is killed once this share of the submissions is acknowledged */
const CRASH_AFTER = 0.4;

type Planned = Omit<Sent, "answer" | "receipt">;

/** A municipality, its schools and their methodists, one campaign — all through the API. */
async function setup(client: Client, admin: string, parent: string): Promise<World> {
  const run = Date.now().toString(36);
  const muni = `load-${run}`;
  const body = { parentId: parent, id: muni, name: `Муниципалитет ${run}`, kind: "municipality" };
  expectOk("create municipality", await request(client, admin, "POST", "/api/v1/orgs", body), 201);
  const schools = Array.from({ length: SCHOOLS }, (_, i) => ({
    id: `${muni}-s${i}`,
    email: `metodist${i}-${run}@load.test`,
  }));
  const started = performance.now();
  await pool(
    schools.map((s, i) => async () => {
      const org = { parentId: muni, id: s.id, name: `Школа № ${i + 1}`, kind: "school" };
      expectOk(`create ${s.id}`, await request(client, admin, "POST", "/api/v1/orgs", org), 201);
      const member = { email: s.email, role: "school" };
      expectOk(
        `member ${s.id}`,
        await request(client, admin, "POST", `/api/v1/orgs/${s.id}/members`, member),
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
  console.log(
    `Set up ${SCHOOLS} schools and their members in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const campaignId = (JSON.parse(opened.text) as { id: string }).id;
  return { client, admin, campaignId, schools, concurrency: CONCURRENCY };
}

/** Every school once, 10 % retried with the same id, 10 % with a second version, shuffled. */
function plan(w: World): Planned[] {
  const random = rng(42);
  const out: Planned[] = [];
  for (const [i, s] of w.schools.entries()) {
    const first = { orgId: s.id, email: s.email, submissionId: crypto.randomUUID(), grid: schoolGrid(i) };
    out.push({ ...first, duplicate: false });
    if (random() < DUPLICATE_SHARE) out.push({ ...first, duplicate: true });
    if (random() < SECOND_VERSION_SHARE) {
      const grid: Cell[][] = schoolGrid(i + 100_000);
      out.push({ orgId: s.id, email: s.email, submissionId: crypto.randomUUID(), grid, duplicate: false });
    }
  }
  // shuffled, so retries and second versions race their originals instead of trailing them
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function send(w: World, p: Planned): Promise<Sent> {
  const answer = await request(w.client, p.email, "POST", `/api/v1/campaigns/${w.campaignId}/submissions`, {
    submissionId: p.submissionId,
    orgId: p.orgId,
    grid: p.grid,
    sheetName: "Дорожная карта",
  });
  const receipt = answer.status === 200 || answer.status === 201 ? JSON.parse(answer.text) : null;
  return { ...p, answer, receipt };
}

/** The burst; with `crashAt`, workerd is killed once that many are acknowledged and nothing more is sent. */
async function burst(w: World, planned: Planned[], crashAt?: { acknowledged: number; kill: () => void }) {
  let acknowledged = 0;
  let killed = false;
  const started = performance.now();
  const sent = await pool(
    planned.map((p) => async () => {
      const s = await send(w, p);
      if (s.receipt && ++acknowledged === crashAt?.acknowledged) {
        killed = true;
        crashAt.kill();
      }
      return s;
    }),
    CONCURRENCY,
    () => killed,
  );
  return { sent, seconds: (performance.now() - started) / 1000 };
}

async function runLoad(w: World): Promise<boolean> {
  const { sent, seconds } = await burst(w, plan(w));
  const all = sent as Sent[];
  const verdict = await verify(w, all, false);
  const latencies = all.map((s) => s.answer.ms).sort((a, b) => a - b);
  const result = {
    schools: SCHOOLS,
    requests: all.length,
    replays: verdict.replays,
    secondVersions: all.filter((s) => (s.receipt?.version ?? 0) > 1 && !s.duplicate).length,
    concurrency: CONCURRENCY,
    seconds,
    throughput: all.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? 0,
    summaryMs: verdict.summaryMs,
    problems: verdict.problems,
  };
  printLoad(result);
  if (!opt["no-write"] && !opt.url && SCHOOLS === 500) writeLoadBlock(result);
  return verdict.problems.length === 0;
}

async function runCrash(w: World, worker: LoadWorker): Promise<boolean> {
  const planned = plan(w);
  let killing: Promise<void> = Promise.resolve();
  const { sent } = await burst(w, planned, {
    acknowledged: Math.ceil(planned.length * CRASH_AFTER),
    kill: () => {
      killing = worker.kill();
    },
  });
  await killing;
  const answered = sent.filter((s): s is Sent => s !== undefined);
  const acknowledged = answered.filter((s) => s.receipt).length;
  const unanswered = answered.filter((s) => !s.receipt);
  const notSent = planned.filter((_, i) => sent[i] === undefined);
  const restartStarted = performance.now();
  await worker.restart();
  const restartSeconds = (performance.now() - restartStarted) / 1000;
  console.log(
    `Killed workerd after ${acknowledged} acknowledged, ${unanswered.length} in flight; restarted in ${restartSeconds.toFixed(1)} s`,
  );

  // What the add-on does: send again, with the same id, whatever got no answer; then the rest.
  const retried = (await pool(
    unanswered.map((s) => () => send(w, s)),
    CONCURRENCY,
  )) as Sent[];
  const rest = (await pool(
    notSent.map((p) => () => send(w, p)),
    CONCURRENCY,
  )) as Sent[];
  // the receipts given before the kill stay in the list: verify checks each against what is stored
  const final = [...answered.filter((s) => s.receipt), ...retried, ...rest];
  const verdict = await verify(w, final, true);
  const result = {
    schools: SCHOOLS,
    requests: planned.length,
    acknowledged,
    inFlight: unanswered.length,
    notSent: notSent.length,
    inFlightStored: retried.filter((s) => s.answer.status === 200 && !s.duplicate).length,
    restartSeconds,
    checkedVersions: verdict.checkedVersions,
    problems: verdict.problems,
  };
  printCrash(result);
  if (!opt["no-write"]) writeCrashBlock(result);
  return verdict.problems.length === 0;
}

async function main() {
  let worker: LoadWorker | null = null;
  let client: Client;
  let admin: string;
  let parent: string;
  if (opt.url) {
    if (opt.crash) throw new Error("--crash kills the worker: it needs the private one, not --url");
    admin = opt["dev-user"];
    parent = opt.parent;
    if (!admin || !parent)
      throw new Error("--url needs --dev-user <email> and --parent <orgId> (DEV_AUTH=1 worker)");
    const url = opt.url.replace(/\/+$/, "");
    client = { url: () => url, headers: (email) => ({ "X-Svodka-Dev-User": email }) };
    console.log(`Reusing ${url} as ${admin}, under ${parent}`);
  } else {
    const started = Date.now();
    admin = "load-admin@load.test";
    parent = "load-root";
    const w = await startLoadWorker({ id: parent, name: "Нагрузочный регион", adminEmail: admin });
    worker = w;
    client = { url: w.url, headers: (email) => ({ "X-Svodka-Dev-User": email }) };
    console.log(`Started wrangler dev at ${w.url()} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  try {
    const world = await setup(client, admin, parent);
    const ok = opt.crash ? await runCrash(world, worker!) : await runLoad(world);
    if (!ok) process.exitCode = 1;
  } finally {
    await worker?.stop();
  }
}

await main();
