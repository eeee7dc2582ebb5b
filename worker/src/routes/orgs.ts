import { Hono } from "hono";
import {
  AddMemberSchema,
  ChangeRoleSchema,
  CreateOrgSchema,
  MemberParamsSchema,
} from "../../../shared/api/orgs.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import { RU_ROLES } from "../../../shared/i18n/ru-errors.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import {
  canAccess,
  canChangeRole,
  canGrant,
  canManage,
  canRemove,
  isDowngrade,
  keepsRoleWithout,
  managesWithout,
} from "../auth/permissions.ts";
import { nowIso } from "../clock.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody, paramsOf } from "../http/json-body.ts";
import { honoPath } from "../http/route-path.ts";
import { loadOrg } from "../services/org-access.ts";
import { orgView } from "../views/org-view.ts";

type Role = keyof typeof RU_ROLES;
const notGrantable = (orgName: string, role: Role) =>
  new ApiError("role-not-grantable", { orgName, role: RU_ROLES[role] });
// Only an admin membership is ever out of a manager's reach (canRemove).
const notRemovable = (orgName: string, email: string) =>
  new ApiError("role-not-removable", { orgName, email });

export const orgRoutes = new Hono<AuthEnv>()
  .post(honoPath(ROUTES.createOrg.path), jsonBody(CreateOrgSchema), async (c) => {
    const body = c.req.valid("json");
    const db = repos(c.env);
    const parent = await loadOrg(db, body.parentId, (o) => canManage(c.get("principal"), o));
    const id = body.id ?? crypto.randomUUID();
    const created = await db.orgs.create(
      { id, parentId: parent.id, name: body.name, kind: body.kind },
      nowIso(),
    );
    if (!created) throw new ApiError("org-conflict", { orgId: id });
    return c.json(orgView(created), 201);
  })
  .get(honoPath(ROUTES.getOrg.path), async (c) => {
    const db = repos(c.env);
    const org = await loadOrg(db, c.req.param("orgId"), (o) => canAccess(c.get("principal"), o));
    const children = canManage(c.get("principal"), org) ? await db.orgs.children(org.id) : [];
    return c.json({ ...orgView(org), children: children.map(orgView) });
  })
  .get(honoPath(ROUTES.listMembers.path), async (c) => {
    const db = repos(c.env);
    const org = await loadOrg(db, c.req.param("orgId"), (o) => canManage(c.get("principal"), o));
    const members = await db.orgs.members(org.id);
    return c.json({ members: members.map((m) => ({ orgId: m.org_id, email: m.email, role: m.role })) });
  })
  .post(honoPath(ROUTES.addMember.path), jsonBody(AddMemberSchema), async (c) => {
    const body = c.req.valid("json");
    const db = repos(c.env);
    // Who does not manage the org learns nothing; who manages it hears which role they may not grant.
    const org = await loadOrg(db, c.req.param("orgId"), (o) => canManage(c.get("principal"), o));
    if (!canGrant(c.get("principal"), org, body.role)) throw notGrantable(org.name, body.role);
    if (await db.orgs.addMember(org.id, body.email, body.role, nowIso())) {
      return c.json({ orgId: org.id, email: body.email, role: body.role }, 201);
    }
    // Adding never changes a role (that is PATCH, with its own rules): the same role is a replay.
    const existing = await db.orgs.member(org.id, body.email);
    if (existing?.role === body.role)
      return c.json({ orgId: org.id, email: body.email, role: body.role }, 200);
    throw new ApiError("member-exists", {
      orgId: org.id,
      email: body.email,
      role: existing ? RU_ROLES[existing.role] : "",
    });
  })
  .patch(
    honoPath(ROUTES.changeMemberRole.path),
    paramsOf(MemberParamsSchema),
    jsonBody(ChangeRoleSchema),
    async (c) => {
      const { orgId, email } = c.req.valid("param");
      const { role } = c.req.valid("json");
      const p = c.get("principal");
      const db = repos(c.env);
      const org = await loadOrg(db, orgId, (o) => canManage(p, o));
      const member = await db.orgs.member(org.id, email);
      if (!member) throw new ApiError("member-not-found", { orgId: org.id, email });
      if (!canChangeRole(p, org, member.role, role)) {
        throw canRemove(p, org, member.role) ? notGrantable(org.name, role) : notRemovable(org.name, email);
      }
      if (member.role === role) return c.json({ orgId: org.id, email, role });
      // The last-manager rule, as for removal: your own downgrade needs another membership that keeps
      // the rights you are giving up over this org.
      if (email === p.email && isDowngrade(member.role, role) && !keepsRoleWithout(p, org, member.role)) {
        throw new ApiError("last-manager-role", { orgName: org.name });
      }
      if (!(await db.orgs.changeRole(org.id, email, member.role, role))) {
        throw new ApiError("member-not-found", { orgId: org.id, email });
      }
      return c.json({ orgId: org.id, email, role });
    },
  )
  .delete(honoPath(ROUTES.removeMember.path), paramsOf(MemberParamsSchema), async (c) => {
    const { orgId, email } = c.req.valid("param");
    const p = c.get("principal");
    const db = repos(c.env);
    // Schools (and departments elsewhere) learn nothing about who is a member.
    const org = await loadOrg(db, orgId, (o) => canManage(p, o));
    const member = await db.orgs.member(org.id, email);
    if (!member) throw new ApiError("member-not-found", { orgId: org.id, email });
    if (!canRemove(p, org, member.role)) throw notRemovable(org.name, email);
    // Nobody locks themselves (and perhaps the whole department) out: their own managing membership
    // goes only while another of theirs still manages this org.
    if (email === p.email && member.role !== "school" && !managesWithout(p, org)) {
      throw new ApiError("last-manager", { orgName: org.name });
    }
    if (!(await db.orgs.removeMember(org.id, email, member.role))) {
      throw new ApiError("member-not-found", { orgId: org.id, email });
    }
    // Memberships are read on every request: the removal applies to the member's next one.
    return c.json({ orgId: org.id, email, role: member.role });
  });
