import * as z from "zod";
import { IdSchema, IsoDateTimeSchema } from "./common.ts";

// The department's review of a school's submitted version (issue 9), after ODK Central's review
// states: a submitted version is «на проверке» until it is «принято» or «возвращено на доработку»;
// a resubmission after a return is «на проверке» again.

export const ReviewDecisionSchema = z.enum(["accepted", "returned"]);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** Where a school's counted version stands: `pending` = submitted, not yet reviewed. */
export const ReviewStateSchema = z.enum(["pending", "accepted", "returned"]);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const ItemCommentSchema = z.object({
  code: z.string().trim().min(1).max(40),
  comment: z.string().trim().min(1).max(2000),
});

export const CreateReviewSchema = z
  .object({
    /** the version judged: must be the school's latest submitted (non-draft) version */
    version: z.number().int().positive(),
    state: ReviewDecisionSchema,
    comment: z.string().trim().max(4000).default(""),
    items: z.array(ItemCommentSchema).max(500).default([]),
  })
  .refine((r) => r.state !== "returned" || r.comment.length > 0 || r.items.length > 0, {
    path: ["comment"],
    message: "a returned report needs a comment (or item comments) saying what to fix",
  });
export type CreateReview = z.infer<typeof CreateReviewSchema>;

export const ReviewSchema = z.object({
  id: z.uuid(),
  campaignId: IdSchema,
  orgId: IdSchema,
  seq: z.number().int(),
  version: z.number().int(),
  submissionId: z.uuid(),
  state: ReviewDecisionSchema,
  comment: z.string(),
  items: z.array(ItemCommentSchema),
  reviewedBy: z.string(),
  reviewedAt: IsoDateTimeSchema,
});
export type Review = z.infer<typeof ReviewSchema>;

export const ReviewListSchema = z.object({
  campaignId: IdSchema,
  orgId: IdSchema,
  /** the school's current review state (null: nothing submitted yet) */
  state: ReviewStateSchema.nullable(),
  /** the version that counts (latest submitted), null when none */
  countedVersion: z.number().int().nullable(),
  reviews: z.array(ReviewSchema),
});
export type ReviewList = z.infer<typeof ReviewListSchema>;

/** The review part of a school's summary row. */
export const OrgReviewSchema = z.object({
  state: ReviewStateSchema,
  /** the reviewed version (the counted one unless pending) */
  version: z.number().int().nullable(),
  comment: z.string(),
  items: z.array(ItemCommentSchema),
  reviewedBy: z.string().nullable(),
  reviewedAt: IsoDateTimeSchema.nullable(),
});
export type OrgReview = z.infer<typeof OrgReviewSchema>;

/** Current review state from the counted version and the latest review (pure; summary and list use it). */
export function reviewStateOf(
  countedVersion: number | null,
  countedIsDraft: boolean,
  latest: { version: number; state: ReviewDecision } | null,
): ReviewState | null {
  if (countedVersion === null || countedIsDraft) return null;
  if (latest && latest.version === countedVersion) return latest.state;
  return "pending";
}
