import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import { TEMPLATES } from "../../../shared/templates/registry.ts";
import type { AuthEnv } from "../auth/authenticate.ts";

export const meRoutes = new Hono<AuthEnv>()
  .get(ROUTES.me.path, (c) => {
    const p = c.get("principal");
    return c.json({
      email: p.email,
      via: p.via,
      memberships: p.memberships.map((m) => ({
        orgId: m.orgId,
        orgName: m.orgName,
        kind: m.kind,
        role: m.role,
      })),
    });
  })
  .get(ROUTES.templates.path, (c) =>
    c.json({
      templates: TEMPLATES.map((t) => ({
        id: t.id,
        version: t.version,
        name: t.name,
        kind: t.kind,
        level: t.level,
      })),
    }),
  );
