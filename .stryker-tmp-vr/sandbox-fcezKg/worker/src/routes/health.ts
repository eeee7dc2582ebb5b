import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { docsPage } from "../openapi/docs-page.ts";
import { openApiDocument } from "../openapi/document.ts";

export const VERSION = "0.1.0";

// Public routes: liveness and the API reference, both generated from shared/api.
export const healthRoutes = new Hono<AuthEnv>()
  .get(ROUTES.health.path, (c) => c.json({ ok: true as const, service: "svodka" as const, version: VERSION }))
  .get("/openapi.json", (c) => c.json(openApiDocument(VERSION)))
  .get("/docs", (c) => c.html(docsPage(VERSION)));
