import type { Repos } from "../db/index.ts";
import type { OrgRow } from "../db/rows.ts";
import { ApiError } from "../http/api-error.ts";

/**
 * The organisation a request names, after the caller's permission check: 404 when there is none,
 * 403 when `may` refuses. Every org route starts this way (as campaign routes start with loadCampaign).
 */
export async function loadOrg(db: Repos, orgId: string, may: (org: OrgRow) => boolean): Promise<OrgRow> {
  const org = await db.orgs.get(orgId);
  if (!org) throw new ApiError("org-not-found", { orgId });
  if (!may(org)) throw new ApiError("forbidden");
  return org;
}
