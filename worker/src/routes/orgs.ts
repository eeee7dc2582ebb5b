import { Hono } from "hono";
import { AddMemberSchema, CreateOrgSchema } from "../../../shared/api/orgs.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { canAccess, canGrant, canManage } from "../auth/permissions.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { orgView } from "../views/org-view.ts";

export const orgRoutes = new Hono<AuthEnv>()
  .post(honoPath(ROUTES.createOrg.path), jsonBody(CreateOrgSchema), async (c) => {
    const body = c.req.valid("json");
    const db = repos(c.env);
    const parent = await db.orgs.get(body.parentId);
    if (!parent) throw new ApiError("org-not-found", { orgId: body.parentId });
    if (!canManage(c.get("principal"), parent)) throw new ApiError("forbidden");
    const id = body.id ?? crypto.randomUUID();
    const created = await db.orgs.create(
      { id, parentId: parent.id, name: body.name, kind: body.kind },
      nowIso(),
    );
    if (!created) throw new ApiError("org-conflict", { orgId: id });
    return c.json(orgView((await db.orgs.get(id))!), 201);
  })
  .get(honoPath(ROUTES.getOrg.path), async (c) => {
    const db = repos(c.env);
    const orgId = c.req.param("orgId");
    const org = await db.orgs.get(orgId);
    if (!org) throw new ApiError("org-not-found", { orgId });
    if (!canAccess(c.get("principal"), org)) throw new ApiError("forbidden");
    const children = canManage(c.get("principal"), org) ? await db.orgs.children(org.id) : [];
    return c.json({ ...orgView(org), children: children.map(orgView) });
  })
  .get(honoPath(ROUTES.listMembers.path), async (c) => {
    const db = repos(c.env);
    const orgId = c.req.param("orgId");
    const org = await db.orgs.get(orgId);
    if (!org) throw new ApiError("org-not-found", { orgId });
    if (!canManage(c.get("principal"), org)) throw new ApiError("forbidden");
    const members = await db.orgs.members(org.id);
    return c.json({ members: members.map((m) => ({ orgId: m.org_id, email: m.email, role: m.role })) });
  })
  .post(honoPath(ROUTES.addMember.path), jsonBody(AddMemberSchema), async (c) => {
    const body = c.req.valid("json");
    const db = repos(c.env);
    const orgId = c.req.param("orgId");
    const org = await db.orgs.get(orgId);
    if (!org) throw new ApiError("org-not-found", { orgId });
    if (!canGrant(c.get("principal"), org, body.role)) throw new ApiError("forbidden");
    await db.orgs.upsertMember(org.id, body.email, body.role, nowIso());
    return c.json({ orgId: org.id, email: body.email, role: body.role }, 201);
  });
