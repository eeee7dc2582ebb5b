import * as z from "zod";
import { CampaignSchema } from "./campaigns.ts";
import { IdSchema, IsoDateTimeSchema } from "./common.ts";
import { OrgReviewSchema } from "./reviews.ts";

export const SummaryQuerySchema = z.object({
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
  /**
   * `findings`: the JSON also lists every finding of every counted version (the add-on's «Замечания»).
   * Off by default: at 10,000 schools the findings were most of the summary's time and bytes (issue 13).
   * The XLSX always has its «Замечания» sheet; the CSV never lists findings.
   */
  include: z.enum(["findings"]).optional(),
});

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const OrgReportStatusSchema = z.enum(["not-submitted", "draft", "submitted", "late"]);
export type OrgReportStatus = z.infer<typeof OrgReportStatusSchema>;

/**
 * A flagged item: the template item's number only, its activity text is in `Summary.items`. A plain
 * string, not `{ code }`: at 10,000 schools the objects were a third of the answer's bytes (issue 13).
 */
const FlaggedItemSchema = z.string();

export const OrgSummarySchema = z.object({
  orgId: IdSchema,
  name: z.string(),
  /** the roll-up group: the campaign org's direct child above this org, or the campaign org itself */
  groupId: IdSchema,
  status: OrgReportStatusSchema,
  version: z.number().int().nullable(),
  receivedAt: IsoDateTimeSchema.nullable(),
  errors: z.number().int(),
  warnings: z.number().int(),
  completion: z.object({ done: z.number().int(), required: z.number().int() }),
  missing: z.array(FlaggedItemSchema),
  overdue: z.array(FlaggedItemSchema),
  targetsNotMet: z.array(FlaggedItemSchema),
  /** a draft received after the counted version: it does not replace it (absent from older workers) */
  newerDraft: z.object({ version: z.number().int(), receivedAt: IsoDateTimeSchema }).nullable().default(null),
  /** the department's review of the counted version; null when nothing is submitted (issue 9) */
  review: OrgReviewSchema.nullable().default(null),
});
export type OrgSummary = z.infer<typeof OrgSummarySchema>;

export const ItemSummarySchema = z.object({
  code: z.string(),
  activity: z.string(),
  required: z.boolean(),
  done: z.number().int(),
  overdue: z.number().int(),
  missing: z.number().int(),
  inProgress: z.number().int(),
  notStarted: z.number().int(),
  /** numeric totals over the reporting organisations, when the item has numeric targets / actuals */
  actualTotal: z.number().nullable(),
  targetTotal: z.number().nullable(),
  targetsMet: z.number().int(),
  targetsNotMet: z.number().int(),
});
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

export const StatusCountsSchema = z.object({
  total: z.number().int(),
  notSubmitted: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  late: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const GroupSummarySchema = z.object({
  orgId: IdSchema,
  name: z.string(),
  counts: StatusCountsSchema,
  completion: z.object({ done: z.number().int(), required: z.number().int() }),
  overdue: z.number().int(),
  missing: z.number().int(),
});
export type GroupSummary = z.infer<typeof GroupSummarySchema>;

/** A group of the roll-up at any depth: region → municipalities → … → (schools are `orgs`) (issue 9). */
export const RollupGroupSchema = GroupSummarySchema.extend({
  parentId: IdSchema.nullable(),
  /** 0 for the campaign's organisation */
  depth: z.number().int().nonnegative(),
});
export type RollupGroup = z.infer<typeof RollupGroupSchema>;

/** One finding of a school's counted version: a row of the department's «Замечания» (issue 9). */
export const SummaryFindingSchema = z.object({
  orgId: IdSchema,
  /** the finding's stable code (shared/validate/types.ts) */
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  /** the item it is about: on its row, or named by a missing-item finding */
  itemCode: z.string().nullable(),
  activity: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type SummaryFinding = z.infer<typeof SummaryFindingSchema>;

export const SummarySchema = z.object({
  campaign: CampaignSchema.omit({ participants: true }),
  generatedAt: IsoDateTimeSchema,
  counts: StatusCountsSchema,
  orgs: z.array(OrgSummarySchema),
  items: z.array(ItemSummarySchema),
  /** one level up: per municipality for a region's campaign; a single group for a municipality's own */
  groups: z.array(GroupSummarySchema),
  /** the roll-up at every depth, parents before children (depth-first), the campaign's org first (issue 9) */
  tree: z.array(RollupGroupSchema).default([]),
  /** every finding of every counted version (issue 9); only with ?include=findings, absent otherwise */
  findings: z.array(SummaryFindingSchema).optional(),
  /** schools by review state of their counted version (issue 9) */
  reviews: z
    .object({ pending: z.number().int(), accepted: z.number().int(), returned: z.number().int() })
    .default({ pending: 0, accepted: 0, returned: 0 }),
});
export type Summary = z.infer<typeof SummarySchema>;
