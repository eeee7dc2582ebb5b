import type { ChangeParticipants, UpdateCampaign } from "../../../shared/api/campaign-changes.ts";
import type { Principal } from "../auth/principal.ts";
import { nowIso } from "../clock.ts";
import type { Repos } from "../db/index.ts";
import type { CampaignRow } from "../db/rows.ts";
import { ApiError } from "../http/api-error.ts";
import { managesCampaign } from "./campaign-access.ts";

type Campaign = CampaignRow;

/** Only the campaign's managers change it (a municipality inside a region's campaign does not). */
export function requireCampaignManager(p: Principal, campaign: Campaign): void {
  if (!managesCampaign(p, campaign)) throw new ApiError("forbidden");
}

/** Rename, move dates, change the time zone; a field given with its current value is no change and records nothing. */
export async function updateCampaign(db: Repos, p: Principal, campaign: Campaign, body: UpdateCampaign) {
  requireCampaignManager(p, campaign);
  const reason = body.reason ?? null;
  const changes: {
    kind: "renamed" | "due-date" | "report-date" | "time-zone";
    from: string;
    to: string;
    reason: string | null;
  }[] = [];
  if (body.name !== undefined && body.name !== campaign.name)
    changes.push({ kind: "renamed", from: campaign.name, to: body.name, reason });
  if (body.dueDate !== undefined && body.dueDate !== campaign.due_date)
    changes.push({ kind: "due-date", from: campaign.due_date, to: body.dueDate, reason });
  if (body.reportDate !== undefined && body.reportDate !== campaign.report_date)
    changes.push({ kind: "report-date", from: campaign.report_date, to: body.reportDate, reason });
  if (body.timeZone !== undefined && body.timeZone !== campaign.time_zone)
    changes.push({ kind: "time-zone", from: campaign.time_zone, to: body.timeZone, reason });
  await db.campaignChanges.update(campaign.id, p.email, nowIso(), changes);
}

/**
 * Add organisations under the campaign's org (a school that joins late) and remove participants
 * (their submissions are kept). Adding a participant twice, or removing an absent one, is no change.
 */
export async function changeParticipants(
  db: Repos,
  p: Principal,
  campaign: Campaign,
  body: ChangeParticipants,
): Promise<void> {
  requireCampaignManager(p, campaign);
  const current = new Set(await db.campaigns.participants(campaign.id));
  const wanted = [...new Set(body.add)];
  if (wanted.length > 0) {
    const found = await db.orgs.many(wanted);
    const inside = new Set(found.filter((o) => o.path.startsWith(campaign.org_path)).map((o) => o.id));
    const outside = wanted.filter((id) => !inside.has(id));
    if (outside.length > 0)
      throw new ApiError("bad-participants", { orgIds: outside.slice(0, 10).join(", ") });
  }
  const add = wanted.filter((id) => !current.has(id));
  const remove = [...new Set(body.remove)].filter((id) => current.has(id));
  if (current.size + add.length - remove.length <= 0)
    throw new ApiError("last-participant", { campaignId: campaign.id });
  await db.campaignChanges.participants(campaign.id, p.email, nowIso(), add, remove, body.reason ?? null);
}
