import * as z from "zod";

// Column roles: what a column means, whatever its header says.
/** The roles of a roadmap table's text columns: every roadmap role but the code (the reader places
 *  them by these, the importer fills them from the school's document). */
export const ROADMAP_TEXT_ROLES = [
  "activity",
  "content",
  "target",
  "evidence",
  "deadline",
  "responsible",
  "actual",
  "status",
  "proof",
  "comment",
] as const;
export const ROLES = [
  "code",
  ...ROADMAP_TEXT_ROLES,
  // indicator / criteria tables (seed 002)
  "criterion",
  "indicator",
  "method",
  "scale",
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** The reporting columns every template adds for the school to fill. */
export const REPORTING_ROLES = ["actual", "status", "proof", "comment"] as const satisfies readonly Role[];

export const STATUSES = ["выполнено", "в работе", "не начато", "не выполнено", "отменено"] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const TemplateColumnSchema = z.object({
  role: RoleSchema,
  header: z.string().min(1),
  /** other headers a sheet may give this column, beyond the built-in dictionary (shared/roadmap/header.ts) */
  synonyms: z.array(z.string().min(1)).optional(),
  required: z.boolean(),
  width: z.number().int().positive().optional(),
});
export type TemplateColumn = z.infer<typeof TemplateColumnSchema>;

export const TemplateSectionSchema = z.object({
  code: z.string().nullable(),
  title: z.string().min(1),
});

export const TemplateItemSchema = z.object({
  code: z.string().min(1),
  /** index into `sections` */
  section: z.number().int().nonnegative().nullable(),
  activity: z.string().min(1),
  content: z.string().optional(),
  target: z.string().optional(),
  evidence: z.string().optional(),
  deadline: z.string().optional(),
  responsible: z.string().optional(),
  required: z.boolean(),
});
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

export const IndicatorSchema = z.object({
  criterion: z.string().min(1),
  indicator: z.string().min(1),
  method: z.string(),
  scale: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  kind: z.enum(["roadmap", "indicators"]),
  /** Russian name shown to users */
  name: z.string().min(1),
  /** title row text; `{period}` is replaced by the period */
  title: z.string().min(1),
  level: z.enum(["region", "municipality", "school"]),
  source: z.string(),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  columns: z.array(TemplateColumnSchema).min(1),
  statuses: z.array(z.string()).min(1),
  sections: z.array(TemplateSectionSchema),
  items: z.array(TemplateItemSchema),
  indicators: z.array(IndicatorSchema),
});
export type Template = z.infer<typeof TemplateSchema>;
