import { canAccess, canManage } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import type { Repos } from "../db/index.ts";
import type { CampaignRow } from "../db/rows.ts";
import { ApiError } from "../http/api-error.ts";
import { loadOrg } from "./org-access.ts";

export async function loadCampaign(db: Repos, campaignId: string): Promise<CampaignRow> {
  const campaign = await db.campaigns.get(campaignId);
  if (!campaign) throw new ApiError("campaign-not-found", { campaignId });
  return campaign;
}

export function managesCampaign(p: Principal, campaign: CampaignRow): boolean {
  return canManage(p, { id: campaign.org_id, path: campaign.org_path });
}

/** Managers, and members of any participant, may read a campaign; returns its participant ids. */
export async function requireCampaignReader(
  db: Repos,
  p: Principal,
  campaign: CampaignRow,
): Promise<string[]> {
  const participants = await db.campaigns.participants(campaign.id);
  if (managesCampaign(p, campaign)) return participants;
  const orgs = await db.orgs.many(participants);
  if (!orgs.some((o) => canAccess(p, o))) throw new ApiError("forbidden");
  return participants;
}

/**
 * The org a principal reports for, or reads the history of: it must participate, and the principal
 * must be a member of it (or manage it).
 */
export async function requireParticipantAccess(db: Repos, p: Principal, campaignId: string, orgId: string) {
  const org = await loadOrg(db, orgId, (o) => canAccess(p, o));
  if (!(await db.campaigns.isParticipant(campaignId, orgId)))
    throw new ApiError("not-participant", { orgId });
  return org;
}
