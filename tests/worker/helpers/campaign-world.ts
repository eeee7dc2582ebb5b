import { beforeAll } from "vitest";
import { openCampaign } from "./campaign.ts";
import { seedWorld, type World } from "./world.ts";

export interface CampaignWorld {
  world: World;
  /** department X's open campaign over its schools */
  campaignId: string;
  /** POST here to submit to that campaign */
  submitPath: string;
}

/** The seeded world and one open campaign of department X, made once for the calling test file
 *  (its fields are filled in by a beforeAll, so read them inside tests, not at the top level). */
export function campaignWorld(): CampaignWorld {
  const ctx = {} as CampaignWorld;
  beforeAll(async () => {
    ctx.world = await seedWorld();
    ctx.campaignId = (await openCampaign(ctx.world.tokens.deptX, "mx")).id;
    ctx.submitPath = `/api/v1/campaigns/${ctx.campaignId}/submissions`;
  });
  return ctx;
}
