import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { UploadSubmitQuerySchema } from "../../../shared/api/invitations.ts";
import { MAX_BODY_BYTES } from "../../../shared/api/limits.ts";
import { ROUTES } from "../../../shared/api/routes.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { codeForToken } from "../auth/invitation-secret.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { queryOf } from "../http/json-body.ts";
import { problemBody } from "../http/problem.ts";
import { honoPath } from "../http/route-path.ts";
import { checkUpload, resolveLink, submitUpload } from "../services/invitation-link.ts";
import { invitePage, inviteProblemPage } from "../views/invite-page.ts";

// The invitation link: no sign-in, the token in the path is the (school-scoped) capability.
// The page never leaks it: no referrer, not cached, not framed, no external requests.
function pageHeaders(nonce: string): Record<string, string> {
  return {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "content-security-policy": `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`,
  };
}

const newNonce = () => crypto.randomUUID().replace(/-/g, "");

export const inviteLinkRoutes = new Hono<AuthEnv>()
  .use(
    "/i/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError("payload-too-large", { limit: MAX_BODY_BYTES / 1024 / 1024 });
      },
    }),
  )
  .get(honoPath(ROUTES.invitationPage.path), async (c) => {
    const nonce = newNonce();
    const token = c.req.param("token");
    const db = repos(c.env);
    try {
      const { inv, campaign } = await resolveLink(db, token);
      const upload = await db.invitations.use(inv.id, "upload");
      const html = invitePage(
        {
          orgName: inv.org_name,
          campaignName: campaign.name,
          templateName:
            getTemplate(campaign.template_id, campaign.template_version)?.name ?? campaign.template_id,
          dueDate: campaign.due_date,
          expiresAt: inv.expires_at,
          code: await codeForToken(token),
          uploadedAt: upload?.used_at ?? null,
          marketplaceUrl: c.env.MARKETPLACE_URL || null,
          checkPath: `/i/${token}/check`,
          submitPath: `/i/${token}/submit`,
        },
        nonce,
      );
      return c.body(html, 200, pageHeaders(nonce));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const problem = problemBody(error.code, error.params);
      return c.body(inviteProblemPage(problem.detail, nonce), problem.status as 404, pageHeaders(nonce));
    }
  })
  .post(honoPath(ROUTES.invitationCheck.path), async (c) => {
    const link = await resolveLink(repos(c.env), c.req.param("token"));
    return c.json(await checkUpload(link, await c.req.arrayBuffer()));
  })
  .post(honoPath(ROUTES.invitationSubmit.path), queryOf(UploadSubmitQuerySchema), async (c) => {
    const db = repos(c.env);
    const link = await resolveLink(db, c.req.param("token"));
    const { submissionId } = c.req.valid("query");
    const { receipt, created } = await submitUpload(db, link, await c.req.arrayBuffer(), submissionId);
    return c.json(receipt, created ? 201 : 200);
  });
