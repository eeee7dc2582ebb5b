import * as z from "zod";
import { TimeZoneSchema } from "./campaigns.ts";
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from "./common.ts";

// Changing a running campaign (issue 9): rename, move dates, add / remove participants, close and
// reopen with a reason; every change is an event in the campaign's history.

const ReasonSchema = z.string().trim().min(1).max(500);

export const UpdateCampaignSchema = z
  .object({
    name: z.string().trim().min(1).max(300).optional(),
    dueDate: IsoDateSchema.optional(),
    reportDate: IsoDateSchema.optional(),
    /** IANA name («Asia/Tomsk»): exports show times in it from now on (people task) */
    timeZone: TimeZoneSchema.optional(),
    reason: ReasonSchema.optional(),
  })
  .refine(
    (b) =>
      b.name !== undefined ||
      b.dueDate !== undefined ||
      b.reportDate !== undefined ||
      b.timeZone !== undefined,
    { message: "nothing to change: give name, dueDate, reportDate or timeZone" },
  );
export type UpdateCampaign = z.infer<typeof UpdateCampaignSchema>;

export const ChangeParticipantsSchema = z
  .object({
    add: z.array(IdSchema).max(10_000).default([]),
    remove: z.array(IdSchema).max(10_000).default([]),
    reason: ReasonSchema.optional(),
  })
  .refine((b) => b.add.length + b.remove.length > 0, { message: "nothing to change: give add or remove" });
export type ChangeParticipants = z.infer<typeof ChangeParticipantsSchema>;

/** Closing may say why; reopening must. */
export const CloseCampaignSchema = z.object({ reason: ReasonSchema.optional() });
export const ReopenCampaignSchema = z.object({ reason: ReasonSchema });

export const CampaignEventKindSchema = z.enum([
  "renamed",
  "due-date",
  "report-date",
  "closed",
  "reopened",
  "participants-added",
  "participants-removed",
  // people task: the campaign's time zone changed
  "time-zone",
]);
export type CampaignEventKind = z.infer<typeof CampaignEventKindSchema>;

export const CampaignEventSchema = z.object({
  seq: z.number().int(),
  at: IsoDateTimeSchema,
  by: z.string(),
  kind: CampaignEventKindSchema,
  from: z.string().nullable(),
  to: z.string().nullable(),
  orgIds: z.array(IdSchema),
  reason: z.string().nullable(),
});
export type CampaignEvent = z.infer<typeof CampaignEventSchema>;

export const CampaignChangesSchema = z.object({
  campaignId: IdSchema,
  createdAt: IsoDateTimeSchema,
  createdBy: z.string(),
  events: z.array(CampaignEventSchema),
});
export type CampaignChanges = z.infer<typeof CampaignChangesSchema>;
