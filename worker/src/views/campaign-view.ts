import type { Campaign } from "../../../shared/api/campaigns.ts";
import type { CampaignRow } from "../db/rows.ts";

export function campaignView(row: CampaignRow): Omit<Campaign, "participants"> {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    templateId: row.template_id,
    templateVersion: row.template_version,
    period: { start: row.period_start, end: row.period_end },
    reportDate: row.report_date,
    dueDate: row.due_date,
    status: row.status,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    timeZone: row.time_zone,
  };
}
