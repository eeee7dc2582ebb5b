import type { Env } from "../env.ts";
import { GridBucket } from "../storage/grid-bucket.ts";
import { CampaignChangesRepo } from "./campaign-changes-repo.ts";
import { CampaignsRepo } from "./campaigns-repo.ts";
import { InvitationsRepo } from "./invitations-repo.ts";
import { OrgsRepo } from "./orgs-repo.ts";
import { ReviewsRepo } from "./reviews-repo.ts";
import { SubmissionsRepo } from "./submissions-repo.ts";
import { SummaryRepo } from "./summary-repo.ts";
import { TokensRepo } from "./tokens-repo.ts";

/**
 * The repositories over this request's D1 binding; the only door from routes to the database. Which
 * database env.DB is (the default or a region's) was chosen once, by db/region.ts `regionEnv`.
 */
export function repos(env: Pick<Env, "DB" | "GRIDS">) {
  return {
    orgs: new OrgsRepo(env.DB),
    tokens: new TokensRepo(env.DB),
    campaigns: new CampaignsRepo(env.DB),
    submissions: new SubmissionsRepo(env.DB),
    summary: new SummaryRepo(env.DB),
    invitations: new InvitationsRepo(env.DB),
    campaignChanges: new CampaignChangesRepo(env.DB),
    reviews: new ReviewsRepo(env.DB),
    grids: new GridBucket(env.GRIDS),
  };
}
export type Repos = ReturnType<typeof repos>;
