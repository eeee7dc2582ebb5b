import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import { ValidateRequestSchema } from "../../../shared/api/validate.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody } from "../http/json-body.ts";
import { itemRows } from "../services/item-rows.ts";
import { assertRowLimit } from "../services/row-limit.ts";
import { reportView } from "../views/report-view.ts";

// The same engine as submissions, for clients that cannot run it; nothing is stored.
export const validateRoutes = new Hono<AuthEnv>().post(
  ROUTES.validate.path,
  jsonBody(ValidateRequestSchema),
  (c) => {
    const body = c.req.valid("json");
    assertRowLimit(body.grid.length);
    const template = getTemplate(body.templateId, body.templateVersion);
    if (!template) {
      throw new ApiError("template-not-found", {
        templateId: body.templateId,
        templateVersion: body.templateVersion ?? "—",
      });
    }
    const report = validate(body.grid, template, { asOf: body.asOf ?? null, period: body.period ?? null });
    const year = body.asOf ? Number(body.asOf.slice(0, 4)) : null;
    return c.json(reportView(report, itemRows(report, template, year)));
  },
);
