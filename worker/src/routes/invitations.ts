import { Hono } from "hono";
import { CreateInvitationsSchema, JoinSchema } from "../../../shared/api/invitations.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { createInvitations, joinWithCode, managedCampaign } from "../services/invitations.ts";
import { invitationView } from "../views/invitation-view.ts";

// The department's side of invitations (create, list, revoke) and the school's join by code.
export const invitationRoutes = new Hono<AuthEnv>()
  .post(honoPath(ROUTES.createInvitations.path), jsonBody(CreateInvitationsSchema), async (c) => {
    const db = repos(c.env);
    const campaign = await managedCampaign(db, c.get("principal"), c.req.param("campaignId"));
    const origin = new URL(c.req.url).origin;
    const invitations = await createInvitations(
      db,
      c.get("principal"),
      campaign,
      c.req.valid("json"),
      origin,
    );
    return c.json({ invitations }, 201);
  })
  .get(honoPath(ROUTES.listInvitations.path), async (c) => {
    const db = repos(c.env);
    const campaign = await managedCampaign(db, c.get("principal"), c.req.param("campaignId"));
    const rows = await db.invitations.listFor(campaign.id);
    const uses = await db.invitations.uses(rows.map((r) => r.id));
    const now = nowIso();
    return c.json({ invitations: rows.map((r) => invitationView(r, uses, now)) });
  })
  .post(honoPath(ROUTES.revokeInvitation.path), async (c) => {
    const db = repos(c.env);
    const invitationId = c.req.param("invitationId");
    const found = await db.invitations.get(invitationId);
    if (!found) throw new ApiError("invitation-not-found");
    await managedCampaign(db, c.get("principal"), found.campaign_id);
    await db.invitations.revoke(found.id, c.get("principal").email, nowIso());
    const row = (await db.invitations.get(found.id))!;
    return c.json(invitationView(row, await db.invitations.uses([row.id]), nowIso()));
  })
  .post(ROUTES.join.path, jsonBody(JoinSchema), async (c) => {
    const joined = await joinWithCode(repos(c.env), c.get("principal"), c.req.valid("json").code);
    return c.json(joined);
  });
