import * as z from "zod";
import { GridSchema, IsoDateSchema, PeriodSchema } from "./common.ts";

export const ValidateRequestSchema = z.object({
  templateId: z.string().min(1),
  templateVersion: z.number().int().positive().optional(),
  grid: GridSchema,
  asOf: IsoDateSchema.optional(),
  period: PeriodSchema.optional(),
});
export type ValidateRequest = z.infer<typeof ValidateRequestSchema>;
