import type { Receipt } from "../../../shared/api/submissions.ts";
import type { SubmissionRow } from "../db/rows.ts";

export const receiptView = (r: SubmissionRow): Receipt => ({
  submissionId: r.id,
  campaignId: r.campaign_id,
  orgId: r.org_id,
  version: r.version,
  receivedAt: r.received_at,
  status: r.status,
  counts: { error: r.errors, warning: r.warnings, info: r.infos },
  completion: { required: r.required, present: r.present, done: r.done },
});
