import type { Role, TemplateColumn } from "./model.ts";

// Column defaults shared by the built-in templates: which roles a roadmap cannot do without, and
// the widths (px) that keep a printed sheet readable.
const REQUIRED = new Set<Role>(["code", "activity", "deadline", "responsible", "criterion", "indicator"]);
const WIDTH: Partial<Record<Role, number>> = {
  code: 50,
  activity: 320,
  content: 320,
  target: 110,
  evidence: 200,
  deadline: 120,
  responsible: 200,
  actual: 90,
  status: 110,
  proof: 180,
  comment: 180,
};

export function column(role: Role, header: string): TemplateColumn {
  return { role, header, required: REQUIRED.has(role), width: WIDTH[role] ?? 150 };
}

/** The columns every roadmap template adds for the school to report in. */
export const REPORTING_COLUMNS: TemplateColumn[] = [
  column("actual", "Факт"),
  column("status", "Статус"),
  column("proof", "Подтверждение"),
  column("comment", "Комментарий"),
];
