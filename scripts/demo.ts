// Builds the idempotent demo as SQL (INSERT OR IGNORE with fixed ids) and loads it into the local D1.
// Submissions go through the same engine and row builders as POST /submissions.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_TIME_ZONE } from "../shared/local-time.ts";
import { getTemplate } from "../shared/templates/registry.ts";
import { validate } from "../shared/validate/index.ts";
import { makeDigest } from "../worker/src/services/digest.ts";
import { findingRows, itemRows } from "../worker/src/services/item-rows.ts";
import { payloadHash } from "../worker/src/services/payload-hash.ts";
import { dueDateEnds, submissionStatus } from "../worker/src/services/submission-status.ts";
import { DEMO, demoGrid, receivedAt, SCHOOLS, submissionId } from "./demo-data.ts";
import { DB_NAME, ROOT, sql, wrangler } from "./wrangler.ts";

const NOW = "2024-01-09T00:00:00.000Z";
const values = (...xs: (string | number | null)[]) => `(${xs.map(sql).join(", ")})`;

export async function demoSql(): Promise<string> {
  const c = DEMO.campaign;
  const template = getTemplate(c.templateId, c.templateVersion)!;
  const out: string[] = [];
  const org = (id: string, parent: string | null, name: string, kind: string, path: string) =>
    out.push(
      `INSERT OR IGNORE INTO orgs (id, parent_id, name, kind, path, created_at) VALUES ${values(id, parent, name, kind, path, NOW)};`,
    );
  const member = (orgId: string, email: string, role: string) =>
    out.push(
      `INSERT OR IGNORE INTO members (org_id, email, role, created_at) VALUES ${values(orgId, email, role, NOW)};`,
    );

  const regionPath = `/${DEMO.region.id}/`;
  const muniPath = `${regionPath}${DEMO.municipality.id}/`;
  org(DEMO.region.id, null, DEMO.region.name, "region", regionPath);
  org(DEMO.municipality.id, DEMO.region.id, DEMO.municipality.name, "municipality", muniPath);
  member(DEMO.region.id, DEMO.users.region, "department");
  member(DEMO.region.id, DEMO.users.admin, "admin");
  member(DEMO.municipality.id, DEMO.users.department, "department");
  for (const s of SCHOOLS) {
    org(s.id, DEMO.municipality.id, s.name, "school", `${muniPath}${s.id}/`);
    member(s.id, s.email, "school");
  }
  out.push(
    `INSERT OR IGNORE INTO campaigns (id, org_id, name, template_id, template_version, period_start, period_end, report_date, due_date, created_by, created_at) VALUES ${values(c.id, DEMO.municipality.id, c.name, c.templateId, c.templateVersion, c.period.start, c.period.end, c.reportDate, c.dueDate, DEMO.users.department, NOW)};`,
  );
  for (const s of SCHOOLS)
    out.push(`INSERT OR IGNORE INTO campaign_orgs (campaign_id, org_id) VALUES ${values(c.id, s.id)};`);

  const dueEnds = dueDateEnds({ due_date: c.dueDate, time_zone: DEFAULT_TIME_ZONE });
  for (const school of SCHOOLS) {
    if (school.scenario === "none") continue;
    const versions = school.scenario === "fixed-after-draft" ? [true, false] : [false];
    for (const [i, draft] of versions.entries()) {
      const version = i + 1;
      const id = submissionId(school, version);
      const grid = demoGrid(school, draft);
      const gridJson = JSON.stringify(grid);
      const report = validate(grid, template, { asOf: c.reportDate, period: c.period });
      const items = itemRows(report, template, Number(c.reportDate.slice(0, 4)));
      const at = receivedAt(school, version);
      // the demo campaign keeps the default zone (the INSERT above names none)
      const status = submissionStatus(report.counts.error, at, dueEnds);
      out.push(
        `INSERT OR IGNORE INTO submissions (id, campaign_id, org_id, version, payload_hash, status, sheet_name, submitted_by, received_at, errors, warnings, infos, required, present, done, grid_chunks, digest) VALUES ${values(
          id,
          c.id,
          school.id,
          version,
          await payloadHash(c.id, school.id, "Дорожная карта", gridJson),
          status,
          "Дорожная карта",
          school.email,
          at,
          report.counts.error,
          report.counts.warning,
          report.counts.info,
          report.completion.required,
          report.completion.present,
          report.completion.done,
          1,
          makeDigest(items, template),
        )};`,
      );
      // SQL cannot write to R2: the grid goes in as one legacy D1 chunk, and `npm start` runs the
      // scheduled job once, which moves it to the local R2 (as migration 0006's mover does in production).
      // A version whose grid was moved already (grid_chunks = 0) gets no chunk again.
      out.push(
        `INSERT OR IGNORE INTO submission_grids (submission_id, seq, data) SELECT ${sql(id)}, 0, ${sql(gridJson)} WHERE (SELECT grid_chunks FROM submissions WHERE id = ${sql(id)}) = 1;`,
      );
      items.forEach((r, seq) => {
        out.push(
          `INSERT OR IGNORE INTO submission_items (submission_id, seq, row, code, template_code, activity, state, status, deadline_kind, deadline_start, deadline_end, actual, actual_value, target_value, target_met) VALUES ${values(id, seq, r.row, r.code, r.template_code, r.activity, r.state, r.status, r.deadline_kind, r.deadline_start, r.deadline_end, r.actual, r.actual_value, r.target_value, r.target_met)};`,
        );
      });
      findingRows(report.findings, report.items).forEach((f, seq) => {
        out.push(
          `INSERT OR IGNORE INTO submission_findings (submission_id, seq, code, severity, row, col, message, params, item_code, activity) VALUES ${values(id, seq, f.code, f.severity, f.row, f.col, f.message, f.params, f.item_code, f.activity)};`,
        );
      });
    }
  }
  return `${out.join("\n")}\n`;
}

/** Write the SQL under .wrangler/ (ignored by git) and execute it against the local D1. */
export async function loadDemo(): Promise<void> {
  const dir = join(ROOT, ".wrangler");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "demo.sql");
  writeFileSync(file, await demoSql());
  wrangler(["d1", "execute", DB_NAME, "--local", "--file", file, "--yes"]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await loadDemo();
  console.log("Demo loaded into the local D1.");
}
