import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import { SummaryQuerySchema, XLSX_CONTENT_TYPE } from "../../../shared/api/summary.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { queryOf } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { loadCampaign } from "../services/campaign-access.ts";
import { buildSummary } from "../services/summary.ts";
import { summaryCsv } from "../services/summary-csv.ts";
import { scopeSummary } from "../services/summary-scope.ts";
import { summaryXlsx } from "../services/summary-xlsx.ts";
import { summaryJsonWithFindings } from "../views/summary-json.ts";

// The department's one click: stored per-item states of every organisation's latest version
// (scoped to the caller's organisations for a department below the campaign's).
export const summaryRoutes = new Hono<AuthEnv>().get(
  honoPath(ROUTES.summary.path),
  queryOf(SummaryQuerySchema),
  async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const { format, include } = c.req.valid("query");
    // findings only where they are shown: the XLSX's «Замечания», or JSON with ?include=findings
    const findings =
      format === "xlsx" ? "rows" : format === "json" && include === "findings" ? "json" : false;
    const all = await db.summary.read(campaign.id, { findings });
    const rows = scopeSummary(c.get("principal"), campaign, all);
    // the names of the one-level groups are among the campaign's group organisations
    const groupNames = new Map((all.groupOrgs ?? []).map((o) => [o.id, o.name]));
    const template = getTemplate(campaign.template_id, campaign.template_version);
    const summary = buildSummary(campaign, template, rows, groupNames, nowIso());
    if (format === "xlsx") {
      return c.body(summaryXlsx(summary).buffer as ArrayBuffer, 200, {
        "content-type": XLSX_CONTENT_TYPE,
        "content-disposition": `attachment; filename="svodka-${campaign.id}.xlsx"`,
      });
    }
    if (format === "csv") {
      return c.body(summaryCsv(summary), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="svodka-${campaign.id}.csv"`,
      });
    }
    const { findings: _none, ...small } = summary;
    if (!findings) return c.json(small);
    return c.body(summaryJsonWithFindings(small, rows.findingsJson ?? []), 200, {
      "content-type": "application/json",
    });
  },
);
