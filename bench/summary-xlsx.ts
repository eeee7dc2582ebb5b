// XLSX and CSV export CPU of the department's summary (issue 9): a Summary of 1,000 / 10,000 schools ×
// 40 items with review states and 6 findings per school, through the worker's own export functions,
// in Node (the same code runs in workerd). Prints a Markdown table and writes it into docs/PERFORMANCE.md
// between the bench:xlsx markers.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import type { Summary } from "../shared/api/summary.ts";
import { summaryCsv } from "../worker/src/services/summary-csv.ts";
import { summaryXlsx } from "../worker/src/services/summary-xlsx.ts";

function makeSummary(schools: number): Summary {
  const at = "2026-05-20T07:30:00.000Z";
  const orgs: Summary["orgs"] = Array.from({ length: schools }, (_, i) => ({
    orgId: `s${i}`,
    name: `МБОУ СОШ № ${i + 1}`,
    groupId: `m${i % 20}`,
    status: i % 10 === 0 ? "not-submitted" : "submitted",
    version: i % 10 === 0 ? null : 2,
    receivedAt: i % 10 === 0 ? null : at,
    errors: 0,
    warnings: 2,
    completion: { done: 30, required: 40 },
    missing: ["2.1"],
    overdue: ["1.1", "3.4"],
    targetsNotMet: [],
    newerDraft: i % 7 === 0 ? { version: 3, receivedAt: at } : null,
    review:
      i % 10 === 0
        ? null
        : {
            state: i % 3 === 0 ? "returned" : "accepted",
            version: 2,
            comment: i % 3 === 0 ? "Нет ссылок на приказы" : "",
            items: i % 3 === 0 ? [{ code: "1.1", comment: "приложите приказ" }] : [],
            reviewedBy: "uo@example.org",
            reviewedAt: at,
          },
  }));
  const findings: Summary["findings"] = orgs.flatMap((o) =>
    o.status === "not-submitted"
      ? []
      : Array.from({ length: 6 }, (_, k) => ({
          orgId: o.orgId,
          code: "overdue",
          severity: "warning" as const,
          itemCode: `${1 + (k % 4)}.${k + 1}`,
          activity: "Проведение мероприятия по наставничеству",
          row: 5 + k,
          column: "G",
          message: "Срок прошёл, а пункт не выполнен.",
        })),
  );
  return {
    campaign: {
      id: "c",
      orgId: "reg",
      name: "bench",
      templateId: "municipal-roadmap",
      templateVersion: 1,
      period: { start: "2025-09-01", end: "2026-08-31" },
      reportDate: "2026-05-31",
      dueDate: "2026-06-10",
      status: "open",
      createdAt: at,
      closedAt: null,
      timeZone: "Asia/Tomsk",
    },
    generatedAt: at,
    counts: { total: schools, notSubmitted: schools / 10, draft: 0, submitted: (schools * 9) / 10, late: 0 },
    orgs,
    items: [],
    groups: [],
    tree: [],
    findings,
    reviews: { pending: 0, accepted: 0, returned: 0 },
  };
}

async function median(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const lines = [
  "| schools | findings | XLSX median ms | XLSX bytes | CSV median ms |",
  "|---:|---:|---:|---:|---:|",
];
const xlsxAt = new Map<number, number>();
for (const n of [1_000, 10_000]) {
  const s = makeSummary(n);
  summaryXlsx(s); // warm-up
  const bytes = summaryXlsx(s).length;
  const xlsx = await median(() => summaryXlsx(s), n > 1_000 ? 3 : 9);
  const csv = await median(() => summaryCsv(s), 5);
  xlsxAt.set(n, xlsx);
  lines.push(
    `| ${n.toLocaleString("en")} | ${(s.findings ?? []).length.toLocaleString("en")} | ${xlsx.toFixed(1)} | ${bytes.toLocaleString("en")} | ${csv.toFixed(1)} |`,
  );
}
// the target: the XLSX of 1,000 schools in under 300 ms of CPU
const ok = xlsxAt.get(1_000)! < 300;
lines.push(
  "",
  `Target: XLSX of 1,000 schools < 300 ms CPU: ${xlsxAt.get(1_000)!.toFixed(1)} ms → ${ok ? "PASS" : "FAIL"}`,
);
// The load average goes with the numbers: on a shared 2-core box they scale with it.
lines.unshift(
  `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end.`,
  "",
);
console.log(lines.join("\n"));
if (!ok) process.exitCode = 1;

const file = "docs/PERFORMANCE.md";
const begin = "<!-- bench:xlsx:begin -->";
const end = "<!-- bench:xlsx:end -->";
const doc = readFileSync(file, "utf8");
if (doc.includes(begin) && doc.includes(end)) {
  const a = doc.indexOf(begin) + begin.length;
  writeFileSync(file, `${doc.slice(0, a)}\n${lines.join("\n")}\n${doc.slice(doc.indexOf(end))}`);
}
