import { Hono } from "hono";
import { CreateReviewSchema, reviewStateOf } from "../../../shared/api/reviews.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { canManage } from "../auth/permissions.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { loadCampaign, requireParticipantAccess } from "../services/campaign-access.ts";
import { reviewView } from "../views/review-view.ts";

// The department reviews a school's latest submitted version (issue 9); the school reads the result.
export const reviewRoutes = new Hono<AuthEnv>()
  .post(honoPath(ROUTES.createReview.path), jsonBody(CreateReviewSchema), async (c) => {
    const db = repos(c.env);
    const p = c.get("principal");
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const org = await requireParticipantAccess(db, p, campaign.id, c.req.param("orgId"));
    // a department over the school (the campaign's own, or a municipality inside a region's campaign)
    if (!canManage(p, org)) throw new ApiError("forbidden");
    const body = c.req.valid("json");
    const row = await db.reviews.insert({
      id: crypto.randomUUID(),
      campaign_id: campaign.id,
      org_id: org.id,
      version: body.version,
      state: body.state,
      comment: body.comment,
      item_comments: JSON.stringify(body.items),
      reviewed_by: p.email,
      reviewed_at: nowIso(),
    });
    if (!row) {
      const latest = await db.reviews.counted(campaign.id, org.id);
      throw new ApiError("review-not-latest", { latest: latest === null ? "—" : `версия ${latest}` });
    }
    return c.json(reviewView(row), 201);
  })
  .get(honoPath(ROUTES.listReviews.path), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const org = await requireParticipantAccess(db, c.get("principal"), campaign.id, c.req.param("orgId"));
    const [rows, counted] = await Promise.all([
      db.reviews.list(campaign.id, org.id),
      db.reviews.counted(campaign.id, org.id),
    ]);
    const last = rows[rows.length - 1] ?? null;
    return c.json({
      campaignId: campaign.id,
      orgId: org.id,
      state: reviewStateOf(counted, false, last),
      countedVersion: counted,
      reviews: rows.map(reviewView),
    });
  });
