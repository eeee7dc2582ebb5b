import { managedPaths } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import type { CampaignRow } from "../db/rows.ts";
import type { SummaryRows } from "../db/summary-repo.ts";
import { ApiError } from "../http/api-error.ts";
import { managesCampaign } from "./campaign-access.ts";

/**
 * Who sees which part of a summary: the campaign's managers see every participant; a department
 * below them (a municipality in a region's campaign) sees only the organisations under it; anyone
 * else is refused.
 */
export function scopeSummary(p: Principal, campaign: CampaignRow, rows: SummaryRows): SummaryRows {
  if (managesCampaign(p, campaign)) return rows;
  const paths = managedPaths(p);
  const participants = rows.participants.filter((o) => paths.some((path) => o.path.startsWith(path)));
  if (participants.length === 0) throw new ApiError("forbidden");
  const ids = new Set(participants.map((o) => o.id));
  return {
    participants,
    latest: rows.latest.filter((l) => ids.has(l.org_id)),
    findings: rows.findings.filter((f) => ids.has(f.org_id)),
    findingsJson: rows.findingsJson?.filter((f) => ids.has(f.org_id)),
    groupOrgs: rows.groupOrgs ?? [],
  };
}
