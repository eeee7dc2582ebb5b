import type { ReportView } from "../../../shared/api/report.ts";
import type { Receipt } from "../../../shared/api/submissions.ts";
import type { Grid } from "../../../shared/grid.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";
import { sha256Hex } from "../auth/api-token.ts";
import { looksLikeLinkToken } from "../auth/invitation-secret.ts";
import type { Principal } from "../auth/principal.ts";
import { nowIso } from "../clock.ts";
import type { Repos } from "../db/index.ts";
import type { InvitationRow } from "../db/invitations-repo.ts";
import type { CampaignRow } from "../db/rows.ts";
import { ApiError } from "../http/api-error.ts";
import { reportView } from "../views/report-view.ts";
import { loadCampaign } from "./campaign-access.ts";
import { requireLive } from "./invitations.ts";
import { itemRows } from "./item-rows.ts";
import { assertRowLimit } from "./row-limit.ts";
import { submit } from "./submit.ts";
import { gridFromUpload } from "./upload-grid.ts";

// The invitation link is a capability for one school of one campaign: it shows the invitation,
// checks an uploaded file, and submits it once. It can do nothing else.

export interface Link {
  inv: InvitationRow;
  campaign: CampaignRow & { org_path: string };
}

/** A live invitation by its link token (unknown, revoked and expired ones are refused). */
export async function resolveLink(db: Repos, token: string): Promise<Link> {
  const inv = looksLikeLinkToken(token) ? await db.invitations.byLinkHash(await sha256Hex(token)) : null;
  if (!inv) throw new ApiError("invitation-not-found");
  requireLive(inv);
  return { inv, campaign: await loadCampaign(db, inv.campaign_id) };
}

function judge(campaign: CampaignRow, grid: Grid) {
  assertRowLimit(grid.length);
  const template = getTemplate(campaign.template_id, campaign.template_version);
  if (!template) {
    throw new ApiError("template-not-found", {
      templateId: campaign.template_id,
      templateVersion: campaign.template_version,
    });
  }
  const report = validate(grid, template, {
    asOf: campaign.report_date,
    period: { start: campaign.period_start, end: campaign.period_end },
  });
  return { template, report };
}

/** The shared engine's findings for an uploaded file, against the campaign's template; nothing stored. */
export async function checkUpload(link: Link, bytes: ArrayBuffer): Promise<ReportView> {
  const { template, report } = judge(link.campaign, await gridFromUpload(bytes));
  return reportView(report, itemRows(report, template, Number(link.campaign.report_date.slice(0, 4))));
}

/** Who a link submission is stored as: the school only, marked `invitation:<id>` in `submitted_by`. */
function linkPrincipal(inv: InvitationRow): Principal {
  return {
    email: `invitation:${inv.id}`,
    via: "invitation",
    memberships: [
      { orgId: inv.org_id, orgName: inv.org_name, kind: "school", path: inv.org_path, role: "school" },
    ],
  };
}

/**
 * Submit the file as the link's school, once per link: the upload is reserved for this submission id
 * (a retry with the same id answers the same receipt), and given back if the worker refuses it.
 */
export async function submitUpload(
  db: Repos,
  link: Link,
  bytes: ArrayBuffer,
  submissionId: string,
): Promise<{ receipt: Receipt; created: boolean }> {
  const grid = await gridFromUpload(bytes);
  const { report } = judge(link.campaign, grid);
  if (report.counts.error > 0) throw new ApiError("upload-has-errors", { errors: report.counts.error });
  const use = await db.invitations.claimUpload(link.inv.id, submissionId, nowIso());
  if (use.submission_id !== submissionId) {
    throw new ApiError("invitation-used", { usedBy: `для отправки отчёта ${use.used_at.slice(0, 10)}` });
  }
  try {
    return await submit(db, linkPrincipal(link.inv), link.campaign, {
      submissionId,
      grid,
      orgId: link.inv.org_id,
    });
  } catch (error) {
    // Nothing of this link's was stored under the id: the upload is not spent.
    const stored = await db.submissions.get(submissionId);
    if (!stored || stored.org_id !== link.inv.org_id || stored.campaign_id !== link.campaign.id) {
      await db.invitations.releaseUpload(link.inv.id, submissionId);
    }
    throw error;
  }
}
