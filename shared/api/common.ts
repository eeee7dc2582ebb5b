import * as z from "zod";
import { MAX_CELL_CHARS, MAX_GRID_COLUMNS } from "./limits.ts";

export const IsoDateSchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime();
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const UuidSchema = z.uuid();

/** A cell; text no longer than Google Sheets holds (a longer one is a 413 naming the cell). */
export const CellSchema = z.union([z.string().max(MAX_CELL_CHARS), z.number(), z.boolean(), z.null()]);
/** A sheet as `Range.getValues()` gives it; row count is limited separately (413, not 400). */
export const GridSchema = z.array(z.array(CellSchema).max(MAX_GRID_COLUMNS));

export const PeriodSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema });
export type PeriodInput = z.infer<typeof PeriodSchema>;

export const CountsSchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const RoleSchema = z.enum(["school", "department", "admin"]);
export type MemberRole = z.infer<typeof RoleSchema>;

export const OrgKindSchema = z.enum(["region", "municipality", "school", "other"]);
export type OrgKind = z.infer<typeof OrgKindSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });
