import * as z from "zod";
import { CountsSchema, PeriodSchema } from "./common.ts";

// The wire view of a validation report: the parts clients render. Mirrors `shared/validate/types.ts`.
export const SeveritySchema = z.enum(["error", "warning", "info"]);

export const FindingSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type FindingView = z.infer<typeof FindingSchema>;

/** Item states of the engine plus `missing`: a required template item the sheet does not have. */
export const ItemStateSchema = z.enum([
  "done",
  "overdue",
  "in-progress",
  "not-started",
  "failed",
  "cancelled",
  "unscheduled",
  "missing",
]);
export type ItemStateView = z.infer<typeof ItemStateSchema>;

export const ItemViewSchema = z.object({
  row: z.number().int().nullable(),
  code: z.string().nullable(),
  templateCode: z.string().nullable(),
  activity: z.string(),
  state: ItemStateSchema,
  status: z.string().nullable(),
  deadline: z.object({
    kind: z.string(),
    start: z.string().nullable(),
    end: z.string().nullable(),
  }),
  actual: z.string(),
  targetMet: z.boolean().nullable(),
});
export type ItemView = z.infer<typeof ItemViewSchema>;

export const CompletionSchema = z.object({
  required: z.number().int(),
  present: z.number().int(),
  done: z.number().int(),
});

export const ReportViewSchema = z.object({
  template: z.string(),
  templateVersion: z.number().int(),
  title: z.string().nullable(),
  period: PeriodSchema.nullable(),
  headerRow: z.number().int(),
  counts: CountsSchema,
  completion: CompletionSchema,
  findings: z.array(FindingSchema),
  items: z.array(ItemViewSchema),
});
export type ReportView = z.infer<typeof ReportViewSchema>;
