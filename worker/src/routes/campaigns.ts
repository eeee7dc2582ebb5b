import { Hono } from "hono";
import { CloseCampaignSchema } from "../../../shared/api/campaign-changes.ts";
import { CreateCampaignSchema } from "../../../shared/api/campaigns.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { canManage, managedPaths } from "../auth/permissions.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody, optionalJsonBody } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { loadCampaign, requireCampaignReader } from "../services/campaign-access.ts";
import { loadOrg } from "../services/org-access.ts";
import { campaignView } from "../views/campaign-view.ts";

export const campaignRoutes = new Hono<AuthEnv>()
  .get(ROUTES.listCampaigns.path, async (c) => {
    const p = c.get("principal");
    const rows = await repos(c.env).campaigns.visible(
      managedPaths(p),
      p.memberships.map((m) => m.orgId),
    );
    return c.json({ campaigns: rows.map(campaignView) });
  })
  .post(ROUTES.createCampaign.path, jsonBody(CreateCampaignSchema), async (c) => {
    const body = c.req.valid("json");
    const db = repos(c.env);
    const org = await loadOrg(db, body.orgId, (o) => canManage(c.get("principal"), o));
    if (!getTemplate(body.templateId, body.templateVersion)) {
      throw new ApiError("template-not-found", {
        templateId: body.templateId,
        templateVersion: body.templateVersion,
      });
    }
    let participants: string[];
    if (body.participants) {
      const unique = [...new Set(body.participants)];
      const found = await db.orgs.many(unique);
      const inside = new Set(found.filter((o) => o.path.startsWith(org.path)).map((o) => o.id));
      const outside = unique.filter((id) => !inside.has(id));
      if (outside.length > 0)
        throw new ApiError("bad-participants", { orgIds: outside.slice(0, 10).join(", ") });
      participants = unique;
    } else {
      participants = (await db.orgs.schoolsUnder(org.path)).map((o) => o.id);
      if (participants.length === 0) throw new ApiError("bad-participants", { orgIds: "—" });
    }
    const id = crypto.randomUUID();
    const row = await db.campaigns.create(
      {
        id,
        orgId: org.id,
        orgPath: org.path,
        name: body.name,
        templateId: body.templateId,
        templateVersion: body.templateVersion,
        periodStart: body.period.start,
        periodEnd: body.period.end,
        reportDate: body.reportDate,
        dueDate: body.dueDate,
        createdBy: c.get("principal").email,
        participants,
        timeZone: body.timeZone,
      },
      nowIso(),
    );
    return c.json({ ...campaignView(row), participants: [...participants].sort() }, 201);
  })
  .get(honoPath(ROUTES.getCampaign.path), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const participants = await requireCampaignReader(db, c.get("principal"), campaign);
    return c.json({ ...campaignView(campaign), participants });
  })
  .post(honoPath(ROUTES.closeCampaign.path), optionalJsonBody(CloseCampaignSchema), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const p = c.get("principal");
    if (!canManage(p, { id: campaign.org_id, path: campaign.org_path })) {
      throw new ApiError("forbidden");
    }
    // recorded in the campaign's history, with the reason when one is given
    await db.campaignChanges.setStatus(
      campaign.id,
      p.email,
      nowIso(),
      "closed",
      c.req.valid("json").reason ?? null,
    );
    const closed = (await db.campaigns.get(campaign.id))!;
    return c.json({ ...campaignView(closed), participants: await db.campaigns.participants(campaign.id) });
  });
