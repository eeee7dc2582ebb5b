import type { CampaignEvent } from "../../../shared/api/campaign-changes.ts";
import type { CampaignEventRow } from "../db/campaign-changes-repo.ts";

export const campaignEventView = (r: CampaignEventRow): CampaignEvent => ({
  seq: r.seq,
  at: r.at,
  by: r.by_email,
  kind: r.kind,
  from: r.from_value,
  to: r.to_value,
  orgIds: JSON.parse(r.org_ids) as string[],
  reason: r.reason,
});
