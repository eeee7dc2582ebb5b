import { Hono } from "hono";
import {
  ChangeParticipantsSchema,
  ReopenCampaignSchema,
  UpdateCampaignSchema,
} from "../../../shared/api/campaign-changes.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { jsonBody } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { loadCampaign, requireCampaignReader } from "../services/campaign-access.ts";
import { changeParticipants, requireCampaignManager, updateCampaign } from "../services/campaign-changes.ts";
import { campaignEventView } from "../views/campaign-event-view.ts";
import { campaignView } from "../views/campaign-view.ts";

// A running campaign changes (issue 9): rename, dates, participants, reopen; and its history.
// Closing stays in routes/campaigns.ts and records its event the same way.
export const campaignChangeRoutes = new Hono<AuthEnv>()
  .patch(honoPath(ROUTES.updateCampaign.path), jsonBody(UpdateCampaignSchema), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    await updateCampaign(db, c.get("principal"), campaign, c.req.valid("json"));
    const row = (await db.campaigns.get(campaign.id))!;
    return c.json({ ...campaignView(row), participants: await db.campaigns.participants(campaign.id) });
  })
  .post(honoPath(ROUTES.changeParticipants.path), jsonBody(ChangeParticipantsSchema), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    await changeParticipants(db, c.get("principal"), campaign, c.req.valid("json"));
    return c.json({ ...campaignView(campaign), participants: await db.campaigns.participants(campaign.id) });
  })
  .post(honoPath(ROUTES.reopenCampaign.path), jsonBody(ReopenCampaignSchema), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const p = c.get("principal");
    requireCampaignManager(p, campaign);
    await db.campaignChanges.setStatus(campaign.id, p.email, nowIso(), "open", c.req.valid("json").reason);
    const row = (await db.campaigns.get(campaign.id))!;
    return c.json({ ...campaignView(row), participants: await db.campaigns.participants(campaign.id) });
  })
  .get(honoPath(ROUTES.campaignChanges.path), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    await requireCampaignReader(db, c.get("principal"), campaign);
    const events = await db.campaignChanges.events(campaign.id);
    return c.json({
      campaignId: campaign.id,
      createdAt: campaign.created_at,
      createdBy: campaign.created_by,
      events: events.map(campaignEventView),
    });
  });
