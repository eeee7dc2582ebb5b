import { Hono } from "hono";
import { ROUTES } from "../../../shared/api/routes.ts";
import { DiffQuerySchema, SubmitSchema } from "../../../shared/api/submissions.ts";
import type { AuthEnv } from "../auth/authenticate.ts";
import { repos } from "../db/index.ts";
import { ApiError } from "../http/api-error.ts";
import { jsonBody, queryOf } from "../http/json-body.ts";
import { wrapJson } from "../http/json-stream.ts";
import { honoPath } from "../http/route-path.ts";
import { loadCampaign, requireParticipantAccess } from "../services/campaign-access.ts";
import { diffItems } from "../services/diff.ts";
import { rawGrid } from "../services/raw-grid.ts";
import { submit } from "../services/submit.ts";
import { findingView, itemView } from "../views/item-view.ts";
import { receiptView } from "../views/receipt-view.ts";

export const submissionRoutes = new Hono<AuthEnv>()
  .post(honoPath(ROUTES.submit.path), jsonBody(SubmitSchema), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const { receipt, created } = await submit(db, c.get("principal"), campaign, c.req.valid("json"));
    return c.json(receipt, created ? 201 : 200);
  })
  .get(honoPath(ROUTES.history.path), async (c) => {
    const db = repos(c.env);
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const org = await requireParticipantAccess(db, c.get("principal"), campaign.id, c.req.param("orgId"));
    const rows = await db.submissions.history(campaign.id, org.id);
    return c.json({ campaignId: campaign.id, orgId: org.id, versions: rows.map(receiptView) });
  })
  .get(honoPath(ROUTES.diff.path), queryOf(DiffQuerySchema), async (c) => {
    const db = repos(c.env);
    const { from, to } = c.req.valid("query");
    const campaign = await loadCampaign(db, c.req.param("campaignId"));
    const org = await requireParticipantAccess(db, c.get("principal"), campaign.id, c.req.param("orgId"));
    const [a, b] = await Promise.all([
      db.submissions.byVersion(campaign.id, org.id, from),
      db.submissions.byVersion(campaign.id, org.id, to),
    ]);
    if (!a) throw new ApiError("version-not-found", { version: from });
    if (!b) throw new ApiError("version-not-found", { version: to });
    const [before, after] = await Promise.all([db.submissions.items(a.id), db.submissions.items(b.id)]);
    const diff = diffItems(before.map(itemView), after.map(itemView));
    return c.json({ campaignId: campaign.id, orgId: org.id, from, to, ...diff });
  })
  .get(honoPath(ROUTES.getSubmissionGrid.path), async (c) => {
    const db = repos(c.env);
    const submissionId = c.req.param("submissionId");
    const row = await db.submissions.get(submissionId);
    if (!row) throw new ApiError("submission-not-found", { submissionId });
    await requireParticipantAccess(db, c.get("principal"), row.campaign_id, row.org_id);
    // The stored JSON text goes out as is, streamed from R2: no parse / re-serialise of megabytes.
    const head = JSON.stringify({ submissionId: row.id, sheetName: row.sheet_name }).slice(0, -1);
    return c.body(wrapJson(`${head},"grid":`, await rawGrid(db, row), "}"), 200, {
      "content-type": "application/json; charset=utf-8",
    });
  })
  .get(honoPath(ROUTES.getSubmission.path), async (c) => {
    const db = repos(c.env);
    const submissionId = c.req.param("submissionId");
    const row = await db.submissions.get(submissionId);
    if (!row) throw new ApiError("submission-not-found", { submissionId });
    await requireParticipantAccess(db, c.get("principal"), row.campaign_id, row.org_id);
    const { items, findings } = await db.submissions.contents(row.id);
    return c.json({
      ...receiptView(row),
      sheetName: row.sheet_name,
      submittedBy: row.submitted_by,
      findings: findings.map(findingView),
      items: items.map(itemView),
    });
  });
