import * as z from "zod";
import { RU_SCHEMA } from "../i18n/ru-errors.ts";
import { DEFAULT_TIME_ZONE, isTimeZone } from "../local-time.ts";
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, PeriodSchema } from "./common.ts";

/** An IANA time zone («Asia/Tomsk»): exports show times in it (issue 9). */
export const TimeZoneSchema = z.string().max(64).refine(isTimeZone, { message: RU_SCHEMA.timeZone });

export const CampaignStatusSchema = z.enum(["open", "closed"]);

export const CreateCampaignSchema = z
  .object({
    /** the department (or region) that runs the campaign */
    orgId: IdSchema,
    name: z.string().trim().min(1).max(300),
    templateId: z.string().min(1),
    templateVersion: z.number().int().positive(),
    period: PeriodSchema,
    /** items whose deadline ended before this date and are not done are overdue */
    reportDate: IsoDateSchema,
    /** submissions received after this day (inclusive, UTC) are late */
    dueDate: IsoDateSchema,
    /** organisations that report; all schools under `orgId` when absent */
    participants: z.array(IdSchema).min(1).max(10_000).optional(),
    /** where the department works; exports show times there */
    timeZone: TimeZoneSchema.default(DEFAULT_TIME_ZONE),
  })
  .refine((c) => c.period.start <= c.period.end, { path: ["period"], message: RU_SCHEMA.periodOrder });
export type CreateCampaign = z.infer<typeof CreateCampaignSchema>;

export const CampaignSchema = z.object({
  id: IdSchema,
  orgId: IdSchema,
  name: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  period: PeriodSchema,
  reportDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  status: CampaignStatusSchema,
  createdAt: IsoDateTimeSchema,
  closedAt: IsoDateTimeSchema.nullable(),
  timeZone: z.string().default(DEFAULT_TIME_ZONE),
  participants: z.array(IdSchema),
});
export type Campaign = z.infer<typeof CampaignSchema>;

export const CampaignListSchema = z.object({
  campaigns: z.array(CampaignSchema.omit({ participants: true })),
});
