import type { Review } from "../../../shared/api/reviews.ts";
import type { ReviewRow } from "../db/reviews-repo.ts";

export const reviewView = (r: ReviewRow): Review => ({
  id: r.id,
  campaignId: r.campaign_id,
  orgId: r.org_id,
  seq: r.seq,
  version: r.version,
  submissionId: r.submission_id,
  state: r.state,
  comment: r.comment,
  items: JSON.parse(r.item_comments) as Review["items"],
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
});
