import type { Receipt, Submit } from "../../../shared/api/submissions.ts";
import { ruNotARoadmap } from "../../../shared/i18n/ru-errors.ts";
import { getTemplate } from "../../../shared/templates/registry.ts";
import { validate } from "../../../shared/validate/index.ts";
import { notARoadmap } from "../../../shared/validate/roadmap-fit.ts";
import type { Principal } from "../auth/principal.ts";
import { nowIso } from "../clock.ts";
import type { Repos } from "../db/index.ts";
import type { CampaignRow, SubmissionRow } from "../db/rows.ts";
import { ApiError } from "../http/api-error.ts";
import { receiptView } from "../views/receipt-view.ts";
import { requireParticipantAccess } from "./campaign-access.ts";
import { makeDigest } from "./digest.ts";
import { findingRows, itemRows } from "./item-rows.ts";
import { payloadHash } from "./payload-hash.ts";
import { assertRowLimit } from "./row-limit.ts";
import { dueDateEnds, submissionStatus } from "./submission-status.ts";

/** The org a user reports for when the request does not name one: their only participating org. */
async function reportingOrg(
  db: Repos,
  p: Principal,
  campaignId: string,
  orgId: string | undefined,
): Promise<string> {
  if (orgId) return orgId;
  const candidates: string[] = [];
  for (const m of p.memberships)
    if (await db.campaigns.isParticipant(campaignId, m.orgId)) candidates.push(m.orgId);
  if (candidates.length === 1) return candidates[0]!;
  if (p.memberships.length === 0) throw new ApiError("forbidden");
  // A school-only user whose school is not in the campaign; managers are asked to name the school.
  if (candidates.length === 0 && p.memberships.every((m) => m.role === "school")) {
    throw new ApiError("not-participant", { orgId: p.memberships[0]!.orgId });
  }
  throw new ApiError("org-required");
}

function replayOrConflict(existing: SubmissionRow, hash: string): { receipt: Receipt; created: false } {
  if (existing.payload_hash !== hash)
    throw new ApiError("submission-conflict", { submissionId: existing.id });
  return { receipt: receiptView(existing), created: false };
}

/**
 * Receive one sheet: validate with the shared engine against the campaign's template, report date and
 * period, and append it as the next version. Replays answer the stored receipt.
 */
export async function submit(
  db: Repos,
  p: Principal,
  campaign: CampaignRow,
  body: Submit,
): Promise<{ receipt: Receipt; created: boolean }> {
  assertRowLimit(body.grid.length);
  const orgId = await reportingOrg(db, p, campaign.id, body.orgId);
  await requireParticipantAccess(db, p, campaign.id, orgId);
  const sheetName = body.sheetName ?? null;
  const gridJson = JSON.stringify(body.grid);
  const hash = await payloadHash(campaign.id, orgId, sheetName, gridJson);

  const existing = await db.submissions.get(body.submissionId);
  if (existing) return replayOrConflict(existing, hash);
  if (campaign.status === "closed") throw new ApiError("campaign-closed", { campaignId: campaign.id });

  const template = getTemplate(campaign.template_id, campaign.template_version);
  if (!template) {
    throw new ApiError("template-not-found", {
      templateId: campaign.template_id,
      templateVersion: campaign.template_version,
    });
  }
  const report = validate(body.grid, template, {
    asOf: campaign.report_date,
    period: { start: campaign.period_start, end: campaign.period_end },
  });
  // The wrong sheet (no header, almost no template item) is refused, not stored as a draft.
  const fit = notARoadmap(report, template);
  if (fit) throw new ApiError("not-a-roadmap", { sheet: sheetName ?? "—", reason: ruNotARoadmap(fit) });
  const receivedAt = nowIso();
  const status = submissionStatus(report.counts.error, receivedAt, dueDateEnds(campaign));
  const items = itemRows(report, template, Number(campaign.report_date.slice(0, 4)));
  const row = {
    id: body.submissionId,
    campaignId: campaign.id,
    orgId,
    payloadHash: hash,
    status,
    sheetName,
    submittedBy: p.email,
    receivedAt,
    counts: report.counts,
    completion: report.completion,
    items,
    digest: makeDigest(items, template),
    findings: findingRows(report.findings, report.items),
  };

  // The raw grid goes to R2 first: if the D1 batch below fails, the object is an orphan nobody reads
  // (the scheduled sweep removes it); if it succeeds, the version's grid is already there.
  try {
    await db.grids.put(hash, gridJson);
  } catch (error) {
    // R2 unavailable: nothing was committed, so the client's retry with the same id is safe.
    console.error("grid put failed", error instanceof Error ? error.message : error);
    throw new ApiError("busy");
  }
  const outcome = await db.submissions.insert(row);
  if (outcome.ok) {
    return {
      receipt: {
        submissionId: row.id,
        campaignId: campaign.id,
        orgId,
        version: outcome.version,
        receivedAt,
        status,
        counts: report.counts,
        completion: report.completion,
      },
      created: true,
    };
  }
  if (outcome.conflict === "id") {
    // A concurrent request with the same id won; answer like a replay.
    const winner = await db.submissions.get(row.id);
    if (winner) return replayOrConflict(winner, hash);
  }
  // Closed while this request was being validated: the insert itself refused it (the R2 object is an
  // orphan the scheduled sweep removes).
  if (outcome.conflict === "closed") throw new ApiError("campaign-closed", { campaignId: campaign.id });
  // A version conflict cannot happen inside one D1 batch; should it, nothing was written and the client
  // retries with the same id.
  throw new ApiError("busy");
}
