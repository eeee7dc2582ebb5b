// After the load: nothing lost, nothing doubled, nothing half-written, and the summary agreeing with
// what the shared engine says about each school's last sheet.
import { validate } from "../../shared/validate/index.ts";
import { type Answer, type Cell, type Client, expectOk, pool, request } from "./client.ts";
import { PERIOD, REPORT_DATE, TEMPLATE } from "./sheets.ts";

export interface School {
  id: string;
  email: string;
}

export interface Sent {
  orgId: string;
  email: string;
  submissionId: string;
  grid: Cell[][];
  duplicate: boolean;
  /** the last answer for this request (after a crash: the retry's); status 0 = never answered */
  answer: Answer;
  receipt: { version: number; receivedAt: string; submissionId: string } | null;
}

export interface World {
  client: Client;
  admin: string;
  campaignId: string;
  schools: School[];
  concurrency: number;
}

interface Stored {
  submissionId: string;
  version: number;
  status: string;
  counts: { error: number; warning: number; info: number };
}

export interface Verdict {
  problems: string[];
  replays: number;
  /** versions fetched in full (detail + grid) and found complete */
  checkedVersions: number;
  summaryMs: number;
  historySeconds: number;
}

export async function verify(w: World, sent: readonly Sent[], full: boolean): Promise<Verdict> {
  const { client, admin, campaignId } = w;
  const problems: string[] = [];
  const failed = sent.filter((s) => s.answer.status !== 200 && s.answer.status !== 201);
  for (const f of failed.slice(0, 10))
    problems.push(`${f.orgId} ${f.submissionId}: HTTP ${f.answer.status} ${f.answer.text.slice(0, 200)}`);
  if (failed.length > 10) problems.push(`… and ${failed.length - 10} more failed requests`);

  // retries with the same id: one creation, one receipt
  const byId = new Map<string, Sent[]>();
  for (const s of sent) byId.set(s.submissionId, [...(byId.get(s.submissionId) ?? []), s]);
  let replays = 0;
  for (const [id, copies] of byId) {
    const versions = new Set(copies.map((c) => c.receipt?.version));
    const times = new Set(copies.map((c) => c.receipt?.receivedAt));
    if (versions.size !== 1 || times.size !== 1) problems.push(`${id}: replays answered different receipts`);
    replays += copies.length - 1;
  }

  // every school's history: exactly what was sent, once each, versions 1…n
  const historyStarted = performance.now();
  const histories = await pool(
    w.schools.map((s) => async () => {
      const r = await request(
        client,
        admin,
        "GET",
        `/api/v1/campaigns/${campaignId}/orgs/${s.id}/submissions`,
      );
      expectOk(`history ${s.id}`, r, 200);
      return { orgId: s.id, versions: (JSON.parse(r.text) as { versions: Stored[] }).versions };
    }),
    w.concurrency,
  );
  const historySeconds = (performance.now() - historyStarted) / 1000;
  const gridOf = new Map(sent.map((s) => [s.submissionId, s.grid]));
  const latest = new Map<string, { version: number; grid: Cell[][]; submissionId: string }>();
  const stored: Stored[] = [];
  for (const h of histories) {
    if (!h) continue;
    const expected = new Set(sent.filter((s) => s.orgId === h.orgId).map((s) => s.submissionId));
    const ids = h.versions.map((v) => v.submissionId);
    if (ids.length !== new Set(ids).size) problems.push(`${h.orgId}: a submission is stored twice`);
    if (ids.length !== expected.size || !ids.every((id) => expected.has(id)))
      problems.push(`${h.orgId}: stored ${ids.length} submissions, sent ${expected.size} distinct`);
    const numbers = h.versions.map((v) => v.version).sort((a, b) => a - b);
    if (numbers.some((v, i) => v !== i + 1))
      problems.push(`${h.orgId}: versions ${numbers.join(",")} have a gap`);
    // what the summary counts: the latest submitted version, or the latest draft if none was submitted
    const byVersion = [...h.versions].sort((a, b) => a.version - b.version);
    const last = byVersion.filter((v) => v.status !== "draft").at(-1) ?? byVersion.at(-1);
    const grid = last && gridOf.get(last.submissionId);
    if (last && grid) latest.set(h.orgId, { version: last.version, grid, submissionId: last.submissionId });
    stored.push(...h.versions);
  }

  // every receipt handed out is what is stored: the same submission, the same version
  const storedVersion = new Map(stored.map((v) => [v.submissionId, v.version]));
  for (const s of sent) {
    if (s.receipt && storedVersion.get(s.submissionId) !== s.receipt.version)
      problems.push(
        `${s.submissionId}: receipt says version ${s.receipt.version}, stored ${storedVersion.get(s.submissionId) ?? "nothing"}`,
      );
  }

  // the raw grid of each school's last version comes back exactly as sent (stored in R2)
  if (!full) {
    await pool(
      [...latest].map(([orgId, l]) => async () => {
        const r = await request(client, admin, "GET", `/api/v1/submissions/${l.submissionId}/grid`);
        expectOk(`grid ${orgId}`, r, 200);
        if (JSON.stringify((JSON.parse(r.text) as { grid: unknown }).grid) !== JSON.stringify(l.grid))
          problems.push(`${orgId}: the stored grid differs from the sheet sent`);
      }),
      w.concurrency,
    );
  }

  // no partial version: every stored version has its grid exactly as sent and all its findings
  let checkedVersions = 0;
  if (full) {
    await pool(
      stored.map((v) => async () => {
        const detail = await request(client, admin, "GET", `/api/v1/submissions/${v.submissionId}`);
        const raw = await request(client, admin, "GET", `/api/v1/submissions/${v.submissionId}/grid`);
        if (detail.status !== 200 || raw.status !== 200) {
          problems.push(`${v.submissionId}: detail HTTP ${detail.status}, grid HTTP ${raw.status}`);
          return;
        }
        const sentGrid = gridOf.get(v.submissionId)!;
        if (JSON.stringify((JSON.parse(raw.text) as { grid: unknown }).grid) !== JSON.stringify(sentGrid))
          problems.push(`${v.submissionId}: the stored grid differs from the one sent`);
        const findings = (JSON.parse(detail.text) as { findings: { severity: string }[] }).findings;
        const expected = validate(sentGrid, TEMPLATE, { asOf: REPORT_DATE, period: PERIOD });
        const bySeverity = (s: string) => findings.filter((f) => f.severity === s).length;
        if (
          findings.length !== expected.findings.length ||
          bySeverity("error") !== v.counts.error ||
          bySeverity("warning") !== v.counts.warning
        )
          problems.push(
            `${v.submissionId}: ${findings.length} findings stored, ${expected.findings.length} expected`,
          );
        checkedVersions++;
      }),
      w.concurrency,
    );
  }

  // the department's click, five times: the median is less at the mercy of a busy machine
  const times: number[] = [];
  let summaryRes: Answer = { status: 0, text: "", ms: 0 };
  for (let i = 0; i < 5; i++) {
    summaryRes = await request(client, admin, "GET", `/api/v1/campaigns/${campaignId}/summary`);
    times.push(summaryRes.ms);
  }
  expectOk("summary", summaryRes, 200);
  const summary = JSON.parse(summaryRes.text) as {
    counts: { total: number; notSubmitted: number };
    orgs: {
      orgId: string;
      status: string;
      version: number | null;
      errors: number;
      completion: { done: number };
    }[];
  };
  if (summary.counts.total !== w.schools.length)
    problems.push(`summary total ${summary.counts.total} ≠ ${w.schools.length}`);
  if (summary.counts.notSubmitted !== 0)
    problems.push(`summary: ${summary.counts.notSubmitted} not submitted`);
  for (const o of summary.orgs) {
    const last = latest.get(o.orgId);
    if (!last) {
      problems.push(`${o.orgId}: in the summary but nothing stored`);
      continue;
    }
    const report = validate(last.grid, TEMPLATE, { asOf: REPORT_DATE, period: PERIOD });
    const status = report.counts.error > 0 ? "draft" : "submitted";
    if (o.version !== last.version)
      problems.push(`${o.orgId}: summary version ${o.version} ≠ ${last.version}`);
    if (o.status !== status) problems.push(`${o.orgId}: summary status ${o.status} ≠ ${status}`);
    if (o.errors !== report.counts.error)
      problems.push(`${o.orgId}: errors ${o.errors} ≠ ${report.counts.error}`);
    if (o.completion.done !== report.completion.done)
      problems.push(`${o.orgId}: done ${o.completion.done} ≠ ${report.completion.done}`);
  }
  const sorted = times.sort((a, b) => a - b);
  return { problems, replays, checkedVersions, summaryMs: sorted[2] ?? 0, historySeconds };
}
